import '@microsoft/jest-sarif';
import { formatAudit } from '../../audit/format';
import { formatHtml } from '../../audit/format/html';
import { formatAuditJunit } from '../../audit/format/junit';
import { formatAuditSarif } from '../../audit/format/sarif';
import { formatAuditText } from '../../audit/format/text';
import { auditResources } from '../../audit/run';
import { judgeResource, judgeStack, type PlannedResource } from '../../engine/policy-run';
import { k8sNamespaceDefaultDeny } from '../../policies/mlps/kubernetes-network';
import { k8sApprovedRegistry } from '../../policies/mlps/kubernetes-workloads';
import { kmsKeyRotation } from '../../policies/mlps/aws-data';
import { failingInput } from './support';
import { cliEnglishSentences } from '../support/english-cli';

const resource = (type: string, name: string, props: Record<string, unknown> = {}): PlannedResource => ({
  type,
  name,
  urn: `urn:pulumi:prod::envcloud::${type}::${name}`,
  props,
});
const namespace = resource('kubernetes:core/v1:Namespace', 'pool-central', { metadata: { name: 'pool-central' } });
const deployment = resource('kubernetes:apps/v1:Deployment', 'app', {
  spec: { template: { spec: { containers: [{ name: 'app', image: 'registry.envcloud.mee.gov.cn/unit/app:1.0.0' }] } } },
});

describe('a policy with nothing of its kinds to judge is not applicable, never passed', () => {
  it('answers not-applicable through @pulumi/policy for a resource it does not judge, and judges one it does', async () => {
    expect(await judgeResource(kmsKeyRotation, namespace)).toEqual({
      violations: [],
      applicable: false,
      reason: expect.stringContaining('aws:kms/key:Key'),
    });
    expect(
      await judgeResource(kmsKeyRotation, resource('aws:kms/key:Key', 'key', { enableKeyRotation: true })),
    ).toEqual({ violations: [], applicable: true });
  });
  it('a Kubernetes resource policy on a stack without its kind: k8s-approved-registry without Deployments', async () => {
    const without = await auditResources({ stack: 'prod', resources: [namespace], today: '2026-11-22' });
    expect(without.policies.find((policy) => policy.name === k8sApprovedRegistry.name)).toMatchObject({
      status: 'not-applicable',
      notApplicable: expect.stringContaining('kubernetes:apps/v1:Deployment'),
    });
    const withOne = await auditResources({ stack: 'prod', resources: [namespace, deployment], today: '2026-11-22' });
    expect(withOne.policies.find((policy) => policy.name === k8sApprovedRegistry.name)).toMatchObject({
      status: 'pass',
    });
  });
  it('a Kubernetes stack policy on a stack without its kind: k8s-namespace-default-deny without namespaces', async () => {
    expect(await judgeStack(k8sNamespaceDefaultDeny, [deployment])).toEqual({
      violations: [],
      applicable: false,
      reason: expect.stringContaining('kubernetes:core/v1:Namespace'),
    });
    expect(await judgeStack(k8sNamespaceDefaultDeny, [namespace])).toMatchObject({
      applicable: true,
      violations: [{ message: expect.stringContaining('no default-deny') }],
    });
  });
  it('a seed policy on records that give it nothing to judge: internet-only-unconditional-data without an internet-exposed system', async () => {
    const report = await auditResources(failingInput());
    expect(report.policies.find((policy) => policy.name === 'internet-only-unconditional-data')).toMatchObject({
      status: 'not-applicable',
      notApplicable: expect.stringContaining('internet zone'),
    });
  });
});

