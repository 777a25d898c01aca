import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../model/schema';

const root = join(__dirname, '..');

/** Every subschema that describes a value, with the path it sits at. */
function subschemas(node: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return out;
  const schema = node as Record<string, unknown>;
  out.push([path, schema]);
  for (const [name, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) subschemas(child, `${path}.${name}`, out);
  if (schema.items) subschemas(schema.items, `${path}[]`, out);
  for (const [name, child] of Object.entries((schema.$defs as Record<string, unknown>) ?? {})) subschemas(child, `#/$defs/${name}`, out);
  return out;
}

describe('the manifest schema', () => {
  it('is draft 2020-12 with an $id', () => {
    expect(manifestSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(manifestSchema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
  });

  it('describes every field (a `$ref` is described by the definition it points to)', () => {
    const undescribed = subschemas(manifestSchema, '$')
      .filter(([, schema]) => typeof schema.$ref !== 'string')
      .filter(([, schema]) => typeof schema.description !== 'string' || (schema.description as string).length < 5)
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('matches its snapshot (a change to the contract is a reviewed change)', () => {
    expect(manifestSchema).toMatchSnapshot();
  });

  it('and the committed TypeScript types agree: regenerating them gives the committed file', () => {
    const generated = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('./scripts/generate-types.mjs'); process.stdout.write(await m.generateTypes());"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(generated).toBe(readFileSync(join(root, 'model/manifest.generated.ts'), 'utf8'));
  });

  it('and the precompiled verdict validator agrees: regenerating it gives the committed file', () => {
    const generated = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('./scripts/generate-validator.mjs'); process.stdout.write(m.generateValidator());"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(generated).toBe(readFileSync(join(root, 'validation/manifest-verdict.generated.js'), 'utf8'));
  });
});
