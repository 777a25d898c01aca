import { join } from 'node:path';
import { compareFindings, fieldPath, type Finding } from './findings';
import { DEFAULT_LIMITS, type InputLimits } from './limits';
import { loadManifestBytes } from './load';
import { MANIFEST_RULES, type ManifestEntry, type Rule } from './rules';
import { checkSchema } from './schema-check';
import { collectManifestFiles, readBounded } from './files';

export interface ValidationReport {
  files: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Manifests that passed the schema check, for later stages. */
  manifests: ManifestEntry[];
}

export interface ManifestSource {
  file: string;
  bytes: Buffer;
  /** Set when the file could not be read (permissions, vanished); `bytes` is then empty. */
  readError?: string;
}

/** Checks one file on its own: loading and schema. */
export function checkSource(source: ManifestSource, limits: InputLimits = DEFAULT_LIMITS): { findings: Finding[]; entry?: ManifestEntry } {
  if (source.readError) {
    return {
      findings: [
        {
          file: source.file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'file-unreadable',
          message: `cannot read the file: ${source.readError}`,
          hint: 'check that the file exists and is readable by you',
        },
      ],
    };
  }
  const loaded = loadManifestBytes(source.file, source.bytes, limits);
  if (!loaded.document) return { findings: loaded.findings };
  const { findings, manifest } = checkSchema(loaded.document);
  if (!manifest) return { findings };
  return { findings, entry: { file: source.file, manifest, locator: loaded.document.locator } };
}

/** Runs the rules beyond the schema over the manifests that passed it. */
export function checkRules(entries: readonly ManifestEntry[], rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(entries, (violation) => {
      const position = violation.entry.locator.locate(violation.path, violation.at);
      findings.push({
        file: violation.entry.file,
        ...position,
        severity: rule.severity,
        ruleId: rule.id,
        message: violation.message,
        field: fieldPath(violation.path),
        ...(violation.hint ? { hint: violation.hint } : {}),
        ...(violation.related
          ? {
              related: violation.related.map((related) => ({
                file: related.entry.file,
                ...related.entry.locator.locate(related.path, 'key'),
                message: related.message,
              })),
            }
          : {}),
      });
    });
  }
  return findings;
}

export function validateSources(sources: Iterable<ManifestSource>, limits: InputLimits = DEFAULT_LIMITS): ValidationReport {
  const files: string[] = [];
  const findings: Finding[] = [];
  const manifests: ManifestEntry[] = [];
  for (const source of sources) {
    files.push(source.file);
    const result = checkSource(source, limits);
    findings.push(...result.findings);
    if (result.entry) manifests.push(result.entry);
  }
  findings.push(...checkRules(manifests));
  return summarize(files, findings, manifests);
}

/** Validates every manifest under `paths` (files or directories, relative to `cwd`). */
export function validatePaths(
  paths: readonly string[],
  options: { cwd?: string; limits?: InputLimits } = {},
): ValidationReport {
  const cwd = options.cwd ?? process.cwd();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = collectManifestFiles(paths, cwd);
  function* sources(): Generator<ManifestSource> {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readBounded(join(cwd, file), limits.maxFileBytes);
      } catch (error) {
        yield { file, bytes: Buffer.alloc(0), readError: (error as NodeJS.ErrnoException).code ?? String(error) };
        continue;
      }
      yield { file, bytes };
    }
  }
  return validateSources(sources(), limits);
}

function summarize(files: string[], findings: Finding[], manifests: ManifestEntry[]): ValidationReport {
  findings.sort(compareFindings);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { files, findings, errors, warnings: findings.length - errors, manifests };
}
