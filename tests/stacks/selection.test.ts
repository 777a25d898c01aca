import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { selectionProblems } from '../../stacks/selection';
import { StackConfigError } from '../../stacks/stack-file';
import { happyManifest } from '../support/manifests';

const root = join(__dirname, '../..');

describe('a systems selection that matches nothing', () => {
  const manifests = [happyManifest()];
  const { number } = manifests[0]!.metadata;
  const unit = manifests[0]!.metadata.managingUnit;

  it('is nothing to say when every value is in the manifests', () => {
    expect(selectionProblems(manifests, { numbers: [number], units: [unit] })).toEqual([]);
    expect(selectionProblems(manifests, undefined)).toEqual([]);
  });
  it('names each unknown number, wave and unit, with the closest value the manifests have', () => {
    const problems = selectionProblems(manifests, { numbers: [number, 999], waves: [7], units: [`${unit}局`] });
    expect(problems.map((problem) => problem.path)).toEqual([
      ['systems', 'numbers', 1],
      ['systems', 'waves', 0],
      ['systems', 'units', 0],
    ]);
    expect(problems[2]).toMatchObject({
      key: 'envcloud:systems',
      message: expect.stringContaining('which no manifest has'),
      hint: expect.stringContaining(`did you mean \`${unit}\``),
    });
  });
  // `numbers: [2]` with `waves: [1]` (no. 2 is in wave 2) deployed nothing, and the audit passed.
  it('says when criteria each met by some system select none together, and not for an empty list on purpose', () => {
    const { wave } = manifests[0]!.spec.schedule;
    const problems = selectionProblems(manifests, { numbers: [number], waves: [wave + 1] });
    // The wave no manifest has is named first; with a second system in it, the empty intersection is.
    expect(problems.map((problem) => problem.path)).toEqual([['systems', 'waves', 0]]);
    const other = happyManifest({ number: number + 1 });
    other.spec.schedule.wave = wave + 1;
    const both = selectionProblems([...manifests, other], { numbers: [number], waves: [wave + 1] });
    expect(both).toEqual([
      expect.objectContaining({
        key: 'envcloud:systems',
        path: ['systems'],
        message: expect.stringContaining('selects no system: each of numbers, waves is met by some manifest'),
      }),
    ]);
    expect(selectionProblems([...manifests, other], { numbers: [], waves: [wave + 1] })).toEqual([]);
    expect(selectionProblems([...manifests, other], { numbers: [number], waves: [wave] })).toEqual([]);
  });
  it('stops an offline run with the value located in Pulumi.<stack>.yaml, before anything is registered', async () => {
    const project = mkdtempSync(join(tmpdir(), 'envcloud-selection-'));
    try {
      copyFileSync(join(root, 'Pulumi.yaml'), join(project, 'Pulumi.yaml'));
      const text = readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8').replace(
        'numbers: [2, 4, 18, 23, 29, 120]',
        'numbers: [2, 4, 18, 23, 29, 1200]',
      );
      writeFileSync(join(project, 'Pulumi.dev.yaml'), text);
      const line = text.split('\n').findIndex((row) => row.includes('1200')) + 1;
      const run = runStackOffline(project, 'dev', { manifestsDir: join(root, 'manifests') });
      await expect(run).rejects.toThrow(StackConfigError);
      await expect(runStackOffline(project, 'dev', { manifestsDir: join(root, 'manifests') })).rejects.toThrow(
        new RegExp(
          `^Pulumi\\.dev\\.yaml:${line}:\\d+: error\\[stack-config\\]: envcloud:systems selects system number \`1200\``,
        ),
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
