import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProjectFile, programDirectory } from '../../stacks/project-file';

const root = join(__dirname, '../..');
const shipped = readFileSync(join(root, 'Pulumi.yaml'), 'utf8');

describe('Pulumi.yaml’s runtime and main, read once with its config (#16)', () => {
  it('gives the runtime options and the program folder the language host uses', () => {
    const { project, problems } = loadProjectFile(root);
    expect(problems).toEqual([]);
    expect(project!.runtime).toEqual({
      name: 'nodejs',
      typescript: true,
      tsconfig: '../tsconfig.pulumi.json',
      nodeargs: '--stack-trace-limit=0 --max-semi-space-size=64',
    });
    expect(project!.main).toBe('stacks/');
    expect(programDirectory(project!)).toBe(join(root, 'stacks/'));
  });

  it('puts a runtime option of the wrong type at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-runtime-'));
    try {
      const text = shipped.replace(/nodeargs: (.*)/, 'nodeargs: [$1]');
      writeFileSync(join(dir, 'Pulumi.yaml'), text);
      const line = text.split('\n').findIndex((row) => row.includes('nodeargs: [')) + 1;
      expect(loadProjectFile(dir).problems).toEqual([
        expect.objectContaining({ file: 'Pulumi.yaml', line, column: 15, message: 'must be a string' }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
