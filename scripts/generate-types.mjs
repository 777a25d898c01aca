// Generates model/manifest.generated.ts from the JSON Schema, so the TypeScript types cannot drift
// from the contract editors and the validator use. tests/schema.test.ts fails when the committed file
// is stale: run `npm run gen:types` after editing the schema.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(root, 'schema/system-migration.v1.schema.json');
export const typesPath = join(root, 'model/manifest.generated.ts');

export async function generateTypes() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return compile(schema, 'SystemMigration', {
    bannerComment: '/* Generated from schema/system-migration.v1.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    maxItems: -1,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

export const requestSchemaPath = join(root, 'schema/sharing-request.v1.schema.json');
export const requestTypesPath = join(root, 'model/sharing-request.generated.ts');

/** The SharingRequest types (model/sharing-request.generated.ts), from their own schema. */
export async function generateRequestTypes() {
  const schema = JSON.parse(readFileSync(requestSchemaPath, 'utf8'));
  return compile(schema, 'SharingRequest', {
    bannerComment: '/* Generated from schema/sharing-request.v1.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    maxItems: -1,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

export const correctionSchemaPath = join(root, 'schema/data-correction.v1.schema.json');
export const correctionTypesPath = join(root, 'model/data-correction.generated.ts');

/** The DataCorrection types (model/data-correction.generated.ts), from their own schema. */
export async function generateCorrectionTypes() {
  const schema = JSON.parse(readFileSync(correctionSchemaPath, 'utf8'));
  return compile(schema, 'DataCorrection', {
    bannerComment: '/* Generated from schema/data-correction.v1.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    maxItems: -1,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(typesPath, await generateTypes());
  console.log(`wrote ${typesPath}`);
  writeFileSync(requestTypesPath, await generateRequestTypes());
  console.log(`wrote ${requestTypesPath}`);
  writeFileSync(correctionTypesPath, await generateCorrectionTypes());
  console.log(`wrote ${correctionTypesPath}`);
}
