import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud } from '../support/cli';

/** `envcloud new` for a system merged into a business system, from flags. */
const NEW_SYSTEM = [
  'new',
  '--name',
  '排污许可移动执法系统',
  '--managing-unit',
  '环境监察局',
  '--outcome',
  'merge',
  '--business-system',
  'inspection-enforcement',
  '--dir',
  'manifests',
];

describe('envcloud new', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-new-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('scaffolds an Annex 1 system from its number, valid as written, and never overwrites it', () => {
    const first = envcloud(['new', '--number', '27', '--dir', 'manifests'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created manifests/s027-');
    const file = join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}# my edit\n`);
    const again = envcloud(['new', '--number', '27', '--dir', 'manifests'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has a manifest');
    expect(readFileSync(file, 'utf8')).toContain('# my edit');
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it('scaffolds a new system from flags with the next free number', () => {
    const { code } = envcloud(NEW_SYSTEM, dir);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!), 'utf8');
    expect(text).toContain('number: 183');
    expect(text).toContain('businessSystem: inspection-enforcement');
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it('takes a number free in manifests/ too, the lowest free one once 99999 is taken, and refuses one past 99999', () => {
    expect(envcloud(NEW_SYSTEM, dir).code).toBe(0); // manifests/s183-…
    const flags = ['--name', '测试系统', '--managing-unit', '办公厅', '--outcome', 'keep'];
    expect(envcloud(['new', ...flags, '--dir', 'drafts'], dir).stdout).toContain('created drafts/s184-');
    // A draft numbered 99999 (valid), and numbers no manifest can have, which are no number at all.
    const odd = join(dir, 'odd');
    envcloud(['new', ...flags, '--dir', 'odd'], dir);
    writeFileSync(join(odd, 'a.yaml'), 'metadata:\n  number: 99999\n');
    writeFileSync(join(odd, 'b.yaml'), 'metadata:\n  number: .nan\n');
    writeFileSync(join(odd, 'c.yaml'), 'metadata:\n  number: 123456789012345678901234567890\n');
    // A tag and a directive the yaml library warns of: no raw Node warning on stderr.
    writeFileSync(join(odd, 'd.yaml'), 'metadata:\n  number: !foo 5\n');
    writeFileSync(join(odd, 'e.yaml'), '%YAML 9.9\n---\nmetadata: { number: 6 }\n');
    const next = envcloud(['new', ...flags, '--slug', 's185-next', '--dir', 'odd'], dir);
    expect([next.code, next.stdout]).toEqual([0, expect.stringContaining('created odd/s185-next.yaml for system 185')]);
    expect(next.stderr).toBe('');
    const past = envcloud(['new', '--number', '100000', ...flags, '--lang', 'zh'], dir);
    expect([past.code, past.stderr]).toEqual([2, expect.stringContaining('--number 100000 超出了最大的序号 99999')]);
  });

  it("dates a new system from --as-of (after it, never overdue at once), while an Annex 1 system keeps the plan's dates", () => {
    expect(envcloud([...NEW_SYSTEM, '--as-of', '2026-12-01'], dir).code).toBe(0);
    const text = readFileSync(join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!), 'utf8');
    // merge's plan deadline 2017-12-31 is three months after the plan's first (2017-10-31), which becomes the end of the month after --as-of.
    expect(text).toMatch(/deadline: ["']?2027-03-31/);
    expect(text).toMatch(/publishedOn: ["']?2027-03-31/);
    expect(text).not.toMatch(/201[78]-\d\d-\d\d/);
    const annex1 = envcloud(['new', '--number', '27', '--dir', 'manifests', '--as-of', '2026-12-01'], dir);
    expect(annex1.code).toBe(0);
    const file = readdirSync(join(dir, 'manifests')).find((name) => name.startsWith('s027-'))!;
    expect(readFileSync(join(dir, 'manifests', file), 'utf8')).toMatch(/deadline: ["']?2017-12-31/);
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it('refuses, before writing, a scaffold that would not validate: exit 1 with the findings, no file', () => {
    const { code, stdout, stderr } = envcloud(
      [
        'new',
        '--name',
        '测试系统',
        '--managing-unit',
        '办公厅',
        '--outcome',
        'exempt',
        '--business-system',
        'air',
        '--dir',
        'manifests',
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/manifests\/s183-csxt\.yaml:\d+:\d+: error\[merge-names-business-system\]/);
    expect(stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'manifests', 's183-csxt.yaml'))).toBe(false);
    // The same flags without the contradiction are written.
    expect(
      envcloud(
        ['new', '--name', '测试系统', '--managing-unit', '办公厅', '--outcome', 'exempt', '--dir', 'manifests'],
        dir,
      ).code,
    ).toBe(0);
    expect(existsSync(join(dir, 'manifests', 's183-csxt.yaml'))).toBe(true);
  });

  it('refuses a slug that is not one before writing anything, so no path leaves the manifests folder', () => {
    for (const slug of ['../../evil2', 'a/b', 'Upper', '']) {
      const { code, stderr } = envcloud(['new', '--number', '27', '--slug', slug, '--dir', 'manifests'], dir);
      expect({ slug, code }).toEqual({ slug, code: 2 });
      expect(stderr).toContain(slug === '' ? '--slug is empty' : 'is not a slug');
    }
    expect(readdirSync(dir)).toEqual([]);
    // Where `manifests/../../evil2.yaml` would land: beside the project folder, not in it.
    expect(existsSync(join(dir, '..', 'evil2.yaml'))).toBe(false);
  });

  it('refuses incomplete flags with exit 2 and names what is missing', () => {
    const { code, stderr } = envcloud(['new', '--name', '某系统', '--dir', 'manifests'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--managing-unit, --outcome');
    const merge = envcloud(
      ['new', '--name', '某系统', '--managing-unit', '办公厅', '--outcome', 'merge', '--dir', 'manifests'],
      dir,
    );
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain('--outcome merge needs --business-system');
  });
});
