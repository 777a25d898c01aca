import '@microsoft/jest-sarif';
import { formatAudit } from '../../audit/format';
import { formatAuditJunit } from '../../audit/format/junit';
import { formatAuditSarif } from '../../audit/format/sarif';
import { formatAuditText } from '../../audit/format/text';
import { auditResources } from '../../audit/run';
import { packConfigProblems, settingsFor } from '../../audit/pack-config';
import { ALL_POLICIES } from '../../policies/all';
import { failingInput, waiver } from './support';

describe('enforcement levels from the pack config', () => {
  it('takes a policy’s own entry over `all` over its default', () => {
    const policy = { name: 'kms-key-rotation', enforcementLevel: 'mandatory' as const };
    expect(settingsFor(policy, {}).enforcement).toBe('mandatory');
    expect(settingsFor(policy, { all: 'advisory' }).enforcement).toBe('advisory');
    expect(
      settingsFor(policy, { all: 'advisory', 'kms-key-rotation': { enforcementLevel: 'disabled' } }).enforcement,
    ).toBe('disabled');
    expect(settingsFor({ name: 'log-retention-minimum' }, { 'log-retention-minimum': { minimumDays: 365 } })).toEqual({
      enforcement: 'advisory',
      config: { minimumDays: 365 },
    });
  });
  it('reports an advisory policy’s violation as an advisory failure, which does not fail the audit', async () => {
    const report = await auditResources({ ...failingInput(), packConfig: { 'cloud-is-the-norm': 'advisory' } });
    expect(report.findings.map((finding) => [finding.status, finding.enforcement])).toEqual([['fail', 'advisory']]);
    expect(report.summary).toMatchObject({ failed: 0, advisory: 1, verdict: 'passed', passed: true });
  });
  it('does not evaluate a disabled policy, and says it judged nothing', async () => {
    const report = await auditResources({
      ...failingInput(),
      packConfig: { 'cloud-is-the-norm': { enforcementLevel: 'disabled' } },
    });
    expect(report.findings).toEqual([]);
    expect(report.policies.find((policy) => policy.name === 'cloud-is-the-norm')).toMatchObject({
      status: 'not-applicable',
      enforcement: 'disabled',
      notApplicable: 'disabled in the policy pack config',
    });
  });
  it('names unknown policies and levels in a pack config', () => {
    expect(
      packConfigProblems(
        { 'cloud-is-the-nrom': 'mandatory', 'kms-key-rotation': 'strict' },
        ALL_POLICIES.map((policy) => policy.name),
      ),
    ).toEqual([expect.stringContaining('did you mean `cloud-is-the-norm`'), expect.stringContaining('`strict`')]);
  });
});

describe('the audit report', () => {
  it('points a finding at the manifest field the unit must change', async () => {
    const [finding] = (await auditResources(failingInput())).findings;
    // cloud-is-the-norm names spec.placement; absent, the locator answers with `spec`, which should hold it.
    expect(finding!.location).toMatchObject({ file: 'manifests/s900-test.yaml', line: expect.any(Number) });
    expect(finding!.location.line).toBeGreaterThan(1);
    expect(finding!.system).toEqual({ number: 900, slug: expect.stringMatching(/^s900-/) });
  });
  it('lists every registered policy with its status: fail, pass, or not-applicable with the reason', async () => {
    const report = await auditResources(failingInput());
    expect(report.policies.map((policy) => policy.name)).toEqual(
      expect.arrayContaining([...ALL_POLICIES.map((policy) => policy.name), 'waivers-current', 'waived-findings']),
    );
    expect(report.policies.find((policy) => policy.name === 'cloud-is-the-norm')).toMatchObject({
      status: 'fail',
      findings: 1,
    });
    // The record is a labelled ConfigMap: judged, and it carries every label.
    expect(report.policies.find((policy) => policy.name === 'k8s-system-labels')).toMatchObject({
      status: 'pass',
      findings: 0,
    });
    expect(report.policies.find((policy) => policy.name === 'kms-key-rotation')).toMatchObject({
      status: 'not-applicable',
      findings: 0,
      notApplicable: expect.stringContaining('aws:kms/key:Key'),
    });
  });
});

describe('report formats', () => {
  it('writes SARIF 2.1.0 that the schema accepts, failing as errors and waived as accepted suppressions', async () => {
    const failing = JSON.parse(formatAuditSarif(await auditResources(failingInput()), '/repo'));
    expect(failing).toBeValidSarifLog();
    const [result] = failing.runs[0].results;
    expect(result).toMatchObject({ ruleId: 'cloud-is-the-norm', level: 'error' });
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'manifests/s900-test.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: expect.any(Number) },
    });
    expect(failing.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('cloud-is-the-norm');

    const waived = JSON.parse(
      formatAuditSarif(await auditResources({ ...failingInput(), waivers: [waiver()] }), '/repo'),
    );
    expect(waived).toBeValidSarifLog();
    expect(waived.runs[0].results[0]).toMatchObject({
      level: 'note',
      suppressions: [{ kind: 'external', status: 'accepted' }],
    });
  });
  it('catches a SARIF log the schema rejects (the check is real)', () => {
    expect({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).not.toBeValidSarifLog();
  });
  it('writes JUnit with one case per policy, failing the violated ones', async () => {
    const xml = formatAuditJunit(await auditResources(failingInput()));
    expect(xml).toMatch(/<testsuites name="envcloud audit" tests="(\d+)" failures="1"/);
    expect(xml).toMatch(/<testcase classname="envcloud.audit.prod" name="cloud-is-the-norm">\s*<failure /);
    expect(xml).toMatch(/<testcase classname="envcloud.audit.prod" name="k8s-system-labels">\s*<\/testcase>/);
  });
  it('writes the whole report as JSON', async () => {
    const report = await auditResources(failingInput());
    expect(JSON.parse(formatAudit(report, 'json', { lang: 'en' }))).toEqual(report);
  });
  it('writes text in either language, the verdict last', async () => {
    const report = await auditResources(failingInput());
    const english = formatAuditText(report, 'en');
    expect(english).toMatch(/^OFFLINE AUDIT/);
    expect(english).toContain('manifests/s900-test.yaml:');
    expect(english.trim().split('\n').at(-1)).toMatch(/findings: 1 failed, 0 advisory, 0 waived — FAILED$/);
    const chinese = formatAuditText(report, 'zh');
    expect(chinese).toContain('不通过[cloud-is-the-norm]');
    expect(chinese).toContain(ALL_POLICIES.find((policy) => policy.name === 'cloud-is-the-norm')!.meta.zh.remediation);
  });
});
