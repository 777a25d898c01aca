// Generates validation/manifest-verdict.generated.js and validation/manifest-report.generated.js: the
// schema's yes/no validator and its validator that reports every error, compiled ahead of time with
// ajv's standalone code, so neither the main thread nor a worker pays to compile them at every start
// (the reporting one cost about 120 ms in every run that met a file that does not conform).
// tests/schema-precompiled.test.ts fails when a committed file is stale: run
// `npm run gen:validator`.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(root, 'schema/system-migration.v1.schema.json');
export const validatorPath = join(root, 'validation/manifest-verdict.generated.js');
export const reportingValidatorPath = join(root, 'validation/manifest-report.generated.js');

/** The verdict validator: the options of validation/schema-check.ts's `compile(false)`. */
export function generateValidator() {
  return generate({ allErrors: false, verbose: false });
}

/** The reporting validator: the options of validation/schema-check.ts's `compileReporting`. */
export function generateReportingValidator() {
  return generate({ allErrors: true, verbose: true });
}

function generate(options) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The runtime validator's options (validation/schema-check.ts), plus standalone code.
  const ajv = new Ajv2020.default({
    ...options,
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
  writeFileSync(reportingValidatorPath, generateReportingValidator());
  console.log(`wrote ${validatorPath} and ${reportingValidatorPath}`);
}
