import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { SystemMigration } from '../model/domain';
import { MANIFEST_SCHEMA_FILE } from '../model/schema';

const DIGEST_LINE = /^# envcloud-import-digest: sha256:([a-f0-9]{64})\n/m;

function schemaModeline(depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${MANIFEST_SCHEMA_FILE}`;
}

function body(manifest: SystemMigration): string {
  return stringify(manifest, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A generated manifest: the editor modeline, a note on what to confirm, and a digest of the body so a
 * later import can tell a file the unit has edited from one it may regenerate.
 */
export function renderImported(manifest: SystemMigration, depth = 1): string {
  const text = body(manifest);
  return [
    schemaModeline(depth),
    `# Generated from Annex 1 (附1), no. ${manifest.metadata.number}, by \`npm run import:inventory\`.`,
    '# The fields listed in metadata.defaulted are defaults: confirm or correct each, then remove it from the list.',
    '# Once you edit this file the importer leaves it alone.',
    `# envcloud-import-digest: sha256:${sha256(text)}`,
    text,
  ].join('\n');
}

/** A manifest scaffolded by `envcloud new`: owned by the unit from the start, so no digest. */
export function renderScaffold(manifest: SystemMigration, depth = 1): string {
  return [
    schemaModeline(depth),
    '# Scaffolded by `envcloud new`. Fill in the fields listed in metadata.defaulted, remove them from the list,',
    '# then check the file with `npx envcloud validate`.',
    body(manifest),
  ].join('\n');
}

/** True when the file is exactly as the importer wrote it (its body still matches its digest). */
export function isUneditedImport(text: string): boolean {
  const match = DIGEST_LINE.exec(text);
  if (!match) return false;
  const rest = text.slice(match.index + match[0].length);
  return sha256(rest) === match[1];
}
