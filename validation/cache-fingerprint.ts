import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import { correctionSchema, manifestSchema, requestSchema } from '../model/schema';
import { TOOL_VERSION } from '../model/version';
import { ALL_RULE_INFO } from './rules';
import { sha256 } from './cache-entry';
import { PRECOMPILED_VALIDATORS, precompiledFile } from './schema-check';

// The fingerprint of the validate cache (cache.ts): what a file's cached result depends on besides the
// file itself. A cache file written under another fingerprint is read as empty.

/** The parts of the fingerprint; tests replace one to see that it invalidates. */
export interface FingerprintParts {
  version: string;
  schemas: string;
  rules: string;
  code: string;
  dependencies: string;
}

/** Packages whose behaviour the per-file results depend on (parsers, schema checker, suggestions, calendar). */
const DEPENDENCIES = [
  'ajv',
  'ajv-formats',
  'js-yaml',
  'yaml',
  'fastest-levenshtein',
  'pinyin-pro',
  'chinese-days',
  'intl-messageformat',
];

/** The folders whose code decides a file's result, beside this one's (`validation`). */
const CODE_FOLDERS = ['validation', 'document', 'model'];

let defaultParts: FingerprintParts | undefined;

/**
 * The tool's fingerprint: its version, both schemas, the rule set (ids, severities, titles, clauses), the
 * code of the modules that check a file (compiled or source, read once per process: a rebuild without a
 * new version still invalidates) and the versions of the packages they use.
 */
export function cacheFingerprint(overrides: Partial<FingerprintParts> = {}): string {
  defaultParts ??= {
    version: TOOL_VERSION,
    schemas: JSON.stringify([manifestSchema, requestSchema, correctionSchema]),
    rules: JSON.stringify(ALL_RULE_INFO.map(({ id, severity, title, clause }) => [id, severity, title, clause])),
    code: codeHash(),
    dependencies: DEPENDENCIES.map(dependencyVersion).join(','),
  };
  const parts = { ...defaultParts, ...overrides };
  return sha256(JSON.stringify([parts.version, parts.schemas, parts.rules, parts.code, parts.dependencies]));
}

function codeHash(): string {
  const hash = createHash('sha256');
  const base = join(__dirname, '..');
  const files = CODE_FOLDERS.flatMap((folder) => codeFiles(join(base, folder)));
  // The precompiled schema validators are loaded from the package root, beside the sources.
  files.push(...PRECOMPILED_VALIDATORS.map(precompiledFile));
  for (const file of files.sort()) {
    hash.update(file.slice(base.length)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(unreadable)');
    }
  }
  return hash.digest('hex');
}

function codeFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(?:js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function dependencyVersion(name: string): string {
  try {
    const file = join(packageRoot(), 'node_modules', name, 'package.json');
    return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
  } catch {
    return `${name}@?`;
  }
}
