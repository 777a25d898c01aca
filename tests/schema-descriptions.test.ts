import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { render } from '../document/i18n';
import { ConfigError, parsePlatformConfig } from '../stacks/config';
import { platformConfigSchema } from '../stacks/config-schema';
import { loadStackFile, stackConfigText, StackConfigError } from '../stacks/stack-file';
import { descriptionLanguages } from '../validation/schema-check';
import { clone, happyManifest, sourceFindings, yamlOf } from './support/manifests';
import { withStackCopy } from './support/stack-copy';

/**
 * Unit IT staff write manifests in an editor whose YAML language server shows each field's JSON Schema
 * `description` on hover and in completion (issue #14, Chinese first). Every description of every schema
 * under schema/ is therefore bilingual: the Chinese, a blank line, then the English. The language server
 * renders the blank line as a paragraph break on hover and keeps it in the plain-text completion help;
 * the validator shows the paragraph in the reader's language (validation/schema-check.ts).
 */
const schemaDir = join(__dirname, '..', 'schema');
const schemaFiles = readdirSync(schemaDir).filter((name) => name.endsWith('.json'));

/** Every string `description` keyword in a schema, with the JSON pointer of the subschema it describes. */
function descriptions(node: unknown, pointer = '', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((child, i) => descriptions(child, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      // A property named `description` holds a subschema (an object), not the keyword.
      if (key === 'description' && typeof value === 'string') out.push([pointer || '/', value]);
      else descriptions(value, `${pointer}/${key}`, out);
    }
  return out;
}

const HAN = /\p{Script=Han}/u;
/** English prose: two words of Latin letters in a row (identifiers such as `dr-tier-realised` are one). */
const ENGLISH_WORDS = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/u;
/** Chinese sentence punctuation, which English prose does not use outside its glosses. */
const CHINESE_PUNCTUATION = /[，。；：！？、（）]/u;

/** Text outside `code spans`, where English words name values and options rather than explain. */
const outsideCode = (text: string) => text.replace(/`[^`]*`/gu, '');

/**
 * Text outside parentheses and quoted characters too: the English glosses its terms in Chinese there,
 * `(共享类型, rules art. 15)`, and names a character as `'、'`.
 */
function outsideGlosses(text: string): string {
  let out = outsideCode(text).replace(/'.'/gu, '');
  for (let previous = ''; previous !== out;) [previous, out] = [out, out.replace(/\([^()]*\)/gu, '')];
  return out;
}

/** What is wrong with one description, or undefined: Chinese first, a blank line, then the English. */
function problem(description: string): string | undefined {
  const paragraphs = description.split('\n\n');
  if (paragraphs.length !== 2) return 'not "<中文>\\n\\n<English>": expected one blank line between the two languages';
  const [zh, en] = paragraphs as [string, string];
  if (zh.trim() !== zh || en.trim() !== en) return 'a paragraph starts or ends with whitespace';
  if (!HAN.test(zh)) return 'the first paragraph has no Chinese (Chinese comes first)';
  const english = ENGLISH_WORDS.exec(outsideCode(zh));
  if (english) return `the Chinese paragraph has English prose: "${english[0]}"`;
  if (!/[A-Za-z]{2,}/u.test(outsideCode(en))) return 'the second paragraph has no English';
  const chinese = CHINESE_PUNCTUATION.exec(outsideGlosses(en));
  if (chinese) return `the English paragraph is written like Chinese ("${chinese[0]}" outside a gloss in parentheses)`;
  return undefined;
}

describe('the schemas’ descriptions (hover help in the editor)', () => {
  it('finds the five schemas and their descriptions', () => {
    expect(schemaFiles).toEqual(
      expect.arrayContaining([
        'system-migration.v1.schema.json',
        'sharing-request.v1.schema.json',
        'data-correction.v1.schema.json',
        'waivers.v1.schema.json',
        'policy-pack-config.v1.schema.json',
      ]),
    );
    const counts = Object.fromEntries(
      schemaFiles.map((file) => [
        file,
        descriptions(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as unknown).length,
      ]),
    );
    // A broken walk would find none and pass everything below.
    expect(counts['system-migration.v1.schema.json']).toBeGreaterThan(100);
    expect(counts['sharing-request.v1.schema.json']).toBeGreaterThan(40);
    expect(counts['policy-pack-config.v1.schema.json']).toBeGreaterThan(0);
  });

  it.each(schemaFiles)('%s: every description is Chinese first, then English', (file) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as unknown;
    const problems = descriptions(schema).flatMap(([pointer, description]) => {
      const found = problem(description);
      return found ? [`${file}#${pointer}: ${found}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('tells a bilingual description from one that is not', () => {
    expect(
      problem('清单的类型，固定写 `SystemMigration`。\n\nManifest kind. Always `SystemMigration`.'),
    ).toBeUndefined();
    expect(problem('Manifest kind. Always `SystemMigration`.')).toMatch(/blank line/u);
    expect(problem('Manifest kind.\n\n清单的类型。')).toMatch(/Chinese comes first/u);
    expect(problem('清单的类型。\n\n清单的类型。')).toMatch(/no English/u);
    expect(problem('完成时限，格式 YYYY-MM-DD。\n\n截止日期，格式 YYYY-MM-DD。')).toMatch(/written like Chinese/u);
    expect(problem('完成时限。\n\nDeadline (完成时限), YYYY-MM-DD.')).toBeUndefined();
    expect(problem('清单的 kind of manifest。\n\nManifest kind.')).toMatch(/English prose/u);
    expect(problem('系统名称。\n\nName.\n\nMore.')).toMatch(/blank line/u);
  });

  it('splits a description into its languages; one without the blank line is English only', () => {
    expect(descriptionLanguages('端口号。\n\nPort number.')).toEqual({ zh: '端口号。', en: 'Port number.' });
    expect(descriptionLanguages('Capacity of one resource pool.')).toEqual({ en: 'Capacity of one resource pool.' });
  });
});

