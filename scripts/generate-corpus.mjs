// Generates the bad-input corpus under tests/corpus/: malformed manifests and stack configs, each made
// by one edit of a valid base file, and expected.json with the finding each must produce (file, line,
// rule). The expected line comes from where the edit was made, not from running the validator, so
// tests/corpus.test.ts checks the validator against an independent expectation. Run:
// `node scripts/generate-corpus.mjs`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusBuilder, Text, writeCorpus } from './corpus-kit.mjs';
import { addRecordCases } from './corpus-records.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'tests/corpus');
const base = readFileSync(join(corpus, 'base.yaml'), 'utf8');
const baseStack = readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8');
const { cases, manifest, raw, stack, pair, group, record } = corpusBuilder(base, baseStack);

// YAML syntax and features.
manifest('tab-indentation', 'yaml-tab-indent', (t) => t.replace('  number: 27', '\tnumber: 27'));
manifest('unclosed-quote', 'yaml-syntax', (t) => t.replace('name: 待确认', 'name: "待确认'));
manifest('bad-indentation', 'yaml-syntax', (t) => t.replace('  reportingUnit: 信息中心', '   reportingUnit: 信息中心'));
manifest('duplicate-key', 'yaml-duplicate-key', (t) => t.insertAfter('  number: 27', '  number: 28'));
manifest(
  'two-documents',
  'yaml-multiple-documents',
  (t) => t.lines.push('---', 'apiVersion: envcloud/v1') && t.lines.length - 1,
);
raw('top-level-list', 'yaml-not-mapping', 1, '- apiVersion: envcloud/v1\n- kind: SystemMigration\n');
raw('top-level-scalar', 'yaml-not-mapping', 1, 'just a sentence about the system\n');
// Reported at the alias whose expansion crosses the limit: the last line multiplies the others.
raw(
  'alias-bomb',
  'yaml-alias-limit',
  2,
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
);
manifest('unknown-tag', 'yaml-unknown-tag', (t) => t.replace('number: 27', 'number: !envcloud/ref 27'));
manifest('proto-key', 'yaml-forbidden-key', (t) => t.insertAfter('  contact:', '    __proto__: { admin: true }'));
manifest('constructor-key', 'yaml-forbidden-key', (t) => t.insertAfter('spec:', '  constructor: {}'));
raw('absurd-nesting', 'yaml-nesting', 1, `${'['.repeat(200)}${']'.repeat(200)}\n`.replace(/^/, 'deep: '));
raw('empty-file', 'file-empty', 1, '');
raw('only-comments', 'file-empty', 1, '# nothing here yet\n# to be filled in by the unit\n');
raw('byte-order-mark', 'file-bom', 1, `\uFEFF${base}`);
raw('blank-lines-only', 'file-empty', 1, '\n\n\n   \n');
manifest('merge-key', 'schema-unknown-field', (t) => t.insertAfter('  contact:', '    <<: { email: ops@mee.gov.cn }'));
manifest('undefined-alias', 'yaml-syntax', (t) => t.replace('name: 待确认', 'name: *nobody'));
manifest('anchor-on-wrong-type', 'schema-type', (t) => {
  t.replace('  number: 27', '  number: &n [27]');
  return t.line('  number: &n [27]');
});

