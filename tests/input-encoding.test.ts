import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackConfig } from '../audit/load-settings';
import { packConfigFindings } from '../audit/pack-config';
import { readPackConfig } from '../audit/pack-config-file';
import { ALL_POLICIES } from '../policies/all';
import { packRuleNames } from '../policies/pack';
import { parseWaivers } from '../policies/waivers/load';
import { loadProjectFile } from '../stacks/project-file';

const GBK_XINXI = Buffer.from([0xd0, 0xc5, 0xcf, 0xa2]); // 信息 saved as GBK
const root = join(__dirname, '..');

describe('every input file gets the manifests encoding checks (#17)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-encoding-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('Pulumi.yaml saved as GBK or with a BOM is a located problem', () => {
    writeFileSync(
      join(dir, 'Pulumi.yaml'),
      Buffer.concat([Buffer.from('name: envcloud\ndescription: '), GBK_XINXI, Buffer.from('\n')]),
    );
    expect(loadProjectFile(dir).problems).toEqual([
      expect.objectContaining({ line: 2, column: 14, message: 'invalid UTF-8 byte 0xd0 at byte offset 28' }),
    ]);
    writeFileSync(join(dir, 'Pulumi.yaml'), `\uFEFF${readFileSync(join(root, 'Pulumi.yaml'), 'utf8')}`);
    expect(loadProjectFile(dir).problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('byte-order mark') }),
    ]);
  });

  it('a waiver file saved as GBK is a located file-encoding finding', () => {
    const bytes = Buffer.concat([
      Buffer.from('waivers:\n  - rule: kms-key-rotation\n    owner: '),
      GBK_XINXI,
      Buffer.from('\n'),
    ]);
    const { waivers, findings } = parseWaivers('policies/waivers.yaml', bytes, packRuleNames());
    expect(waivers).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'file-encoding', line: 3, column: 12 })]);
  });

  it('a pack config saved as UTF-16 is refused before it is parsed', () => {
    const { findings } = readPackConfig(
      'config.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]),
      ALL_POLICIES,
    );
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'file-encoding', line: 1, column: 1 })]);
  });
});

describe('the pack config against each policy config schema (#17)', () => {
  // As the loader sees them: every policy of the pack, the waiver policies (no config schema) included.
  const POLICIES = packRuleNames().map((name) => ALL_POLICIES.find((policy) => policy.name === name) ?? { name });
  const check = (text: string) => readPackConfig('config.json', Buffer.from(text), POLICIES).findings;

  it('accepts the shipped config', () => {
    expect(check(readFileSync(join(root, 'policies/config.json'), 'utf8'))).toEqual([]);
    expect(() => loadPackConfig(join(root, 'policies/config.json'), packRuleNames(), true)).not.toThrow();
  });

  it('refuses minimumDays -5 where the policy requires at least 180, located at the value', () => {
    const findings = check(
      '{\n  "kms-key-rotation": "mandatory",\n  "log-retention-minimum": { "enforcementLevel": "mandatory", "minimumDays": -5 }\n}\n',
    );
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'schema-range', line: 3, column: 78, field: 'minimumDays' }),
    ]);
    expect(findings[0]!.message).toMatch(/log-retention-minimum.*>= 180.*-5/);
  });

  it('refuses a misspelt config key with did-you-mean instead of keeping the default in silence', () => {
    const findings = check('{ "log-retention-minimum": { "minimumDay": 365 } }');
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'schema-unknown-field', line: 1, column: 30 })]);
    expect(findings[0]!.hint).toContain('did you mean `minimumDays`');
  });

  it('refuses a setting under `all`, which takes only a level, and disabling `waived-findings`', () => {
    expect(check('{ "all": { "minimumDays": 365 } }')).toEqual([
      expect.objectContaining({
        ruleId: 'pack-config',
        line: 1,
        column: 12,
        message: expect.stringContaining('`all` takes only'),
      }),
    ]);
    expect(check('{ "all": { "enforcementLevel": "advisory" } }')).toEqual([]);
    // A day that does not exist was judged on (`not live on 2027-13-45`).
    for (const day of ['2027-02-30', '2027-13-45'])
      expect(check(`{ "data-access-follows-grants": { "asOf": "${day}" } }`)).toEqual([
        expect.objectContaining({ ruleId: 'schema-format', line: 1, column: 43 }),
      ]);
    expect(check('{ "data-access-follows-grants": { "asOf": "2028-02-29" } }')).toEqual([]);
    expect(check('{ "waived-findings": "disabled" }')).toEqual([
      expect.objectContaining({
        ruleId: 'pack-config',
        line: 1,
        column: 3,
        message: expect.stringContaining('disables `waived-findings`'),
      }),
    ]);
    // Disabled through `all` with another policy left on: said at `all`.
    expect(packConfigFindings({ all: 'disabled', [POLICIES[0]!.name]: 'mandatory' }, POLICIES)).toEqual([
      expect.objectContaining({ path: ['all'] }),
    ]);
    // Mandatory, it failed `pulumi up` for every waived finding while audit passed them as waived.
    expect(check('{ "waived-findings": "mandatory" }')).toEqual([
      expect.objectContaining({
        ruleId: 'pack-config',
        line: 1,
        column: 3,
        message: expect.stringContaining('mandatory'),
      }),
    ]);
    expect(packConfigFindings({ all: 'mandatory' }, POLICIES)).toEqual([expect.objectContaining({ path: ['all'] })]);
    expect(packConfigFindings({ all: 'mandatory', 'waived-findings': 'advisory' }, POLICIES)).toEqual([]);
  });

  it('refuses a config that disables every policy, at `all`, and through the loader with the file named', () => {
    expect(check('{\n  "all": "disabled"\n}')).toEqual([
      expect.objectContaining({
        ruleId: 'pack-config',
        line: 2,
        column: 3,
        message: expect.stringContaining('disables every policy'),
      }),
    ]);
    const everyOne = Object.fromEntries(POLICIES.map((policy) => [policy.name, 'disabled']));
    expect(packConfigFindings(everyOne, POLICIES)).toHaveLength(1);
    expect(
      packConfigFindings({ ...everyOne, [POLICIES[0]!.name]: 'advisory', 'waived-findings': 'advisory' }, POLICIES),
    ).toEqual([]);
    // Only a waiver policy kept: it judges the waiver file, so the stack is judged by nothing.
    expect(packConfigFindings({ all: 'disabled', 'waivers-current': 'mandatory' }, POLICIES)).toEqual([
      expect.objectContaining({ path: ['all'] }),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'envcloud-pack-')), 'config.json');
    writeFileSync(file, '{ "all": { "enforcementLevel": "disabled" } }');
    expect(() => loadPackConfig(file, packRuleNames(), true)).toThrow(
      /config\.json:1:3: error\[pack-config\]: disables every policy/,
    );
  });
});