describe('a schema finding’s hint, in the reader’s language', () => {
  const findingFor = (mutate: (manifest: any) => void, ruleId: string) => {
    const manifest: any = clone(happyManifest());
    mutate(manifest);
    const finding = sourceFindings(yamlOf(manifest)).find((each) => each.ruleId === ruleId);
    expect(finding?.localized?.hint).toBeDefined();
    return {
      en: render(finding!.localized!.hint!, 'en'),
      zh: render(finding!.localized!.hint!, 'zh'),
      hint: finding!.hint,
    };
  };

  it('says the English paragraph in English and the Chinese one in Chinese (a description as the hint)', () => {
    const { en, zh, hint } = findingFor((manifest) => {
      manifest.metadata.slug = 'Not_A_Slug';
    }, 'schema-format');
    expect(en).toMatch(/^DNS-safe identifier/u);
    expect(hint).toBe(en);
    expect(en).not.toMatch(HAN);
    expect(zh).toMatch(/^可用于 DNS 的标识/u);
    expect(zh).not.toContain('DNS-safe');
  });

  it('adds the description after a missing field’s hint in each language', () => {
    const { en, zh } = findingFor((manifest) => {
      delete manifest.metadata.managingUnit;
    }, 'schema-required');
    expect(en).toContain('Unit that manages the system');
    expect(en).not.toContain('系统管理单位。多个单位');
    expect(zh).toContain('系统管理单位。多个单位用“、”连接。');
    expect(zh).not.toContain('Unit that manages');
  });
});

/**
 * The stack configuration (`envcloud:` keys of Pulumi.<stack>.yaml) is written in an editor too, and its
 * findings show a key's description as the hint: its schema (stacks/config-schema.ts) and the keys
 * Pulumi.yaml declares are held to the same form.
 */
describe('the stack configuration’s descriptions', () => {
  const root = join(__dirname, '..');
  const project = parse(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')) as {
    config: Record<string, { description?: string }>;
  };

  it('stacks/config-schema.ts: every description is Chinese first, then English', () => {
    const found = descriptions(platformConfigSchema);
    // Every key, each center field, pool capacity field, operator field and selection criterion.
    expect(found.length).toBeGreaterThan(25);
    const problems = found.flatMap(([pointer, description]) => {
      const wrong = problem(description);
      return wrong ? [`stacks/config-schema.ts#${pointer}: ${wrong}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('Pulumi.yaml: every declared key’s description is Chinese first, then English', () => {
    const declared = Object.entries(project.config);
    expect(declared.length).toBe(Object.keys(platformConfigSchema.properties).length);
    const problems = declared.flatMap(([key, declaration]) => {
      const wrong = declaration.description === undefined ? 'no description' : problem(declaration.description);
      return wrong ? [`Pulumi.yaml config.${key}: ${wrong}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('a stack-config finding’s hint, in the reader’s language', () => {
  const root = join(__dirname, '..');
  const prodKeys = () => {
    const { values } = loadStackFile(root, 'prod');
    return Object.fromEntries(
      Object.entries(values)
        .filter(([key]) => key.startsWith('envcloud:'))
        .map(([key, value]) => [key.slice('envcloud:'.length), structuredClone(value)]),
    ) as Record<string, any>;
  };

  function problemFor(mutate: (raw: Record<string, any>) => void, key: string) {
    const raw = prodKeys();
    mutate(raw);
    try {
      parsePlatformConfig(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const found = (error as ConfigError).problems.find((each) => each.key === key);
      expect(found?.localized?.hint).toBeDefined();
      return found!;
    }
    throw new Error('expected a ConfigError');
  }

  it('says the key’s description in English in an English run and in Chinese in a Chinese one', () => {
    const found = problemFor((raw) => (raw.logRetentionDays = 90), 'envcloud:logRetentionDays');
    const en = render(found.localized!.hint!, 'en');
    const zh = render(found.localized!.hint!, 'zh');
    expect(en).toBe('Days audit trails and flow logs are kept (180 to 3653).');
    expect(found.hint).toBe(en);
    expect(zh).toBe('审计记录和网络流日志的保存天数（180 到 3653 天）。');
  });

  it('prints the Chinese paragraph under the located finding in Pulumi.<stack>.yaml', () => {
    withStackCopy(
      'prod',
      (text) => text.replace('region: cn-northwest-1', 'region: ningxia'),
      (dir) => {
        let error: unknown;
        try {
          loadStackFile(dir, 'prod');
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(StackConfigError);
        const { file, problems } = error as StackConfigError;
        const zh = stackConfigText(file, problems, 'zh');
        const en = stackConfigText(file, problems, 'en');
        expect(zh).toContain('AWS 区域（`aws` 模式），例如 `cn-north-1`。');
        expect(zh).not.toContain('e.g. cn-north-1');
        expect(en).toContain('AWS region (aws mode), e.g. cn-north-1.');
        expect(en).not.toMatch(HAN);
      },
    );
  });
});
