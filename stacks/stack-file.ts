import { join } from 'node:path';
import { readInputFile } from '../validation/files';
import { LazyLocator } from '../document/locate';
import { parseLocatedYaml } from '../document/located-yaml';
import { findSecrets } from '../document/secrets';
import {
  CONFIG_NAMESPACE,
  ConfigError,
  parsePlatformConfig,
  platformValuesOf,
  type ConfigProblem,
  type PlatformConfig,
} from './config';
import { decryptedShape } from './config-types';
import {
  applyProjectConfig,
  fullConfigKey,
  loadProjectFile,
  pulumiConfigOf,
  type StackConfigProblem,
} from './project-file';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { secretKindMessage } from '../document/input-checks';
import { localizedText, msg, said, t, untranslated, type Language } from '../document/i18n';
import { projectStacks, STACK_NAME, stackNameError, UnknownStackError } from './project-stacks';

export { STACK_NAME };

export interface StackFile {
  stack: string;
  file: string;
  /**
   * The config the Pulumi CLI gives the program: the stack file's keys, namespaced (`aws:region`,
   * `envcloud:centers`), plus Pulumi.yaml's values and defaults for keys the stack does not set. Each
   * value's text (a string as it is, anything else as JSON: `pulumiConfigOf`) is what PULUMI_CONFIG
   * carries, except encrypted values, which only the stack's secrets provider can decrypt.
   */
  values: Record<string, unknown>;
  /** Keys whose value is encrypted, wholly or inside (PULUMI_CONFIG_SECRET_KEYS). */
  secretKeys: string[];
  platform: PlatformConfig;
  /** The file as read: preflight and the audit locate problems in it without reading it again. */
  text: string;
}

/** Config problems, each located in Pulumi.<stack>.yaml or, when it says so, in Pulumi.yaml. */
export class StackConfigError extends EnvcloudError {
  override readonly name = 'StackConfigError';
  readonly exitCode = EXIT_USAGE;
  constructor(
    readonly file: string,
    readonly problems: StackConfigProblem[],
  ) {
    super(
      problems
        .map(
          (problem) =>
            `${problem.file ?? file}:${problem.line}:${problem.column}: error[stack-config]: ${problem.verbatim ? '' : `${problem.key} `}${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`,
        )
        .join('\n'),
    );
    this.localized = untranslated(this.message, stackConfigText(file, problems, 'zh'));
  }
}

/**
 * The problems as printed in `lang`: each problem's catalog messages, or, for one no catalog message
 * describes yet, a sentence that says so in the reader's language (the key and line still point at it).
 */
export function stackConfigText(file: string, problems: readonly StackConfigProblem[], lang: Language): string {
  return problems
    .map((problem) => {
      const words =
        problem.localized || lang === 'en'
          ? localizedText(problem, lang)
          : { message: t(lang, 'inputs.config.untranslated') };
      const keyed = !(problem.verbatim && (problem.localized || lang === 'en'));
      const text = keyed ? t(lang, 'inputs.config.keyed', { key: problem.key, message: words.message }) : words.message;
      const at = `${problem.file ?? file}:${problem.line}:${problem.column}`;
      const hint = words.hint ? `\n${t(lang, 'inputs.config.hint', { hint: words.hint })}` : '';
      return `${t(lang, 'inputs.config.line', { at, text })}${hint}`;
    })
    .join('\n');
}

/** Keeps the problems of the program's own checks that say something the CLI's checks did not already say about the same key. */
function notYetSaid(said: readonly StackConfigProblem[], problem: StackConfigProblem): boolean {
  const keys = said.flatMap((earlier) => earlier.key.split(', '));
  return !keys.some(
    (key) => problem.key === key || problem.key.startsWith(`${key}.`) || problem.key.startsWith(`${key}[`),
  );
}

/** Config with Pulumi's encrypted values (`{ secure: v1:… }`) left out: they are what secrets should be. */
function withoutEncrypted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEncrypted);
  if (value && typeof value === 'object') {
    if (typeof (value as { secure?: unknown }).secure === 'string' && Object.keys(value).length === 1) return undefined;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutEncrypted(inner)]));
  }
  return value;
}

/**
 * Reads `Pulumi.<stack>.yaml` under `root`, applies the project's Pulumi.yaml (the nearest one, as the
 * CLI finds it) and validates the result as the CLI and then the program do; every problem names its
 * key and its line.
 */