describe('every output format says not applicable', () => {
  const report = () => auditResources(failingInput());

  it('text: a NOT APPLICABLE line with the reason per policy, and the count in the summary line', async () => {
    const audited = await report();
    const text = formatAuditText(audited, 'en');
    expect(text).toContain('NOT APPLICABLE[kms-key-rotation]: nothing to judge: the stack has no aws:kms/key:Key');
    const { policies } = audited.summary;
    expect(policies['not-applicable']).toBeGreaterThan(15);
    expect(text.trim().split('\n').pop()).toBe(
      `${audited.policies.length} policies over 1 resources (1 systems): ${policies.pass} passed, ${policies['not-applicable']} not applicable, 1 failed, 0 waived; findings: 1 failed, 0 advisory, 0 waived — FAILED`,
    );
    expect(formatAuditText(audited, 'zh')).toContain('不适用[kms-key-rotation]');
  });
  it('JSON: status not-applicable and the reason on the policy', async () => {
    const json = JSON.parse(formatAudit(await report(), 'json', { lang: 'en' }));
    expect(json.policies.find((policy: { name: string }) => policy.name === 'kms-key-rotation')).toMatchObject({
      status: 'not-applicable',
      notApplicable: expect.stringContaining('aws:kms/key:Key'),
    });
    expect(json.summary.policies['not-applicable']).toBeGreaterThan(15);
  });
  it('SARIF: a result of kind notApplicable (level none) for the rule, in a log the schema accepts', async () => {
    const sarif = JSON.parse(formatAuditSarif(await report(), '/repo'));
    expect(sarif).toBeValidSarifLog();
    const results = sarif.runs[0].results as { ruleId: string; ruleIndex: number; kind: string; level: string }[];
    const kms = results.find((result) => result.ruleId === 'kms-key-rotation');
    expect(kms).toMatchObject({ kind: 'notApplicable', level: 'none' });
    expect(sarif.runs[0].tool.driver.rules[kms!.ruleIndex].id).toBe('kms-key-rotation');
    expect(results.find((result) => result.ruleId === 'cloud-is-the-norm')).toMatchObject({
      kind: 'fail',
      level: 'error',
    });
    // A policy that passed is no result, but its status is in the run's properties.
    expect(results.some((result) => result.ruleId === 'k8s-system-labels')).toBe(false);
    expect(sarif.runs[0].properties.policies).toMatchObject({
      'k8s-system-labels': 'pass',
      'kms-key-rotation': 'not-applicable',
      'cloud-is-the-norm': 'fail',
    });
  });
  it('JUnit: the case is skipped with the reason, and counted as skipped', async () => {
    const audited = await report();
    const xml = formatAuditJunit(audited);
    expect(xml).toMatch(
      /<testcase classname="envcloud.audit.prod" name="kms-key-rotation">\s*<skipped message="not applicable: nothing to judge: the stack has no aws:kms\/key:Key"\/>/,
    );
    expect(xml).toContain(`skipped="${audited.summary.policies['not-applicable']}"`);
  });
  it('HTML: the status column says not applicable, with the reason, in either language', async () => {
    const audited = await report();
    expect(formatHtml(audited, 'en')).toMatch(
      /<tr class="not-applicable"><td><code>kms-key-rotation<\/code>.*not applicable<br><small>nothing to judge: the stack has no aws:kms\/key:Key<\/small>/,
    );
    expect(formatHtml(audited, 'zh')).toMatch(/<tr class="not-applicable"><td><code>kms-key-rotation<\/code>.*不适用/);
  });
});

// `audit --lang zh --format junit|sarif` said every finding, reason and verdict in English.
describe('JUnit and SARIF in the run’s language', () => {
  it('say findings, reasons and verdicts in Chinese, SARIF keeping each finding’s English beside it', async () => {
    const report = await auditResources(failingInput());
    const xml = formatAuditJunit(report, 'zh');
    const attributes = [...xml.matchAll(/message="([^"]*)"/g)].map((match) => match[1]!);
    expect(attributes.some((text) => text.includes('处违规'))).toBe(true);
    expect(attributes.some((text) => text.startsWith('不适用：'))).toBe(true);
    expect(cliEnglishSentences(attributes.join('\n'))).toEqual([]);
    const sarif = JSON.parse(formatAuditSarif(report, process.cwd(), 'zh')) as {
      runs: { results: { message: { text: string }; properties?: { messageEn?: string } }[] }[];
    };
    const results = sarif.runs[0]!.results;
    expect(cliEnglishSentences(results.map((result) => result.message.text).join('\n'))).toEqual([]);
    expect(results.some((result) => result.properties?.messageEn !== undefined)).toBe(true);
    expect(formatAuditJunit(report)).toContain('violation(s)');
  });
});