// Types, enums, formats and ranges, at every level.
manifest('number-as-string', 'schema-type', (t) => t.replace('number: 27', 'number: "27"'));
manifest('wave-as-string', 'schema-type', (t) => t.replace('wave: 2', 'wave: second'));
manifest('workloads-not-list', 'schema-type', (t) => {
  const line = t.line('    workloads:');
  t.lines.splice(line - 1, 10, '    workloads: app');
  return line;
});
manifest('replicas-as-float', 'schema-type', (t) => t.replace('replicas: 2', 'replicas: 2.5'));
manifest('boolean-as-string', 'schema-type', (t) => t.replace('zombie: false', 'zombie: "no"'));
manifest('outcome-typo', 'schema-enum', (t) => t.replace('outcome: merge', 'outcome: merg'));
manifest('pool-typo', 'schema-enum', (t) => t.replace('pool: central', 'pool: centre'));
manifest('exposure-typo', 'schema-enum', (t) => t.replace('exposure: extranet', 'exposure: public'));
manifest('sharing-type-typo', 'schema-enum', (t) => t.replace('type: unconditional', 'type: open'));
manifest('status-typo', 'schema-enum', (t) => t.replace('status: not-started', 'status: todo'));
manifest('catalog-class-typo', 'schema-enum', (t) =>
  t.replace('catalogClass: pollution-source', 'catalogClass: pollution'),
);
manifest('tier-typo', 'schema-enum', (t) => t.replace('tier: silver', 'tier: platinum'));
manifest('engine-typo', 'schema-enum', (t) => t.replace('engine: postgresql', 'engine: oracle'));
manifest('wrong-api-version', 'schema-enum', (t) => t.replace('apiVersion: envcloud/v1', 'apiVersion: envcloud/v2'));
manifest('wrong-kind', 'schema-enum', (t) => t.replace('kind: SystemMigration', 'kind: Migration'));
manifest('bad-date', 'schema-format', (t) => t.replace('publishedOn: 2017-12-31', 'publishedOn: 2017-13-45'));
manifest('deadline-words', 'schema-format', (t) => t.replace('deadline: 2017-12-31', 'deadline: end of year'));
manifest('bad-email', 'schema-format', (t) => t.insertAfter('    name: 待确认', '    email: not-an-address'));
manifest('slug-uppercase', 'schema-format', (t) => t.replace('slug: s027-', 'slug: S027-'));
manifest('mlps-level-7', 'schema-range', (t) => t.replace('mlpsLevel: 3', 'mlpsLevel: 7'));
manifest('database-too-small', 'schema-range', (t) => t.replace('sizeGiB: 50', 'sizeGiB: 10'));
manifest('number-zero', 'schema-range', (t) => t.replace('number: 27', 'number: 0'));
manifest('empty-name', 'schema-range', (t) =>
  t.replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）', '  name: ""'),
);
manifest('port-too-high', 'schema-range', (t) => t.replace('port: 8080', 'port: 70000'));
manifest('missing-number', 'schema-required', (t) => {
  t.remove('  number: 27');
  return t.line('metadata:');
});
manifest('missing-disposition', 'schema-required', (t) => {
  const at = t.find('  disposition:');
  t.lines.splice(at, 4);
  return t.line('spec:');
});
manifest('missing-backup-tier', 'schema-required', (t) => {
  t.remove('      tier: silver');
  return t.line('    backup:');
});
manifest('missing-contact-name', 'schema-required', (t) => {
  t.replace('    name: 待确认', '    phone: "010-00000000"');
  return t.line('  contact:');
});
manifest('unknown-top-level', 'schema-unknown-field', (t) => t.insertAfter('kind: SystemMigration', 'status: draft'));
manifest('unknown-in-metadata', 'schema-unknown-field', (t) =>
  t.insertAfter('  reportingUnit: 信息中心', '  owner: 张三'),
);
manifest('unknown-in-sharing', 'schema-unknown-field', (t) =>
  t.insertAfter('        type: unconditional', '        audience: all'),
);
manifest('unknown-in-workload', 'schema-unknown-field', (t) => t.insertAfter('        memory: 1Gi', '        gpu: 1'));
manifest('misspelt-field', 'schema-unknown-field', (t) => t.replace('managingUnit:', 'managingunit:'));

// Rules beyond the schema.
manifest('merge-without-business-system', 'merge-names-business-system', (t) => {
  t.remove('    businessSystem: pollution-source');
  return t.line('  disposition:');
});
manifest('conditional-without-scope', 'conditional-sharing-terms', (t) => {
  t.replace('        type: unconditional', '        type: conditional');
  return t.insertAfter('        type: conditional', '        conditions: 经提供单位审批') - 2;
});
manifest(
  'not-shared-without-basis',
  'not-shared-legal-basis',
  (t) => t.replace('        type: unconditional', '        type: not-shared') - 1,
);
manifest(
  'plaintext-password-url',
  'plaintext-secret',
  (t) => t.replace('engine: postgresql', 'engine: postgresql\n      notes: "postgres://app:Pa55word@10.0.0.5/db"') + 1,
);
manifest('aws-key-in-description', 'plaintext-secret', (t) =>
  t.replace('description: 建设项目', 'description: AKIAIOSFODNN7EXAMPLE 建设项目'),
);
manifest('keep-without-placement', 'cloud-is-the-norm', (t) => {
  t.replace('outcome: merge', 'outcome: keep');
  t.remove('    businessSystem: pollution-source');
  const at = t.find('  placement:');
  t.lines.splice(at, 16);
  return t.line('spec:');
});
// Encodings and sizes (written as bytes below).
cases.push({
  kind: 'manifest',
  id: 'latin1-bytes',
  rule: 'file-encoding',
  line: 5,
  bytes: Buffer.concat([
    Buffer.from(base.split('\n').slice(0, 4).join('\n') + '\n  name: '),
    Buffer.from([0xc9, 0xfa, 0xcc, 0xac]),
    Buffer.from('\n'),
  ]),
});
cases.push({
  kind: 'manifest',
  id: 'too-large',
  rule: 'file-too-large',
  line: 1,
  content: `${base}\n# ${'x'.repeat(5000)}\n`,
  limits: { maxFileBytes: 4096 },
});

