import Module from 'node:module';
import { dirname } from 'node:path';

// `require('@pulumi/pulumi')` loads its closure serializer, which loads the TypeScript compiler: 9 MB
// of source compiled at every start (about 0.35 s of CPU), for serializing functions into cloud
// resources, which no envcloud program does. Imported before the SDK by the offline runner, this puts
// a stand-in for `typescript` in Node's module cache that loads the real compiler on first use, so a
// program that does serialize a function behaves exactly as before. Outside Node's own loader (jest
// keeps a module registry of its own) it does nothing.

type Cache = Record<string, Module | undefined>;

function installLazyTypescript(): void {
  const cache = (Module as unknown as { _cache: Cache })._cache;
  if (require.cache !== cache) return;
  let path: string;
  try {
    path = require.resolve('typescript', { paths: [dirname(require.resolve('@pulumi/pulumi/package.json'))] });
  } catch {
    return; // the SDK falls back to its vendored copy, which is not ours to replace
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
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(load(), key) as unknown,
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  cache[path] = stub;
}

installLazyTypescript();
