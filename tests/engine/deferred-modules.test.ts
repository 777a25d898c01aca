import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Loads the built offline runner in a fresh Node process, then runs `after`; answers what it printed. */
function inFreshNode(after: string): string {
  const script = `
    const Module = require('node:module');
    const compile = Module.prototype._compile;
    const seen = new Set();
    Module.prototype._compile = function (code, file) {
      for (const name of ['/typescript/lib/', '/@npmcli/arborist/'])
        if (file.includes(name) && !seen.has(name)) { seen.add(name); console.log('compiled ' + name); }
      return compile.apply(this, arguments);
    };
    require('./dist/engine/offline.js');
    console.log('runner loaded');
    (async () => { ${after} })();`;
  return execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
}

describe('the offline runner and the modules the Pulumi SDK loads for serializing functions', () => {
  it('loads the SDK without compiling TypeScript or npm’s Arborist', () => {
    expect(inFreshNode('')).toBe('runner loaded\n');
  });

  it('gives the real TypeScript compiler to whoever uses it', () => {
    const printed = inFreshNode(`
      const ts = require('typescript');
      const source = ts.createSourceFile('f.ts', 'const x = 1;', ts.ScriptTarget.ES2020);
      console.log(ts.version === require('typescript/package.json').version, source.statements.length);`);
    expect(printed).toBe('runner loaded\ncompiled /typescript/lib/\ntrue 1\n');
  });

  it('lets the SDK construct an Arborist when it computes a program’s code paths', () => {
    const printed = inFreshNode(`
      const paths = await require('@pulumi/pulumi/runtime/closure/codePaths').computeCodePaths();
      const { Arborist } = require('@npmcli/arborist');
      console.log(paths.size > 0, typeof Arborist, new Arborist({ path: '.' }) instanceof Arborist);`);
    expect(printed).toBe('runner loaded\ncompiled /@npmcli/arborist/\ntrue function true\n');
  });
});
