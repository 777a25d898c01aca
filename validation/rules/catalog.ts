import type { Severity } from '../../document/findings';
import { CATALOGS, t, type Language, type MessageId } from '../../document/i18n';

/** Documentation of a rule: what it checks and which clause of the seed documents it enforces. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  clause: string;
}

/**
 * A rule's title in `lang`: its catalog message `rule-title.<id>` (document/messages/en-rule-titles.ts,
 * zh-rule-titles.ts), or its English `title` for a rule the catalogs do not know.
 */
export function ruleTitle(rule: Pick<RuleInfo, 'id' | 'title'>, lang: Language): string {
  const id = `rule-title.${rule.id}`;
  return Object.hasOwn(CATALOGS.en, id) ? t(lang, id as MessageId) : rule.title;
}

/** Rules of the loader and the schema check: the manifest must be a well-formed document. */
export const INPUT_RULES: readonly RuleInfo[] = [
  {
    id: 'file-too-large',
    severity: 'error',
    title: 'Manifest file exceeds the size limit',
    clause: 'envcloud input limits',
  },
  { id: 'file-encoding', severity: 'error', title: 'Manifest is not valid UTF-8', clause: 'envcloud input limits' },
  {
    id: 'file-bom',
    severity: 'error',
    title: 'Manifest starts with a byte-order mark',
    clause: 'envcloud input limits',
  },
  {
    id: 'file-line-endings',
    severity: 'error',
    title: 'Line ended by a carriage return alone (old Mac OS line endings)',
    clause: 'envcloud input limits: YAML parsers disagree on a lone CR',
  },
  { id: 'file-empty', severity: 'error', title: 'Manifest file is empty', clause: 'envcloud input limits' },
  { id: 'file-unreadable', severity: 'error', title: 'Manifest file cannot be read', clause: 'envcloud input limits' },
  { id: 'yaml-syntax', severity: 'error', title: 'YAML syntax error', clause: 'YAML 1.2' },
  { id: 'yaml-tab-indent', severity: 'error', title: 'Tab used for indentation', clause: 'YAML 1.2 §6.1' },
  {
    id: 'yaml-duplicate-key',
    severity: 'error',
    title: 'Key appears twice in one mapping',
    clause: 'YAML 1.2 §3.2.1.1',
  },
  {
    id: 'yaml-multiple-documents',
    severity: 'error',
    title: 'More than one YAML document in a manifest file',
    clause: 'envcloud: one system per file',
  },
  {
    id: 'yaml-not-mapping',
    severity: 'error',
    title: 'Top level is not a mapping',
    clause: 'envcloud: manifest shape',
  },
  {
    id: 'yaml-alias-limit',
    severity: 'error',
    title: 'Too many alias expansions (alias bomb)',
    clause: 'envcloud input limits',
  },
  { id: 'yaml-unknown-tag', severity: 'error', title: 'Unknown YAML tag', clause: 'YAML 1.2 core schema' },
  {
    id: 'yaml-forbidden-key',
    severity: 'error',
    title: 'Key that could pollute object prototypes',
    clause: 'envcloud input limits',
  },
  {
    id: 'yaml-complex-key',
    severity: 'error',
    title: 'A list or mapping used as a key',
    clause: 'envcloud: manifest shape',
  },
  { id: 'yaml-nesting', severity: 'error', title: 'Nesting deeper than the limit', clause: 'envcloud input limits' },
  {
    id: 'schema-required',
    severity: 'error',
    title: 'Required field missing',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-unknown-field',
    severity: 'error',
    title: 'Field not defined by the schema',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-enum',
    severity: 'error',
    title: 'Value not among the allowed values',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-type',
    severity: 'error',
    title: 'Value of the wrong type',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-format',
    severity: 'error',
    title: 'Value not in the required format',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-range',
    severity: 'error',
    title: 'Value or length out of range',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'schema-invalid',
    severity: 'error',
    title: 'Value breaks a schema constraint',
    clause: 'schema/system-migration.v1.schema.json',
  },
  {
    id: 'too-many-findings',
    severity: 'error',
    title: 'More findings in one file than are listed (the summary counts them all)',
    clause: 'envcloud output limits',
  },
  {
    id: 'text-non-printable',
    severity: 'error',
    title: 'Control, bidirectional or zero-width character in a key or free text',
    clause: 'envcloud input limits: text is shown in terminals, spreadsheets and browsers',
  },
  {
    id: 'text-input-method',
    severity: 'warning',
    title: 'Free text wrapped in Chinese quotation marks (meant as YAML quotes)',
    clause: 'envcloud: input-method slips',
  },
  {
    id: 'plaintext-secret',
    severity: 'error',
    title: 'Plaintext credential in a manifest',
    clause: 'GB/T 22239-2019 8.1.4.8 (鉴别数据保密性); envcloud: secrets only through pulumi config --secret',
  },
];

/**
 * Rules that compare each manifest with its previous version (`validate --baseline-dir`), matched by
 * inventory number: they run only when a baseline is given.
 */
export const BASELINE_RULES: readonly RuleInfo[] = [
  {
    id: 'status-transition',
    severity: 'error',
    title: 'The migration status changed along a legal transition since the baseline',
    clause: 'envcloud: migration states and their transitions (model/migration-states.ts); Plan §四(四) (任务进展情况)',
  },
];
