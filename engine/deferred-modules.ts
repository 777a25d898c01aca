import Module from 'node:module';
import { dirname } from 'node:path';

// `require('@pulumi/pulumi')` loads the SDK's closure serializer, which loads the TypeScript compiler
// (9 MB of source) and npm's Arborist at once: about 0.3 s and 0.5 s of CPU at every start, for
// serializing functions into cloud resources, which no envcloud program does. Imported before the SDK
// by the offline runner, this puts a stand-in for each in Node's module cache that loads the real
// module on first use, so a program that does serialize a function behaves as before. Outside Node's
// own loader (jest keeps a module registry of its own) it does nothing.

interface Deferred {
  request: string;
  /**
   * The exports a loader may list before it uses any: TypeScript's `__importStar`, as the SDK imports
   * Arborist with, lists them (and asks for `__esModule`) at load. Without names, listing loads the module.
   * A name missing here is still reached through `default`, the module itself.
   */
  names?: readonly string[];
}

const DEFERRED: readonly Deferred[] = [
  { request: 'typescript' },
  // @npmcli/arborist 9 (package-lock.json): a CommonJS class with these static members.
  { request: '@npmcli/arborist', names: ['Arborist', 'Node', 'Link', 'Edge', 'Shrinkwrap'] },
];

type Cache = Record<string, Module | undefined>;

function defer(cache: Cache, from: string, { request, names }: Deferred): void {
  let path: string;
  try {
    path = require.resolve(request, { paths: [from] });
  } catch {
    return; // not installed where the SDK looks: the SDK's own fallback stays as it is
  }
  if (cache[path]) return;
  let real: object | undefined;
  const load = (): object => {
    if (!real) {
      delete cache[path];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real = require(path) as object;
    }
    return real;
  };
  const listed = (key: string | symbol) =>
    !real && names !== undefined && typeof key === 'string' && names.includes(key);
  /** A function that is the module's export `key` once the module is loaded: called, constructed or read. */
  const standIn = (key: string): unknown => {
    const target = () => Reflect.get(load(), key) as (...args: unknown[]) => unknown;
    return new Proxy(function deferred() {}, {
      apply: (_, self, args) => Reflect.apply(target(), self, args) as unknown,
      construct: (_, args) => Reflect.construct(target(), args) as object,
      get: (_, inner) => Reflect.get(target(), inner) as unknown,
    });
  };
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = new Proxy(
    {},
    {
      get: (_, key) => {
        if (!real && names && key === '__esModule') return undefined;
        return listed(key) ? standIn(key as string) : (Reflect.get(load(), key) as unknown);
      },
      has: (_, key) => listed(key) || Reflect.has(load(), key),
      ownKeys: () => (!real && names ? [...names] : Reflect.ownKeys(load())),
      getOwnPropertyDescriptor: (_, key) => {
        if (listed(key)) return { configurable: true, enumerable: true, writable: true, value: undefined };
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  cache[path] = stub;
}

function deferSdkModules(): void {
  const cache = (Module as unknown as { _cache: Cache })._cache;
  if (require.cache !== cache) return;
  let sdk: string;
  try {
    sdk = dirname(require.resolve('@pulumi/pulumi/package.json'));
  } catch {
    return;
  }
  for (const deferred of DEFERRED) defer(cache, sdk, deferred);
}

deferSdkModules();
