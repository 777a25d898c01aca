// A sharing request `validate` refuses stops the commands that read sharing/: `report` left it out of
// its figures (an overdue request vanished) and the plan computed grants from it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      expect([code, stderr]).toEqual([2, expect.stringContaining('清单有 1 个错误')]);
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
});
