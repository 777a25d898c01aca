// A sharing request `validate` refuses stops the commands that read sharing/: `report` left it out of
// its figures (an overdue request vanished) and the plan computed grants from it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud, root } from '../support/cli';

const GRANTED = readFileSync(join(root, 'sharing', 'sr-2026-001-gkzdwryzdjkyjcsjkxt.yaml'), 'utf8');

/** sr-2026-001 as another request, with `from` replaced by `to`. */
function variant(from: RegExp, to: string): string {
  const text = GRANTED.replace('id: sr-2026-001', 'id: sr-2026-008');
  if (!from.test(text)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
}

describe('sharing requests validate refuses (built CLI, offline)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-sharing-errors-'));
    for (const name of ['manifests', 'sharing', 'corrections', 'Pulumi.yaml', 'Pulumi.dev.yaml'])
      cpSync(join(root, name), join(dir, name), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a providing system that does not exist', variant(/ {4}system: 181/, '    system: 999'), '2026-06-01'],
    [
      'an unanswered request whose deadline is past the working-day calendar',
      variant(/submittedOn: 2026-03-02\n {2}answer:[^]*$/, 'submittedOn: 2026-12-28\n'),
      '2027-01-25',
    ],
    ['a request that is not YAML', 'apiVersion: envcloud/v1\nkind: SharingRequest\nmetadata: [\n', '2026-06-01'],
  ])(
    'report exits 2 on %s, writing no report',
    (_name, request, asOf) => {
      writeFileSync(join(dir, 'sharing', 'sr-2026-008-x.yaml'), request);
      expect(envcloud(['validate', 'sharing', '--as-of', asOf], dir).code).toBe(1);
      const { code, stderr } = envcloud(['report', '--out', 'r', '--as-of', asOf], dir);
      // The refusal names the file and place of the first error, not "manifest errors" at no place.
      expect([code, stderr]).toEqual([
        2,
        expect.stringMatching(/所读文件有 1 个错误，第一个在 sharing\/sr-2026-008-x\.yaml:\d+:\d+：/),
      ]);
      expect(existsSync(join(dir, 'r'))).toBe(false);
    },
    60000,
  );

  it('stops the plan of a stack, as a manifest with errors does', () => {
    writeFileSync(join(dir, 'sharing', 'sr-2026-008-x.yaml'), variant(/ {4}system: 181/, '    system: 999'));
    const { code, stderr } = envcloud(['preview', '--stack', 'dev', '--out', 'p', '--lang', 'en'], dir);
    expect([code, stderr]).toEqual([2, expect.stringContaining('1 manifest error(s)')]);
    expect(existsSync(join(dir, 'p', 'plan.json'))).toBe(false);
  }, 60000);

  it('does not stop them on a late or overdue answer: that is what the report counts', () => {
    const overdue = GRANTED.replace('submittedOn: 2026-03-02', 'submittedOn: 2026-11-02').replace(
      /\n {2}answer:[^]*$/,
      '\n',
    );
    writeFileSync(join(dir, 'sharing', 'sr-2026-001-gkzdwryzdjkyjcsjkxt.yaml'), overdue);
    expect(envcloud(['validate', 'sharing', '--as-of', '2026-12-04'], dir).code).toBe(1);
    expect(envcloud(['report', '--out', 'r', '--as-of', '2026-12-04'], dir).code).toBe(0);
    expect(envcloud(['preview', '--stack', 'dev', '--out', 'p'], dir).code).toBe(0);
  }, 60000);

  it('does not stop the report on a catalog entry republished late: the report counts it', () => {
    const file = join(
      dir,
      'manifests',
      readdirSync(join(dir, 'manifests')).find((name) => name.startsWith('s011-'))!,
    );
    const text = readFileSync(file, 'utf8');
    if (!/\n( +)publishedOn: 2017-12-31\n/.test(text)) throw new Error('s011 has no publishedOn');
    // 20 working days from the change to the republication: the limit is 15 (rules art. 12).
    writeFileSync(
      file,
      text.replace(
        /\n( +)publishedOn: 2017-12-31\n/,
        '\n$1publishedOn: 2017-12-31\n$1lastChangedOn: 2026-11-02\n$1lastPublishedOn: 2026-11-30\n',
      ),
    );
    const validated = envcloud(['validate', 'manifests', '--as-of', '2026-12-04'], dir);
    expect([validated.code, validated.stdout]).toEqual([1, expect.stringContaining('catalog-published-in-time')]);
    expect(envcloud(['report', '--out', 'r', '--as-of', '2026-12-04'], dir).code).toBe(0);
  }, 60000);

  it('judges the requests against the manifests the plan reads (--manifests)', () => {
    renameSync(join(dir, 'manifests'), join(dir, 'm2'));
    // Only m2/ holds the manifests: the requests' parties are found there.
    expect(envcloud(['preview', '--stack', 'dev', '--manifests', 'm2', '--out', 'p1'], dir).code).toBe(0);
    // No. 181 gone from m2/: sr-2026-001 names a system that does not exist.
    rmSync(
      join(
        dir,
        'm2',
        readdirSync(join(dir, 'm2')).find((name) => name.startsWith('s181-'))!,
      ),
    );
    const { code, stderr } = envcloud(
      ['preview', '--stack', 'dev', '--manifests', 'm2', '--out', 'p2', '--lang', 'en'],
      dir,
    );
    expect([code, stderr]).toEqual([2, expect.stringContaining('1 manifest error(s)')]);
  }, 60000);
});
