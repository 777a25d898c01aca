// Generates validation/manifest-verdict.generated.js: the schema's yes/no validator compiled ahead of
// time with ajv's standalone code, so neither the main thread nor a worker pays to compile it at every
// start. tests/schema.test.ts fails when the committed file is stale: run `npm run gen:validator`.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(root, 'schema/system-migration.v1.schema.json');
export const validatorPath = join(root, 'validation/manifest-verdict.generated.js');

export function generateValidator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The same options as the runtime verdict validator (validation/schema-check.ts), plus standalone code.
  const ajv = new Ajv2020.default({
    allErrors: false,
    verbose: false,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, lines: false },
  });
  addFormats.default(ajv, ['date', 'email', 'hostname']);
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  return `/* Generated from schema/system-migration.v1.schema.json by \`npm run gen:validator\`. Do not edit. */\n${code}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(validatorPath, generateValidator());
  console.log(`wrote ${validatorPath}`);
}
