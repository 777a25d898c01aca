import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { checkRules, checkSource } from '../../validation/validate';
import type { ManifestEntry } from '../../validation/rules';
import { auditRun } from './support';
import { formatAuditText } from '../../audit/format/text';
import { cliEnglishSentences } from '../support/english-cli';

const root = join(__dirname, '../..');
const folder = 'tests/fixtures/policy-violations';

/** Each fixture says in its header which policy it must trip. */
const fixtures = readdirSync(join(root, folder))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const path = `${folder}/${file}`;
    const text = readFileSync(join(root, path));
    const expected = /^# expect: ([a-z0-9-]+)$/m.exec(text.toString())?.[1];
    const { entry, findings } = checkSource({ file: path, bytes: text });
    return { path, expected, entry, findings };
  });

describe('deliberately bad manifests, deployed without `envcloud validate`', () => {
  let report: Awaited<ReturnType<typeof auditRun>>;
  beforeAll(async () => {
    const entries = fixtures
      .map((fixture) => fixture.entry)
      .filter((entry): entry is ManifestEntry => entry !== undefined);
    // prod, not onprem: onprem holds no system's stored data yet, so its DR policies fail every fixture that declares some.
    const run = await runStackOffline(root, 'prod', { manifests: entries.map((entry) => entry.manifest) });
    report = await auditRun(root, run, entries);
  }, 120000);

  it('are well-formed manifests, each naming the policy it must trip', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const fixture of fixtures) {
      expect(fixture.findings).toEqual([]);
      expect(fixture.expected).toBeDefined();
    }
  });

  it('are each refused by `envcloud validate` too, with a located error (a manifest that validates never trips a policy)', () => {
    for (const fixture of fixtures) {
      const errors = checkRules([fixture.entry!]).filter((finding) => finding.severity === 'error');
      expect([fixture.path, errors.length > 0 && errors[0]!.line > 1]).toEqual([fixture.path, true]);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.expected!, fixture.path]))('trip %s, pointing at %s', (policy, path) => {
    const failing = report.findings.filter((finding) => finding.policy === policy && finding.status === 'fail');
    expect(failing.map((finding) => finding.location.file)).toContain(path);
  });

  it('trip nothing else, and fail the audit', () => {
    const tripped = new Set(report.findings.map((finding) => finding.policy));
    expect(tripped).toEqual(new Set(fixtures.map((fixture) => fixture.expected)));
    expect(report.summary.passed).toBe(false);
  });

  it('say every finding and every reason for judging nothing in Chinese in a Chinese audit (issue #14)', () => {
    const failed = report.findings.filter((finding) => finding.status === 'fail');
    expect(failed.length).toBeGreaterThanOrEqual(fixtures.length);
    const lines = formatAuditText(report, 'zh').split('\n');
    const said = lines.filter((line) => /(?:^\S+:\d+:\d+: \S+|^不适用)\[[a-z0-9-]+\]/.test(line));
    expect(said.length).toBeGreaterThanOrEqual(failed.length);
    for (const line of said) {
      // The severity too is said in Chinese: `(严重)`, not `(critical)`.
      expect(line).toMatch(/^不适用|\] \((?:低|中|高|严重)\): .*\p{Script=Han}/u);
      expect([line, cliEnglishSentences(line)]).toEqual([line, []]);
    }
  });
});
