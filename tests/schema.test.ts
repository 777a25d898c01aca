import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../model/schema';

const root = join(__dirname, '..');

/** Every subschema that describes a value, with the path it sits at. */
function subschemas(
  node: unknown,
  path: string,
  out: [string, Record<string, unknown>][] = [],
): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return out;
  const schema = node as Record<string, unknown>;
  out.push([path, schema]);
  for (const [name, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {}))
    subschemas(child, `${path}.${name}`, out);
  if (schema.items) subschemas(schema.items, `${path}[]`, out);
  for (const [name, child] of Object.entries((schema.$defs as Record<string, unknown>) ?? {}))
    subschemas(child, `#/$defs/${name}`, out);
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

  // The contract the units write to, stated here rather than copied: a change to any of it fails a
  // test that says what changed (a missing required field, a new enum value, an open object).
  const schemas = () => subschemas(manifestSchema, '$');
  const at = (path: string) => schemas().find(([where]) => where === path)![1];

  it('closes every object: an unknown or misspelt key is an error, not ignored', () => {
    const objects = schemas().filter(([, schema]) => schema.type === 'object');
    expect(objects.length).toBeGreaterThanOrEqual(25);
    expect(objects.filter(([, schema]) => schema.additionalProperties !== false).map(([path]) => path)).toEqual([]);
  });

  it('requires exactly these fields of each object', () => {
    const required = Object.fromEntries(
      schemas()
        .filter(([, schema]) => schema.type === 'object')
        .map(([path, schema]) => [path, schema.required ?? []]),
    );
    expect(required).toEqual({
      $: ['apiVersion', 'kind', 'metadata', 'spec'],
      '#/$defs/metadata': ['number', 'name', 'slug', 'managingUnit', 'reportingUnit', 'contact'],
      '#/$defs/contact': ['name'],
      '#/$defs/spec': ['disposition', 'integration', 'protection', 'schedule'],
      '#/$defs/disposition': ['outcome'],
      // The Annex 2 opinion form: every question but the internet portal's is answered by every system.
      '#/$defs/integration': ['zombie', 'resourceCenter', 'extranetPortal', 'cloud', 'websiteCluster'],
      '#/$defs/integration.resourceCenter': ['onboard'],
      '#/$defs/integration.extranetPortal': ['connect'],
      '#/$defs/integration.internetPortal': ['connect'],
      '#/$defs/integration.cloud': ['migrate'],
      '#/$defs/integration.websiteCluster': ['migrate'],
      // The catalog fields of the interim sharing rules.
      '#/$defs/dataResource': [
        'name',
        'catalogCode',
        'catalogClass',
        'format',
        'description',
        'providingUnit',
        'updateCycle',
        'publishedOn',
        'sharing',
        'methods',
        'openness',
        'usage',
      ],
      '#/$defs/sharing': ['type'],
      '#/$defs/legalBasis': ['kind', 'issuer', 'title', 'documentNumber', 'article'],
      '#/$defs/placement': ['pool'],
      '#/$defs/workload': ['name', 'image', 'replicas', 'cpu', 'memory', 'ports', 'exposure'],
      '#/$defs/port': ['port'],
      '#/$defs/storage': [],
      '#/$defs/bucket': ['name', 'sizeGiB'],
      '#/$defs/volume': ['name', 'sizeGiB'],
      '#/$defs/database': ['engine', 'sizeGiB'],
      '#/$defs/website': ['domain'],
      '#/$defs/archive': ['destination', 'retentionYears'],
      '#/$defs/protection': ['mlpsLevel', 'backup'],
      '#/$defs/protection.backup': ['tier'],
      '#/$defs/schedule': ['wave', 'deadline', 'status'],
      '#/$defs/schedule.blocked': ['reason', 'owner'],
      '#/$defs/project': ['name', 'buildingUnit', 'fundingChannel'],
    });
  });

  it('allows exactly these values for each enum', () => {
    const enums = Object.fromEntries(
      schemas()
        .filter(([, schema]) => Array.isArray(schema.enum))
        .map(([path, schema]) => [path, schema.enum]),
    );
    expect(enums).toEqual({
      // Annex 1's nine dispositions.
      '#/$defs/outcome': [
        'keep',
        'merge',
        'extranet-portal',
        'internet-portal',
        'data-onboarding',
        'decommission',
        'exempt',
        'website-cluster',
        'already-integrated',
      ],
      // The eight business systems of plan §三(二).7.
      '#/$defs/businessSystem': [
        'air',
        'water',
        'soil',
        'pollution-source',
        'ecological-protection',
        'inspection-enforcement',
        'nuclear-radiation-safety',
        'integrated-office',
      ],
      // The central resource pool and the three professional pools.
      '#/$defs/pool': ['central', 'environmental-monitoring', 'satellite-remote-sensing', 'nuclear-safety'],
      '#/$defs/backupTier': ['gold', 'silver', 'bronze', 'none'],
      // Interim sharing rules: unconditional, conditional and not shared.
      '#/$defs/sharingType': ['unconditional', 'conditional', 'not-shared'],
      '#/$defs/legalBasisKind': [
        'law',
        'administrative-regulation',
        'central-document',
        'departmental-rule',
        'normative-document',
        'internal-rule',
      ],
      '#/$defs/catalogClass': [
        'environmental-quality',
        'pollution-source',
        'ecological-protection',
        'nuclear-radiation-safety',
        'integrated-management',
      ],
      '#/$defs/exposure': ['internal', 'extranet', 'internet'],
      '#/$defs/migrationStatus': ['not-started', 'planned', 'migrating', 'cut-over', 'completed', 'blocked'],
      '#/$defs/integration.resourceCenter.method': ['file-upload', 'interface-extraction', 'data-exchange'],
      '#/$defs/integration.extranetPortal.method': ['unified-entry', 'unified-user', 'single-sign-on'],
      // Base data the information center catalogues (rules art. 14).
      '#/$defs/dataResource.baseData': ['spatial-geographic', 'public-code'],
      '#/$defs/dataResource.format': ['database', 'spreadsheet', 'document', 'spatial', 'imagery', 'stream', 'api'],
      '#/$defs/dataResource.updateCycle': [
        'real-time',
        'daily',
        'weekly',
        'monthly',
        'quarterly',
        'yearly',
        'irregular',
      ],
      '#/$defs/dataResource.methods[]': ['query', 'bulk-download', 'system-integration'],
      '#/$defs/dataResource.openness': ['open', 'restricted', 'closed'],
      '#/$defs/dataResource.usage[]': [
        'administrative-basis',
        'work-reference',
        'data-verification',
        'business-collaboration',
      ],
      '#/$defs/archive.destination': ['resource-center'],
      '#/$defs/database.engine': ['postgresql', 'mysql'],
      '#/$defs/port.protocol': ['TCP', 'UDP'],
      '#/$defs/project.fundingChannel': [
        'fiscal-investment',
        'enterprise-cooperation',
        'purchased-service',
        'fiscal-maintenance',
      ],
    });
  });

  it('names its version and kind, and every $ref points to a definition that exists; every definition is used', () => {
    expect(at('$.apiVersion').const).toBe('envcloud/v1');
    expect(at('$.kind').const).toBe('SystemMigration');
    const defs = Object.keys(manifestSchema.$defs as Record<string, unknown>);
    const refs = schemas().flatMap(([, schema]) => (typeof schema.$ref === 'string' ? [schema.$ref] : []));
    expect(refs.filter((ref) => !defs.includes(ref.replace('#/$defs/', '')))).toEqual([]);
    expect(defs.filter((def) => !refs.includes(`#/$defs/${def}`))).toEqual([]);
  });

  it('bounds the numbers the platform sizes and protects by', () => {
    const bounds = (path: string) => [at(path).type, at(path).minimum, at(path).maximum];
    expect(bounds('#/$defs/metadata.number')).toEqual(['integer', 1, 99999]);
    expect(bounds('#/$defs/protection.mlpsLevel')).toEqual(['integer', 1, 4]); // MLPS (等级保护) levels 1 to 4
    expect(bounds('#/$defs/port.port')).toEqual(['integer', 1, 65535]);
    expect(bounds('#/$defs/workload.replicas')).toEqual(['integer', 0, 100]);
    expect(bounds('#/$defs/database.sizeGiB')).toEqual(['integer', 20, 65536]);
    // A block volume of 20,000 GiB passed validate, preview and audit: an AWS gp3 volume holds at most 16 TiB.
    expect(bounds('#/$defs/volume.sizeGiB')).toEqual(['integer', 1, 16384]);
    expect(bounds('#/$defs/schedule.wave')).toEqual(['integer', 1, 100]);
    expect(bounds('#/$defs/archive.retentionYears')).toEqual(['integer', 1, 100]);
  });

  it.each([
    ['s027-jsxmxzspxtjsxmhpjyssbxt', true],
    ['a', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false], // an RFC 1123 label is at most 63 characters
    ['S027-upper', false],
    ['027-digit-first', false],
    ['ends-with-dash-', false],
    ['../../evil', false],
    ['s027.dot', false],
    ['', false],
  ])('takes slugs that are RFC 1123 labels (they name files and Kubernetes objects): %j is %s', (slug, valid) => {
    expect(new RegExp(at('#/$defs/metadata.slug').pattern as string).test(slug)).toBe(valid);
    expect(at('#/$defs/metadata.previousSlugs[]').pattern).toBe(at('#/$defs/metadata.slug').pattern);
  });

  it.each([
    ['30300000049/0001', true],
    ['30300099999/9999', true],
    ['20300000049/0001', false], // class 2 is a thematic catalog, not a department's
    ['3030000049/0001', false], // a 4-digit system number
    ['30300000049/001', false], // a 3-digit sequence
    ['30300000049-0001', false], // another separator
    ['30300000049/0001 ', false],
  ])(
    "takes catalog codes of the guide's form (class 3, item, heading, system number / sequence): %j is %s",
    (code, valid) => {
      expect(new RegExp(at('#/$defs/dataResource.catalogCode').pattern as string).test(code)).toBe(valid);
    },
  );

  it('and a sharing request can name every catalog code a manifest can hold', () => {
    const requestSchema = JSON.parse(readFileSync(join(root, 'schema/sharing-request.v1.schema.json'), 'utf8')) as {
      $defs: { resourceRef: { properties: { catalogCode: { pattern: string } } } };
    };
    const requestPattern = new RegExp(requestSchema.$defs.resourceRef.properties.catalogCode.pattern);
    for (const code of ['30300000001/0001', '30300000182/0042', '30300099999/9999'])
      expect(requestPattern.test(code)).toBe(true);
  });

  it('and the committed TypeScript types agree: regenerating them gives the committed file', () => {
    const generated = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./scripts/generate-types.mjs'); process.stdout.write(await m.generateTypes());",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(generated).toBe(readFileSync(join(root, 'model/manifest.generated.ts'), 'utf8'));
  });
});
