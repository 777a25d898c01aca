// The pack config through the input pipeline (#16): the shipped config is the happy file, and each test
// changes one thing in it and expects one finding at the line and column of what it changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackConfig } from '../../audit/load-settings';
import { readPackConfig } from '../../audit/pack-config-file';
import { ALL_POLICIES } from '../../policies/all';
import { packRuleNames } from '../../policies/pack';
import { render } from '../../document/i18n';

const root = join(__dirname, '../..');
const happy = readFileSync(join(root, 'policies/config.json'), 'utf8');
const POLICIES = packRuleNames().map((name) => ALL_POLICIES.find((policy) => policy.name === name) ?? { name });

/** The happy file with `from` replaced by `to`, and where `to` (or `at` inside it) starts. */
function changed(from: string, to: string, at = '') {
  expect(happy).toContain(from);
  const text = happy.replace(from, to);
  const offset = text.indexOf(to) + (at ? to.indexOf(at) : 0);
  const before = text.slice(0, offset).split('\n');
  return { text, line: before.length, column: before.at(-1)!.length + 1 };
}

const check = (text: string) => readPackConfig('policies/config.json', Buffer.from(text), POLICIES);

describe('the pack config, located (#16)', () => {
  it('accepts the shipped config', () => {
    expect(check(happy)).toEqual({ config: JSON.parse(happy), findings: [] });
  });

  it('puts a value below a policy’s configSchema minimum at that value', () => {
    const { text, line, column } = changed('"minimumDays": 180', '"minimumDays": -5', '-5');
    expect(check(text).findings).toEqual([
      expect.objectContaining({
        file: 'policies/config.json',
        line,
        column,
        ruleId: 'schema-range',
        field: 'minimumDays',
        message: expect.stringMatching(/log-retention-minimum.*>= 180.*-5/),
      }),
    ]);
  });

  it('reads a pack config up to the 1 MiB of a settings file', () => {
    expect(check(`${happy}${' '.repeat(400 * 1024)}`).findings).toEqual([]);
  });

  // `adminPorts: []` and `approvedRegistry: ""` were accepted: each turned a critical policy into a no-op.
  it.each([
    ['"adminPorts": [22, 3389, 3306, 5432, 1433, 1521, 2379, 6379, 6443, 9200, 27017]', '"adminPorts": []', '[]'],
    ['"adminPorts": [22,', '"adminPorts": [99999,', '99999'],
    ['"approvedRegistry": "registry.envcloud.mee.gov.cn"', '"approvedRegistry": ""', '""'],
  ])('refuses a policy config that would judge nothing: %s → %s', (from, to, at) => {
    const { text, line, column } = changed(from, to, at);
    expect(check(text).findings).toEqual([expect.objectContaining({ file: 'policies/config.json', line, column })]);
  });

  it('puts a misspelt level at the level, with did-you-mean, from the pack config’s schema', () => {
    const { text, line, column } = changed(
      '"kms-key-rotation": "mandatory"',
      '"kms-key-rotation": "mandatry"',
      '"mandatry"',
    );
    expect(check(text).findings).toEqual([
      expect.objectContaining({ line, column, ruleId: 'schema-enum', hint: expect.stringContaining('`mandatory`') }),
    ]);
  });

  it('puts a level that is neither a word nor an object at the value', () => {
    const { text, line, column } = changed('"waived-findings": "advisory"', '"waived-findings": 3', '3');
    expect(check(text).findings).toEqual([expect.objectContaining({ line, column, ruleId: 'schema-type' })]);
  });

  it('puts a policy the pack does not have at its key, with did-you-mean', () => {
    const { text, line, column } = changed('"kms-key-rotation"', '"kms-key-rotaton"');
    expect(check(text).findings).toEqual([
      expect.objectContaining({
        line,
        column,
        ruleId: 'pack-config',
        message: expect.stringContaining('did you mean `kms-key-rotation`'),
      }),
    ]);
  });

  it('puts a key of a policy’s config its schema does not name at that key', () => {
    const { text, line, column } = changed('"minimumDays"', '"minimumDay"');
    expect(check(text).findings).toEqual([
      expect.objectContaining({
        line,
        column,
        ruleId: 'schema-unknown-field',
        hint: expect.stringContaining('minimumDays'),
      }),
    ]);
  });

  it('puts a policy written twice at the second one', () => {
    const { text, line, column } = changed(
      '  "waived-findings": "advisory"',
      '  "waived-findings": "advisory",\n  "kms-key-rotation": "advisory"',
      '"kms-key-rotation"',
    );
    expect(check(text).findings).toEqual([expect.objectContaining({ line, column, ruleId: 'yaml-duplicate-key' })]);
  });

  it('refuses what YAML reads but Pulumi’s JSON does not, where JSON stops', () => {
    const { text, line } = changed('"kms-key-rotation": "mandatory"', '\'kms-key-rotation\': "mandatory"');
    expect(check(text).findings).toEqual([
      expect.objectContaining({
        line,
        column: 3,
        ruleId: 'pack-config',
        message: expect.stringContaining('not valid JSON'),
      }),
    ]);
  });

  it('says what JSON refuses in its own words, in both languages, quoting nothing (a bare credential)', () => {
    const { text, line, column } = changed(
      '"approvedRegistry": "registry.envcloud.mee.gov.cn"',
      '"approvedRegistry": AKIAIOSFODNN7EXAMPLE',
      'AKIA',
    );
    const findings = check(text).findings.filter((finding) => finding.ruleId === 'pack-config');
    expect(findings).toEqual([expect.objectContaining({ line, column })]);
    const [finding] = findings;
    expect(finding!.message).toContain('not valid JSON (a word JSON does not have');
    expect(render(finding!.localized!.message, 'zh')).toContain('不是有效的 JSON（出现 JSON 没有的词');
    // Node's own message quotes the text around the word: `"approvedRegistry": AKIAIOSFOD"...`.
    expect(JSON.stringify(check(text).findings)).not.toContain('AKIA');
  });

  it('puts a plaintext credential at its value, redacted', () => {
    const { text, line, column } = changed(
      '"approvedRegistry": "registry.envcloud.mee.gov.cn"',
      '"approvedRegistry": "registry.envcloud.mee.gov.cn", "password": "Hunter2-hunter2"',
      '"Hunter2',
    );
    const { config, findings } = check(text);
    expect(config).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ line, column, ruleId: 'plaintext-secret', field: 'k8s-approved-registry.password' }),
    ]);
    expect(JSON.stringify(findings)).not.toContain('Hunter2');
  });

  it('gives an empty file the pack config’s hint, not a manifest’s', () => {
    expect(check('\n').findings).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        ruleId: 'file-empty',
        hint: expect.stringContaining('policy pack config'),
      }),
    ]);
  });

  it('prints each finding as file:line:column through the loader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-pack-'));
    try {
      const { text, line, column } = changed('"minimumDays": 180', '"minimumDays": -5', '-5');
      writeFileSync(join(dir, 'config.json'), text);
      expect(() => loadPackConfig(join(dir, 'config.json'), packRuleNames(), true)).toThrow(
        new RegExp(`config\\.json:${line}:${column}: error\\[schema-range\\]: \`log-retention-minimum\``),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
