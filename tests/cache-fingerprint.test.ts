import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type * as Fs from 'node:fs';

// The fingerprint of the validate cache (validation/cache-fingerprint.ts): which code and packages it
// reads, and that each of them changes it. The code is read once per process, so each case loads the
// module afresh over a node:fs that records the reads and can change what one file holds.

type Fingerprint = (overrides?: Record<string, string>) => string;
const root = join(__dirname, '..');

interface Load {
  fingerprint: Fingerprint;
  read: string[];
}

/** Loads the module with `change` deciding what a read file holds (undefined: as it is; an Error: it is thrown). */
function load(
  change: (path: string, actual: Buffer | string) => Buffer | string | Error | undefined = () => undefined,
  listing: (path: string, entries: Fs.Dirent[]) => Fs.Dirent[] = (_path, entries) => entries,
  modules: Record<string, (actual: any) => object> = {},
): Load {
  const read: string[] = [];
  let fingerprint: Fingerprint | undefined;
  jest.isolateModules(() => {
    jest.doMock('node:fs', () => {
      const actual = jest.requireActual<typeof Fs>('node:fs');
      return {
        ...actual,
        readFileSync: (path: string, ...rest: unknown[]) => {
          read.push(String(path));
          const value = (actual.readFileSync as (...args: unknown[]) => Buffer | string)(path, ...rest);
          const changed = change(String(path), value);
          if (changed instanceof Error) throw changed;
          return changed ?? value;
        },
        readdirSync: (path: string, options: unknown) =>
          listing(String(path), (actual.readdirSync as (...args: unknown[]) => Fs.Dirent[])(path, options)),
      };
    });
    for (const [name, replace] of Object.entries(modules)) jest.doMock(name, () => replace(jest.requireActual(name)));
    fingerprint = (require('../validation/cache-fingerprint') as { cacheFingerprint: Fingerprint }).cacheFingerprint;
  });
  jest.dontMock('node:fs');
  for (const name of Object.keys(modules)) jest.dontMock(name);
  return { fingerprint: fingerprint!, read };
}

const code = (read: string[]) => read.filter((path) => !path.includes(`${sep}node_modules${sep}`));

