import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud, root } from '../support/cli';

describe('envcloud audit (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-audit-'));
    mkdirSync(join(dir, 'violations'));
    // Fixtures that once only the policies caught: validate now refuses them first (#11 §1).
    for (const file of readdirSync(join(root, 'tests/fixtures/policy-violations')).filter((name) =>
      /^s90[234]/.test(name),
    )) {
      copyFileSync(join(root, 'tests/fixtures/policy-violations', file), join(dir, 'violations', file));
    }
    // Valid manifests, and a pack config whose registry differs from the stack's: the policy fails each workload.
    mkdirSync(join(dir, 'valid'));
    for (const file of readdirSync(join(root, 'manifests')).filter((name) => /^s00[24]-/.test(name)))
      copyFileSync(join(root, 'manifests', file), join(dir, 'valid', file));
    const packConfig = JSON.parse(readFileSync(join(root, 'policies/config.json'), 'utf8'));
    packConfig['k8s-approved-registry'].approvedRegistry = 'harbor.example.gov.cn';
    writeFileSync(join(dir, 'pack-config.json'), JSON.stringify(packConfig));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the dev stack, lists its waived findings, and says it ran offline', () => {
    const { code, stdout } = envcloud(['audit', '--stack', 'dev']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OFFLINE AUDIT/);
    expect(stdout).toMatch(/WAIVED\[dr-tier-realised\]/);
    expect(stdout).toContain('waived by policies/waivers.yaml:');
    expect(stdout.trim().split('\n').pop()).toMatch(
      /\d+ not applicable, 0 failed, 1 waived; findings: 0 failed, 0 advisory, \d+ waived — PASSED$/,
    );
    const html = join(dir, 'audit.html');
    expect(envcloud(['audit', '--stack', 'dev', '--format', 'html', '--lang', 'zh', '--out', html]).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/<html lang="zh-CN">[\s\S]*通过：无强制性违规/);
  }, 60000);

  it('exits 1 when a waiver has expired, judged on the given day', () => {
    const { code, stdout } = envcloud(['audit', '--stack', 'dev', '--as-of', '2027-07-01', '--lang', 'zh']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/policies\/waivers\.yaml:\d+:\d+: 不通过\[waivers-current\]/);
    expect(stdout).toContain('未通过');
  }, 60000);

  it('never judges waivers on a day before today: an expired waiver fails even with --as-of in the past', () => {
    // Expired on 2026-11-30, before this suite was first run; the audit is asked for 2026-11-01.
    const waivers = readFileSync(join(root, 'policies/waivers.yaml'), 'utf8').replace(
      /expires: \d{4}-\d{2}-\d{2}/g,
      'expires: 2026-11-30',
    );
    writeFileSync(join(dir, 'expired-waivers.yaml'), waivers);
    const args = ['audit', '--stack', 'dev', '--lang', 'en', '--waivers', join(dir, 'expired-waivers.yaml')];
    const { code, stdout } = envcloud([...args, '--as-of', '2026-11-01']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL\[waivers-current\].*expired on 2026-11-30/);
    expect(stdout).toMatch(/FAIL\[dr-tier-realised\]/);
  }, 60000);

  it('validate refuses, located, what once only the policies caught; audit then stops on the manifest errors', () => {
    const checked = envcloud(['validate', join(dir, 'violations')]);
    expect(checked.code).toBe(1);
    for (const [file, rule] of [
      ['s902-', 'internet-only-unconditional-data'],
      ['s903-', 'portal-unified-identity'],
      ['s904-', 'websites-in-website-cluster'],
    ]) {
      expect(checked.stdout).toMatch(new RegExp(`${file}[^:]*\\.yaml:\\d+:\\d+: error\\[${rule}\\]`));
    }
    const audited = envcloud(['audit', '--stack', 'onprem', '--manifests', join(dir, 'violations')]);
    expect(audited.code).toBe(2);
    expect(audited.stderr).toContain('manifest error(s): run `envcloud validate`');
  }, 60000);

  it('exits 1 on policy violations, each finding at its manifest', () => {
    const out = join(dir, 'audit.sarif');
    const args = [
      'audit',
      '--stack',
      'onprem',
      '--manifests',
      join(dir, 'valid'),
      '--policy-config',
      join(dir, 'pack-config.json'),
      '--format',
      'sarif',
      '--out',
      out,
    ];
    const { code, stderr } = envcloud(args);
    expect(code).toBe(1);
    // One finding per workload; onprem holds and backs up the stored data s002 and s004 declare, so the DR policies pass.
    expect(stderr).toMatch(
      /wrote .*audit\.sarif: 2 failed, 0 advisory, 0 waived, \d+ policies not applicable — failed/,
    );
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const hits = sarif.runs[0].results.map(
      (result: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
        result.ruleId,
        result.locations[0]!.physicalLocation.artifactLocation.uri.split('/').pop(),
      ],
    );
    expect(hits).toEqual(
      expect.arrayContaining([
        ['k8s-approved-registry', expect.stringMatching(/^s002-/)],
        ['k8s-approved-registry', expect.stringMatching(/^s004-/)],
      ]),
    );
    // The report is the user's now: a second run does not replace it without --force.
    const again = envcloud(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; pass --force to replace it');
  }, 90000);

  it('exits 2 with located errors for a bad waiver file, manifests with errors, or no stack', () => {
    const waivers = join(dir, 'waivers.yaml');
    writeFileSync(
      waivers,
      'apiVersion: envcloud/v1\nkind: PolicyWaivers\nwaivers:\n  - rule: kms-key-rotaton\n    resource: "*"\n    reason: because we said so\n    owner: me\n    expires: 2027-01-01\n',
    );
    const bad = envcloud(['audit', '--stack', 'dev', '--waivers', waivers]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/waivers\.yaml:4:\d+: error\[waiver-unknown-rule\]/);
    expect(bad.stderr).toContain('did you mean `kms-key-rotation`');
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const invalid = envcloud(['audit', '--stack', 'onprem', '--manifests', 'tests/fixtures/policy-violations']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('manifest error(s): run `envcloud validate`');

    expect(envcloud(['audit']).code).toBe(2);
  }, 90000);

  it('exits 2 when the waiver file named does not exist: it was read as no waivers at all', () => {
    const missing = envcloud(['audit', '--stack', 'dev', '--waivers', 'no-such-waivers.yaml', '--lang', 'zh']);
    expect([missing.code, missing.stderr]).toEqual([2, 'envcloud: no-such-waivers.yaml：豁免文件不存在\n']);
    const previewed = envcloud(['preview', '--stack', 'dev', '--audit', '--waivers', 'no-such-waivers.yaml']);
    expect([previewed.code, previewed.stderr]).toEqual([2, expect.stringContaining('no such waiver file')]);
  }, 60000);
});