// Stack configs: one edit of Pulumi.dev.yaml each; the rule is the config key the problem names.
stack('unknown-key', 'envcloud:centres', (t) => t.replace('envcloud:centers:', 'envcloud:centres:'));
stack('bad-mode', 'envcloud:mode', (t) => t.replace('envcloud:mode: aws', 'envcloud:mode: azure'));
stack('short-log-retention', 'envcloud:logRetentionDays', (t) =>
  t.insertAfter('config:', '  envcloud:logRetentionDays: 30'),
);
stack('plaintext-secret', 'aws:secretKey', (t) =>
  t.insertAfter('config:', '  aws:secretKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
);
stack('password-in-config', 'envcloud:dbPassword', (t) =>
  t.insertAfter('config:', '  envcloud:dbPassword: hunter2hunter2'),
);
stack('yaml-syntax', 'Pulumi.corpus.yaml', (t) => t.replace('envcloud:mode: aws', 'envcloud:mode: "aws'));
stack('negative-pool-cpu', 'envcloud:pools.central.cpu', (t) => t.replace(/cpu: \d+/.exec(baseStack)[0], 'cpu: -4'));
stack('numbers-not-list', 'envcloud:systems.numbers', (t) =>
  t.replace('numbers: [2, 4, 18, 23, 29, 120]', 'numbers: 2'),
);
// Config against reality (issue #11 §5): names of the right shape that AWS does not have.
stack('region-typo', 'envcloud:centers[0].region', (t) =>
  t.replace('      region: cn-north-1', '      region: cn-nortwest-1'),
);
stack('commercial-region-in-china-stack', 'envcloud:centers[0].region', (t) =>
  t.replace('      region: cn-north-1', '      region: us-east-1'),
);
stack(
  'beijing-zones-in-ningxia',
  'envcloud:centers[0].availabilityZones[0]',
  (t) => t.replace('      region: cn-north-1', '      region: cn-northwest-1') + 1,
);

// Cross-file conflicts: a pair of manifests, validated together; the finding is on the second file.
pair('duplicate-number', 'unique-number', (t) => {
  t.replace('slug: s027-jsxmxzspxtjsxmhpjyssbxt', 'slug: s027-other');
  t.replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）', '  name: 另一个系统');
  t.replace('    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据', '    - name: 另一个系统业务数据');
  return t.line('  number: 27');
});
pair('duplicate-slug', 'unique-slug', (t) => {
  t.replace('number: 27', 'number: 1027');
  t.replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）', '  name: 另一个系统');
  t.replace('    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据', '    - name: 另一个系统业务数据');
  return t.line('  slug:');
});
pair('one-data-two-sources', 'one-data-one-source', (t) => {
  t.replace('number: 27', 'number: 1027');
  t.replace('slug: s027-jsxmxzspxtjsxmhpjyssbxt', 'slug: s1027-other');
  t.replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）', '  name: 另一个系统');
  return t.line('    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据');
});

// Scale (issue #17): the findings one mistake repeated makes stay bounded and true.
// 300 unknown keys: the first 100 findings of a file are listed, then one closing `too-many-findings`
// at the 101st (the summary still counts 300 errors; tests/scale.test.ts checks the counts).
manifest('three-hundred-unknown-keys', 'too-many-findings', (t) => {
  const keys = Array.from({ length: 300 }, (_, index) => `  extra${index}: 1`);
  return t.insertAfter('  reportingUnit: 信息中心', ...keys) + 100;
});
// Twelve systems of one name: one warning for the group, at the last file, naming ten and counting the rest.
group('twelve-systems-one-name', 'duplicate-construction', 12, (t, index) => {
  t.replace('number: 27', `number: ${2000 + index}`);
  t.replace('slug: s027-jsxmxzspxtjsxmhpjyssbxt', `slug: s${2000 + index}-same-name`);
  t.replace('    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据', `    - name: 数据${index}`);
});

// Invisible characters a terminal, spreadsheet or browser acts on (issue #17): located at the character
// itself when written raw (the column counts the characters before it), at the value for a YAML escape.
manifest(
  'ansi-escape-in-name',
  'text-non-printable',
  (t) => t.replace('    name: 待确认', '    name: 待\u001b[8m确认'),
  { column: 12 },
);
manifest(
  'escaped-ansi-in-quoted-name',
  'text-non-printable',
  (t) => t.replace('    name: 待确认', '    name: "待\\e[8m确认"'),
  { column: 11 },
);
manifest(
  'bidi-override-in-unit',
  'text-non-printable',
  (t) => t.replace('  reportingUnit: 信息中心', '  reportingUnit: 信息\u202e中心'),
  { column: 20 },
);
manifest(
  'bell-byte-in-unit',
  'text-non-printable',
  (t) => t.replace('  reportingUnit: 信息中心', '  reportingUnit: 信息\u0007中心'),
  { column: 20 },
);
manifest(
  'zero-width-space-in-key',
  'text-non-printable',
  (t) => t.replace('  reportingUnit: 信息中心', '  reporting\u200bUnit: 信息中心'),
  { column: 12 },
);

// A stack file saved as GBK (issue #17): its unit names selected no system; now the manifests' encoding
// check refuses it at the first byte that is not UTF-8 (信 is 0xD0 0xC5 in GBK).
{
  const text = new Text(baseStack);
  const line = text.insertAfter('    numbers: [2, 4, 18, 23, 29, 120]', '    units: [@@]');
  const [before, after] = text.toString().split('@@');
  const bytes = Buffer.concat([
    Buffer.from(before),
    Buffer.from([0xd0, 0xc5, 0xcf, 0xa2, 0xd6, 0xd0, 0xd0, 0xc4]),
    Buffer.from(after),
  ]);
  cases.push({
    kind: 'stack',
    id: 'stack-file-saved-as-gbk',
    rule: 'stack-config',
    key: 'Pulumi.corpus.yaml',
    line,
    column: 13,
    bytes,
  });
}

// Input-method slips (issue #17): reported at the character itself, not as the next line's indentation.
manifest(
  'full-width-colon-after-key',
  'yaml-syntax',
  (t) => t.replace('  reportingUnit: 信息中心', '  reportingUnit：信息中心'),
  { column: 16 },
);
manifest(
  'non-breaking-space-after-key',
  'yaml-syntax',
  (t) => t.replace('  reportingUnit: 信息中心', '  reportingUnit:\u00a0信息中心'),
  { column: 17 },
);

// Wrong line or wrong message (issue #17): old-Mac line endings ("file has no YAML content", or valid on
// the fast path), an alias of a mapping as a key (reported at the anchor, with a Node warning on stderr),
// `.inf` ("found number null") and free text wrapped in Chinese quotes (accepted without a word).
cases.push({
  kind: 'manifest',
  id: 'cr-only-line-endings',
  rule: 'file-line-endings',
  line: 1,
  column: base.indexOf('\n') + 1,
  content: base.replace(/\n/g, '\r'),
});
manifest(
  'alias-of-mapping-as-key',
  'yaml-complex-key',
  (t) => {
    t.replace('  contact:', '  contact: &who');
    return t.insertAfter('    businessSystem: pollution-source', '    *who : 纳入');
  },
  { column: 5 },
);
manifest('infinity-as-number', 'schema-type', (t) => t.replace('number: 27', 'number: .inf'), { column: 11 });
manifest(
  'chinese-quotes-around-free-text',
  'text-input-method',
  (t) => t.replace('  reportingUnit: 信息中心', '  reportingUnit: “信息中心”'),
  { column: 18 },
);

// Who keeps a catalog entry (issue #13 §4): a jointly built resource names its lead unit (rules art. 13),
// base data is the information center's (rules art. 14).
manifest('joint-resource-without-lead-unit', 'catalog-lead-unit', (t) =>
  t.insertAfter('      providingUnit: 环境影响评价司', '      jointlyBuiltBy: [环境影响评价司, 环境监察局]'),
);
manifest('base-data-outside-information-center', 'base-data-information-center', (t) => {
  t.insertAfter('      format: database', '      baseData: spatial-geographic');
  return t.line('      providingUnit: 环境影响评价司');
});

// Sharing requests and data corrections (issue #13): one case per rule, validated with the manifests they read
// (scripts/corpus-records.mjs), including a request answered late across National Day and across a 调休 Saturday.
addRecordCases(corpus, base, record);

// YAML the stack file's data cannot be built from (issue #17; found by tests/fuzz.test.ts): an alias to no
// anchor threw the parser's ReferenceError out of loadStackFile (exit 70); now it is located at the alias.
// A merge key is a plain key in a stack file (YAML 1.2, as Pulumi reads it): refused as an unknown key.
// Added last, so the cases before keep their numbers.
stack('stack-alias-to-no-anchor', 'Pulumi.corpus.yaml', (t) =>
  t.replace('    satellite-remote-sensing: { cpu: 8,', '    satellite-remote-sensing: { cpu: *a8,'),
);
stack('stack-merge-key', 'envcloud:pools.central.<<', (t) =>
  t.replace('    central: { cpu: 32, memoryGiB: 128, storageGiB: 2000 }', '    central: { <<: 1, cpu: 32 }'),
);

console.log(`wrote ${writeCorpus(corpus, cases)} cases to tests/corpus/`);
