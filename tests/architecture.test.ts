// The layering, checked with dependency-cruiser over the sources (rules in .dependency-cruiser.cjs).
// Its CLI runs in a child process: it is an ES module, which jest's module sandbox cannot import.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const FOLDERS = [
  'model',
  'document',
  'validation',
  'inventory',
  'components',
  'stacks',
  'engine',
  'waves',
  'policies',
  'audit',
  'reports',
  'cli',
  'scripts',
];

describe('the code’s layering', () => {
  it('has no upward import between folders and no import cycle', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
        ...FOLDERS,
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect({ status: result.status, violations: `${result.stdout}${result.stderr}`.trim() }).toEqual({
      status: 0,
      violations: expect.stringContaining('no dependency violations found'),
    });
  }, 120000);
});