describe('a pack config that disables every policy', () => {
  it('judges nothing and says so: not PASSED, not passed, every policy not applicable as disabled', async () => {
    const report = await auditResources({ ...failingInput(), packConfig: { all: 'disabled' } });
    expect(report.findings).toEqual([]);
    expect(
      report.policies.every(
        (policy) => policy.status === 'not-applicable' && policy.notApplicable === 'disabled in the policy pack config',
      ),
    ).toBe(true);
    expect(report.summary).toMatchObject({
      verdict: 'nothing-judged',
      passed: false,
      policies: { pass: 0, 'not-applicable': report.policies.length, disabled: report.policies.length },
    });
    const line = formatAuditText(report, 'en').trim().split('\n').pop()!;
    expect(line).not.toContain('PASSED');
    expect(line).toContain(`0 passed, ${report.policies.length} not applicable (${report.policies.length} disabled)`);
    expect(line).toMatch(/— NOTHING JUDGED: every policy was disabled or found no resource of the kinds it judges$/);
    expect(formatHtml(report, 'en')).toContain('<p class="verdict nothing-judged">NOTHING JUDGED');
    expect(formatHtml(report, 'en')).not.toContain('PASS: no mandatory violation');
    // JUnit too: a case of its own fails, so a CI reading only the XML is not shown green.
    const xml = formatAuditJunit(report);
    expect(xml).toMatch(
      /<testcase classname="envcloud\.audit\.[^"]+" name="verdict">\s*<failure message="NOTHING JUDGED/,
    );
    expect(xml).toMatch(new RegExp(`tests="${report.policies.length + 1}" failures="1"`));
    // SARIF too: a code-scanning gate reads results, and it had only notApplicable ones.
    const sarif = formatAuditSarif(report);
    expect(JSON.parse(sarif)).toBeValidSarifLog();
    const results = (JSON.parse(sarif) as { runs: { results: { level: string; message: { text: string } }[] }[] })
      .runs[0]!.results;
    expect(results.filter((result) => result.level === 'error').map((result) => result.message.text)).toEqual([
      'NOTHING JUDGED: no policy judged a resource of the stack',
    ]);
  });
  it('says how many policies it lowered from mandatory to advisory: their failures pass the audit as warnings', async () => {
    const strict = await auditResources(failingInput());
    const relaxed = await auditResources({ ...failingInput(), packConfig: { all: 'advisory' } });
    expect(strict.summary).toMatchObject({ verdict: 'failed', policies: { relaxed: 0 } });
    const mandatory = strict.policies.filter((policy) => policy.enforcement === 'mandatory').length;
    expect(relaxed.summary).toMatchObject({ verdict: 'passed', policies: { relaxed: mandatory } });
    expect(formatAuditText(relaxed, 'en')).toContain(`(${mandatory} relaxed from mandatory to advisory)`);
    expect(formatAuditText(relaxed, 'zh')).toContain(`（其中 ${mandatory} 条由强制降为建议）`);
    // Its failed policies failed with warnings only: “1 failed … PASSED” said no word of why.
    const failed = relaxed.summary.policies.fail;
    expect(failed).toBeGreaterThan(0);
    expect(relaxed.summary.policies.advisoryOnly).toBe(failed);
    expect(strict.summary.policies.advisoryOnly).toBe(0);
    expect(formatAuditText(relaxed, 'en')).toContain(`${failed} failed (${failed} with advisory findings only)`);
    expect(formatAuditText(relaxed, 'zh')).toContain(`不通过 ${failed}（其中 ${failed} 条只有警告）`);
  });
  it('still passes when one policy is left to judge and finds nothing', async () => {
    const report = await auditResources({
      ...failingInput(),
      packConfig: { all: 'disabled', 'k8s-system-labels': 'mandatory' },
    });
    expect(report.summary).toMatchObject({ verdict: 'passed', passed: true, policies: { pass: 1 } });
  });
  it.each(['waivers-current', 'waived-findings'])(
    'judges nothing when only the waiver policy %s is left: it judges the waiver file, not the stack',
    async (name) => {
      const report = await auditResources({ ...failingInput(), packConfig: { all: 'disabled', [name]: 'mandatory' } });
      expect(report.summary).toMatchObject({ verdict: 'nothing-judged', passed: false });
    },
  );
});
