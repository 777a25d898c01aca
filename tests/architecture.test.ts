// The layering, checked with dependency-cruiser over the sources (rules in .dependency-cruiser.cjs).
// Its CLI runs in a child process: it is an ES module, which jest's module sandbox cannot import.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, PRODUCT_FOLDERS } from './support/sources';

const root = join(__dirname, '..');
const FOLDERS = PRODUCT_FOLDERS;

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

describe('the layers', () => {
  // A folder of sources missing from the list would be left out of the check above, and pass unseen.
  it('name every top-level folder of TypeScript sources but the tests', () => {
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .filter((name) => !['node_modules', 'dist', 'tests'].includes(name))
      .filter((name) => filesUnder(join(root, name), /\.ts$/).length > 0);
    expect(folders.filter((name) => !FOLDERS.includes(name))).toEqual([]);
    // And the list is the one dependency-cruiser reads, in order from the bottom.
    expect(FOLDERS.slice(0, 3)).toEqual(['schema', 'model', 'document']);
  });
});

describe('the code’s size', () => {
  // Each file does one thing (README, Contributing): past about 400 lines a file holds two, and is split.
  const MAX_LINES = 400;
  const folders = [...FOLDERS, 'waves', 'tests', 'bin'];
  const sources = (dir: string) =>
    filesUnder(dir, /\.(ts|js|mjs|cjs)$/, ['fixtures', 'assets']).filter((file) => !file.includes('.generated.'));
  it(`has no source or test file over ${MAX_LINES} lines`, () => {
    const long = [...new Set(folders)]
      .flatMap((folder) => sources(join(root, folder)))
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
