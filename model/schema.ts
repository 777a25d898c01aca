import correctionSchemaJson from '../schema/data-correction.v1.schema.json';
import requestSchemaJson from '../schema/sharing-request.v1.schema.json';
import schemaJson from '../schema/system-migration.v1.schema.json';

/** The manifest JSON Schema (draft 2020-12), the single source of truth for the manifest's shape. */
export const manifestSchema: Readonly<Record<string, unknown>> = schemaJson;

export const MANIFEST_SCHEMA_ID: string = schemaJson.$id;

/** Path of the schema relative to the repository root, as the `yaml-language-server` modeline uses it. */
export const MANIFEST_SCHEMA_FILE = 'schema/system-migration.v1.schema.json';

type Defs = typeof schemaJson.$defs;

/** The allowed values of an enum defined under `$defs`, read from the schema so code and schema cannot disagree. */
export function enumValues<K extends keyof Defs>(def: K): readonly string[] {
  const node = schemaJson.$defs[def] as { enum?: readonly string[] };
  if (!node.enum) throw new Error(`schema $defs.${String(def)} has no enum`);
  return node.enum;
}

/** A system's slug (an RFC 1123 label), read from the schema: it names files and Kubernetes objects. */
export const SLUG_PATTERN = new RegExp(schemaJson.$defs.metadata.properties.slug.pattern);

/** The SharingRequest JSON Schema (draft 2020-12): the second manifest kind, one request per file in `sharing/`. */
export const requestSchema: Readonly<Record<string, unknown>> = requestSchemaJson;

/** Path of the request schema relative to the repository root, as the `yaml-language-server` modeline uses it. */
export const REQUEST_SCHEMA_FILE = 'schema/sharing-request.v1.schema.json';

/** The DataCorrection JSON Schema (draft 2020-12): the third manifest kind, one correction record per file in `corrections/`. */
export const correctionSchema: Readonly<Record<string, unknown>> = correctionSchemaJson;

/** Path of the correction schema relative to the repository root, as the `yaml-language-server` modeline uses it. */
export const CORRECTION_SCHEMA_FILE = 'schema/data-correction.v1.schema.json';

/** The `kind` of each manifest kind envcloud reads. */
export const MANIFEST_KINDS = {
  system: 'SystemMigration',
  request: 'SharingRequest',
  correction: 'DataCorrection',
} as const;