export function loadStackFile(root: string, stack: string): StackFile {
  // Pulumi's own rule for stack names; it also keeps `x/../../evil` from naming a file outside the project.
  if (!STACK_NAME.test(stack)) throw stackNameError(stack);
  const file = `Pulumi.${stack}.yaml`;
  const loaded = loadProjectFile(root);
  if (!loaded.project) throw new StackConfigError(file, loaded.problems);
  const project = loaded.project;
  // Bounded, and only a regular file: a FIFO named Pulumi.<stack>.yaml hung the read, a huge one filled memory.
  const read = readInputFile(join(root, file));
  if ('problem' in read) {
    const { problem } = read;
    // No such stack: a usage error naming the stacks there are, not a line of a file that does not exist.
    if (problem.missing) throw new UnknownStackError(stack, projectStacks(root));
    throw new StackConfigError(file, [
      {
        key: file,
        path: [],
        message: problem.message,
        hint: problem.hint,
        localized: problem.localized,
        line: 1,
        column: 1,
      },
    ]);
  }
  const bytes = read.bytes;
  // The manifests' encoding checks (read as UTF-8, a file saved as GBK had unit names that selected no
  // system), duplicate keys and relocated parser errors: parseLocatedYaml.
  const parsed = parseLocatedYaml(bytes);
  if (parsed.problems.length > 0)
    throw new StackConfigError(
      file,
      parsed.problems.map((problem) => ({ key: file, path: [], ...problem })),
    );
  const { data, locator, text } = parsed as Extract<typeof parsed, { text: string }>;
  // `config: hello` was read as settings `0` to `4`, one error per character, and none said why.
  const mapping = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const config = mapping(data) ? (data as { config?: unknown }).config : data;
  if (!(
    data === null ||
    data === undefined ||
    (mapping(data) && (config === undefined || config === null || mapping(config)))
  )) {
    const path = mapping(data) ? ['config'] : [];
    // As JSON, which reads the same in both languages: `"hello"`, `["a"]`.
    const json = JSON.stringify(config) ?? String(config);
    const found = json.length > 60 ? `${json.slice(0, 59)}…` : json;
    throw new StackConfigError(file, [
      {
        key: mapping(data) ? 'config' : file,
        path: [],
        ...said(msg('inputs.config.not-mapping', { found }), msg('inputs.config.not-mapping.hint')),
        ...locator.locate(path),
      },
    ]);
  }
  const written = ((data as { config?: Record<string, unknown> } | null)?.config ?? {}) as Record<string, unknown>;
  const secrets = findSecrets(withoutEncrypted(written));
  if (secrets.length > 0) {
    throw new StackConfigError(
      file,
      secrets.map((hit) => {
        const key = String(hit.path[0]);
        const setting =
          hit.path.length > 1
            ? `--path '${key}${hit.path
                .slice(1)
                .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
                .join('')}'`
            : key;
        return {
          key,
          path: hit.path.slice(1),
          ...said(
            msg('inputs.config.plaintext', { kind: secretKindMessage(hit.kind) }),
            msg('inputs.config.plaintext.hint', { setting, stack }),
          ),
          ...locator.locate(['config', ...hit.path]),
        };
      }),
    );
  }
  // The CLI namespaces a stack key written without one with the project's name (`mode` is `envcloud:mode`).
  const writtenAs = new Map<string, string>();
  const keyProblems: StackConfigProblem[] = [];
  for (const key of Object.keys(written)) {
    const fullKey = fullConfigKey(project.name, key);
    if (fullKey) writtenAs.set(fullKey, key);
    else
      keyProblems.push({
        key,
        path: [],
        ...said(
          msg('inputs.config.bad-key', { key }),
          msg('inputs.config.bad-key.hint', { namespace: CONFIG_NAMESPACE }),
        ),
        verbatim: true,
        ...locator.locate(['config', key], 'key'),
      });
  }
  if (keyProblems.length > 0) throw new StackConfigError(file, keyProblems);
  const merged = applyProjectConfig(project, {
    stack,
    values: Object.fromEntries([...writtenAs].map(([fullKey, key]) => [fullKey, written[key]])),
    locate: (fullKey) => locator.locate(['config', writtenAs.get(fullKey) ?? fullKey]),
    configPosition: locator.locate(['config'], 'key'),
  });
  const { values, secretKeys } = merged;
  const prefix = `${CONFIG_NAMESPACE}:`;
  let problems: StackConfigProblem[] = merged.problems;
  try {
    // The program's own checks, on the config decoded from the strings the engine passes, as the program
    // decodes them. The engine decrypts secrets first; offline only their shape is known (a string).
    const config = pulumiConfigOf(decryptedShape(values) as Record<string, unknown>);
    const platform = parsePlatformConfig(platformValuesOf(config), { awsRegion: config['aws:region'] });
    if (problems.length === 0) return { stack, file, values, secretKeys, platform, text };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = [
      ...problems,
      ...error.problems
        .map((problem): StackConfigProblem => {
          // A key of another namespace (`aws:region`) is named whole.
          if (!problem.key.startsWith(prefix))
            return { ...problem, ...locator.locate(['config', writtenAs.get(problem.key) ?? problem.key]) };
          const [head, ...rest] = problem.path;
          const fullKey = `${prefix}${String(head)}`;
          const declared = project.declarations.find((declaration) => declaration.fullKey === fullKey);
          if (head !== undefined && !writtenAs.has(fullKey) && declared) {
            // The value is Pulumi.yaml's: that is where it has to change.
            return {
              ...problem,
              file: project.file,
              ...project.locator.locate(
                ['config', declared.key, 'default' in declared ? 'default' : 'value', ...rest],
                'key',
              ),
            };
          }
          const path = head === undefined ? ['config'] : ['config', writtenAs.get(fullKey) ?? fullKey, ...rest];
          return { ...problem, ...locator.locate(path, 'key') };
        })
        .filter((problem) => notYetSaid(merged.problems, problem)),
    ];
  }
  throw new StackConfigError(file, problems);
}

/**
 * Config problems only the manifests reveal (a selection naming a unit no manifest has), located in
 * the stack file like every other config problem.
 */
export function locatedConfigError(
  stackFile: Pick<StackFile, 'file' | 'text'>,
  problems: readonly ConfigProblem[],
): StackConfigError {
  // The text as loaded: read again, the file may have changed since, or be a FIFO by now.
  const locator = new LazyLocator(stackFile.text);
  return new StackConfigError(
    stackFile.file,
    problems.map((problem) => {
      const [head, ...rest] = problem.path;
      return { ...problem, ...locator.locate(['config', `${CONFIG_NAMESPACE}:${String(head)}`, ...rest], 'value') };
    }),
  );
}
