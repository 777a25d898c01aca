import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Loads the built offline runner in a fresh Node process, then runs `after`; answers what it printed. */
function inFreshNode(after: string): string {
  const script = `
    const Module = require('node:module');
    const compile = Module.prototype._compile;
    Module.prototype._compile = function (code, file) {
      if (file.includes('/typescript/lib/')) console.log('compiled typescript');
      return compile.apply(this, arguments);
    };
    require('./dist/engine/offline.js');
    console.log('runner loaded');
    ${after}`;
  return execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
}

describe('the offline runner and the TypeScript compiler the Pulumi SDK loads', () => {
  it('loads the SDK without compiling TypeScript', () => {
    expect(inFreshNode('')).toBe('runner loaded\n');
  });

  it('gives the real compiler to whoever uses it', () => {
    const printed = inFreshNode(`
      const ts = require('typescript');
      const source = ts.createSourceFile('f.ts', 'const x = 1;', ts.ScriptTarget.ES2020);
      console.log(ts.version === require('typescript/package.json').version, source.statements.length);`);
    expect(printed).toBe('runner loaded\ncompiled typescript\ntrue 1\n');
  });
});
