import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditResources } from '../../audit/run';
import { packRuleNames } from '../../policies/pack';
import { parseWaivers } from '../../policies/waivers/load';
import { failingInput, waiver } from './support';

const root = join(__dirname, '../..');
const parse = (text: string) => parseWaivers('policies/waivers.yaml', Buffer.from(text), packRuleNames());
const header = 'apiVersion: envcloud/v1\nkind: PolicyWaivers\nwaivers:\n';
const entry = (fields: string) => `${header}  - ${fields.trim().split('\n').join('\n    ')}\n`;
const complete =
  'rule: cloud-is-the-norm\nsystem: 900\nreason: Placement is decided in the next wave.\nowner: 信息中心\nexpires: 2027-01-31';

describe('the waiver file', () => {
  it('ships a valid file whose waivers say where they are written', () => {
    const { waivers, findings } = parseWaivers(
      'policies/waivers.yaml',
      readFileSync(join(root, 'policies/waivers.yaml')),
      packRuleNames(),
    );
    expect(findings).toEqual([]);
    expect(waivers.length).toBeGreaterThan(0);
    for (const shipped of waivers)
      expect(shipped).toMatchObject({ file: 'policies/waivers.yaml', line: expect.any(Number) });
  });
  it('reads a complete waiver with its line', () => {
    expect(parse(entry(complete))).toEqual({
      findings: [],
      waivers: [
        expect.objectContaining({ rule: 'cloud-is-the-norm', system: 900, expires: '2027-01-31', line: 4, column: 5 }),
      ],
    });
  });
  it('names a misspelt rule at its line, with the rule it probably meant', () => {
    const [finding] = parse(entry(complete.replace('cloud-is-the-norm', 'cloud-is-the-nrom'))).findings;
    expect(finding).toMatchObject({
      ruleId: 'waiver-unknown-rule',
      line: 4,
      hint: expect.stringContaining('`cloud-is-the-norm`'),
    });
  });
  it('asks for a resource or a system', () => {
    const [finding] = parse(entry(complete.replace('system: 900\n', ''))).findings;
    expect(finding).toMatchObject({ ruleId: 'waiver-scope', line: 4 });
  });
  it('rejects a missing owner and a date that is not a date, each located', () => {
    const findings = parse(
      entry(complete.replace('owner: 信息中心\n', '').replace('2027-01-31', 'next spring')),
    ).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.line])).toEqual(
      expect.arrayContaining([
        ['schema-required', 4],
        ['schema-format', 7],
      ]),
    );
  });
  it('counts a reason or an owner without its spaces: twelve spaces waive nothing', () => {
    const findings = parse(
      entry(
        complete
          .replace('Placement is decided in the next wave.', "'            '")
          .replace('owner: 信息中心', "owner: ' 信 '"),
      ),
    ).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['waiver-reason', 6],
      ['waiver-owner', 7],
    ]);
  });
  it('names a stack that does not exist, so a typo cannot hide a waiver that never applies', () => {
    const findings = parseWaivers(
      'policies/waivers.yaml',
      Buffer.from(entry(`${complete}\nstack: production`)),
      packRuleNames(),
      ['dev', 'onprem', 'prod'],
    ).findings;
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'waiver-unknown-stack', line: 9, hint: expect.stringContaining('`prod`') }),
    ]);
    expect(
      parseWaivers('policies/waivers.yaml', Buffer.from(entry(`${complete}\nstack: prod`)), packRuleNames(), [
        'dev',
        'onprem',
        'prod',
      ]).findings,
    ).toEqual([]);
  });
  it('refuses a credential anywhere in the file, located, and never prints it', () => {
    const secret = 'postgres://audit:Hunter2Hunter2@db.internal/waivers';
    const findings = parse(entry(complete.replace('owner: 信息中心', `owner: 信息中心 ${secret}`))).findings;
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'plaintext-secret', line: 7, field: 'waivers[0].owner' }),
    ]);
    expect(JSON.stringify(findings)).not.toContain('Hunter2');
  });
  it('reports YAML problems as it does for manifests', () => {
    expect(parse(`${header}  - rule: a\n\t  reason: b\n`).findings[0]).toMatchObject({ line: 5 });
  });
});

describe('waivers in the audit', () => {
  it('fails the finding nobody waived', async () => {
    const report = await auditResources(failingInput());
    expect(report.findings).toEqual([expect.objectContaining({ policy: 'cloud-is-the-norm', status: 'fail' })]);
    expect(report.summary.passed).toBe(false);
  });
  it('reports a waived finding as waived, with its waiver, and passes', async () => {
    const report = await auditResources({ ...failingInput(), waivers: [waiver()] });
    expect(report.findings).toEqual([
      expect.objectContaining({
        policy: 'cloud-is-the-norm',
        status: 'waived',
        waiver: expect.objectContaining({
          owner: waiver().owner,
          location: { file: 'policies/waivers.yaml', line: 8, column: 5 },
        }),
      }),
    ]);
    expect(report.summary).toMatchObject({ passed: true, waived: 1, failed: 0 });
  });
  it('matches a system by slug, and a stack-scoped waiver only in its stack', async () => {
    const slug = failingInput().resources[0]!.name.replace(/-record$/, '');
    expect((await auditResources({ ...failingInput(), waivers: [waiver({ system: slug })] })).summary.waived).toBe(1);
    expect(
      (await auditResources({ ...failingInput('prod'), waivers: [waiver({ stack: 'dev' })] })).summary.passed,
    ).toBe(false);
  });
  it('fails an expired waiver, pointing at it, and no longer waives with it', async () => {
    const report = await auditResources({ ...failingInput(), waivers: [waiver({ expires: '2026-11-21' })] });
    expect(report.findings.map((finding) => [finding.policy, finding.status])).toEqual([
      ['cloud-is-the-norm', 'fail'],
      ['waivers-current', 'fail'],
    ]);
    expect(report.findings[1]!.location).toEqual({ file: 'policies/waivers.yaml', line: 8, column: 5 });
  });
  it('holds through its expiry day', async () => {
    expect(
      (await auditResources({ ...failingInput(), waivers: [waiver({ expires: '2026-11-22' })] })).summary.passed,
    ).toBe(true);
  });
  it('lists a waiver that matches nothing, without failing', async () => {
    const report = await auditResources({
      ...failingInput(),
      waivers: [waiver(), waiver({ rule: 'kms-key-rotation', line: 20 })],
    });
    const unmatched = report.findings.find((finding) => finding.policy === 'waived-findings');
    expect(unmatched).toMatchObject({
      status: 'fail',
      enforcement: 'advisory',
      message: expect.stringContaining('matches no finding'),
      location: { line: 20 },
    });
    expect(report.summary.passed).toBe(true);
  });
});