describe('cacheFingerprint', () => {
  it('reads the code of validation/, document/ and model/ (sources, not declarations or notes) and the generated verdict, once per process', () => {
    const { fingerprint, read } = load();
    // What loading the module read (its version, its schemas) is no part of this.
    read.length = 0;
    const first = fingerprint();
    // The schemas and rules are loaded first (they read generated code); the code hash starts at document/.
    const all = code(read);
    const files = all.slice(all.findIndex((path) => path.startsWith(join(root, 'document'))));
    expect(files).toEqual(
      expect.arrayContaining([join(root, 'validation', 'cache.ts'), join(root, 'document', 'load.ts')]),
    );
    expect(files).toContain(join(root, 'model', 'schema.ts'));
    expect(files).toContain(join(root, 'validation', 'rules', 'rule.ts'));
    // The verdict is found in validation/ and named again from the package root (where dist/ loads it).
    const verdict = join(root, 'validation', 'manifest-verdict.generated.js');
    expect(files.filter((path) => path === verdict)).toHaveLength(2);
    expect(read.every((path) => path.startsWith(root + sep))).toBe(true);
    expect(files.some((path) => path.endsWith('.md') || path.endsWith('.d.ts'))).toBe(false);
    expect(files.some((path) => path.startsWith(join(root, 'cli')) || path.startsWith(join(root, 'policies')))).toBe(
      false,
    );
    // In sorted order.
    expect(files).toEqual([...files].sort());
    const count = read.length;
    expect(fingerprint()).toBe(first);
    expect(fingerprint({})).toBe(first);
    expect(read).toHaveLength(count);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the version of each package the results depend on', () => {
    const { fingerprint, read } = load();
    read.length = 0;
    fingerprint();
    const packages = read
      .filter((path) => path.includes(`${sep}node_modules${sep}`))
      .map((path) => relative(join(root, 'node_modules'), dirname(path)).split(sep).join('/'));
    // The parsers, the schema checker and the message renderer decide what a file's result says.
    expect(packages).toEqual(expect.arrayContaining(['ajv', 'ajv-formats', 'js-yaml', 'yaml', 'intl-messageformat']));
    // Each is read from its own package.json, once, and is a package the tool depends on at run time.
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(new Set(packages).size).toBe(packages.length);
    expect(packages.filter((name) => !(name in dependencies))).toEqual([]);
    expect(
      read
        .filter((path) => path.includes(`${sep}node_modules${sep}`))
        .every((path) => path.endsWith(`${sep}package.json`)),
    ).toBe(true);
  });

  it('changes with one byte of the code, one package version, or a file that cannot be read', () => {
    const base = load().fingerprint();
    const target = join(root, 'validation', 'files.ts');
    const edited = load((path, actual) => (path === target ? `${String(actual)} ` : undefined)).fingerprint();
    expect(edited).not.toBe(base);
    const unreadable = load((path) => (path === target ? new Error('EACCES') : undefined)).fingerprint();
    expect(unreadable).not.toBe(base);
    expect(unreadable).not.toBe(edited);
    const yamlPackage = join(root, 'node_modules', 'yaml', 'package.json');
    const upgraded = load((path, actual) =>
      path === yamlPackage ? JSON.stringify({ ...JSON.parse(String(actual)), version: '99.0.0' }) : undefined,
    ).fingerprint();
    expect(upgraded).not.toBe(base);
    const missing = load((path) => (path === yamlPackage ? new Error('ENOENT') : undefined)).fingerprint();
    expect(missing).not.toBe(base);
    expect(missing).not.toBe(upgraded);
    // A package that cannot be read is version '?'.
    const unknown = load((path, actual) =>
      path === yamlPackage ? JSON.stringify({ ...JSON.parse(String(actual)), version: '?' }) : undefined,
    ).fingerprint();
    expect(missing).toBe(unknown);
    // A file that cannot be read is not an empty file.
    expect(unreadable).not.toBe(load((path) => (path === target ? '' : undefined)).fingerprint());
  });

  it('names each file it hashes: the same bytes under another name are another code', () => {
    const base = load().fingerprint();
    const a = join(root, 'validation', 'files.ts');
    const b = join(root, 'validation', 'parallel.ts');
    const { readFileSync } = jest.requireActual<typeof Fs>('node:fs');
    const [textA, textB] = [readFileSync(a), readFileSync(b)];
    // The two files' contents swapped: the bytes hashed in order are not the same stream with the names in it.
    const swapped = load((path) => (path === a ? textB : path === b ? textA : undefined)).fingerprint();
    expect(swapped).not.toBe(base);
  });

  it('does not depend on the order the folders list their files in', () => {
    const base = load().fingerprint();
    expect(load(undefined, (_path, entries) => [...entries].reverse()).fingerprint()).toBe(base);
  });

  it('reads a folder that cannot be listed as empty', () => {
    const base = load().fingerprint();
    const gone = load(undefined, (path, entries) => {
      if (path === join(root, 'validation', 'rules')) throw new Error('EACCES');
      return entries;
    });
    expect(gone.fingerprint()).not.toBe(base);
    expect(gone.read.every((path) => path.startsWith(root + sep))).toBe(true);
    expect(code(gone.read).some((path) => path.includes(`${sep}rules${sep}`))).toBe(false);
  });

  it('hashes .js, .ts and .json files, not declarations or other files', () => {
    const file = (name: string) => ({ name, isDirectory: () => false }) as Fs.Dirent;
    const names = ['extra.json', 'extra.js', 'extra.d.ts', 'extra.md', 'extra.json.bak', 'extra.tsx'];
    const { fingerprint, read } = load(undefined, (path, entries) =>
      path === join(root, 'validation') ? [...entries, ...names.map(file)] : entries,
    );
    fingerprint();
    expect(read.every((path) => path.startsWith(root + sep))).toBe(true);
    const extra = read.filter((path) => path.startsWith(join(root, 'validation', 'extra')));
    expect(extra).toEqual([join(root, 'validation', 'extra.js'), join(root, 'validation', 'extra.json')]);
  });

  it('changes with the schemas and with the rules', () => {
    const base = load().fingerprint();
    const schema = load(undefined, undefined, {
      '../model/schema': (actual) => ({ ...actual, requestSchema: { ...actual.requestSchema, title: 'changed' } }),
    });
    expect(schema.fingerprint()).not.toBe(base);
    const rules = load(undefined, undefined, {
      '../validation/rules': (actual) => ({
        ...actual,
        ALL_RULE_INFO: actual.ALL_RULE_INFO.map((info: object, index: number) =>
          index === 0 ? { ...info, title: 'changed' } : info,
        ),
      }),
    });
    expect(rules.fingerprint()).not.toBe(base);
  });

  it('changes with each of its parts', () => {
    const { fingerprint } = load();
    const base = fingerprint();
    const changed = ['version', 'schemas', 'rules', 'code', 'dependencies'].map((part) => fingerprint({ [part]: 'x' }));
    expect(new Set([base, ...changed]).size).toBe(6);
  });
});
