import { readInputFile } from '../../validation/files';
import { closest } from 'fastest-levenshtein';
import waiverSchema from '../../schema/waivers.v1.schema.json';
import type { Finding } from '../../document/findings';
import {
  formatLocatedFindings,
  locatedFindingsMessage,
  plaintextSecretFindings,
  redactFindings,
} from '../../document/input-checks';
import { msg, said, usageError } from '../../document/i18n';
import { loadManifestBytes } from '../../document/load';
import { CONFIG_LIMITS } from '../../document/limits';
import { checkDocument, compileReporting } from '../../validation/schema-check';
import { EnvcloudError, EXIT_USAGE } from '../../model/errors';
import { projectStacks } from '../../stacks/project-stacks';

/** The shortest reason and owner, counted without surrounding spaces (the schema counts them). */
const MIN_REASON = 10;
const MIN_OWNER = 2;

/** One accepted exception, with where it is written so reports can point at it. */
export interface Waiver {
  rule: string;
  stack?: string;
  resource?: string;
  system?: number | string;
  reason: string;
  owner: string;
  /** Last day the waiver holds, YYYY-MM-DD. */
  expires: string;
  file: string;
  line: number;
  column: number;
}

/** The waiver file has problems; each is a located finding, like a manifest's. */
export class WaiverFileError extends EnvcloudError {
  override readonly name = 'WaiverFileError';
  readonly exitCode = EXIT_USAGE;
  constructor(readonly findings: Finding[]) {
    super(formatLocatedFindings(findings));
    this.localized = locatedFindingsMessage(findings);
  }
}

let validator: ReturnType<typeof compileReporting> | undefined;

/**
 * Parses a waiver file: the same hardened YAML loading as manifests, the waiver schema, then the
 * rule names against the pack's policies. Answers the waivers, or every problem found.
 */
export function parseWaivers(
  file: string,
  bytes: Buffer,
  knownRules: readonly string[],
  knownStacks?: readonly string[],
): { waivers: Waiver[]; findings: Finding[] } {
  const { waivers, findings } = checkWaivers(file, bytes, knownRules, knownStacks);
  // A waiver file is printed back in audit reports: nothing in it may carry a credential out.
  return { waivers, findings: redactFindings(findings) };
}

function checkWaivers(
  file: string,
  bytes: Buffer,
  knownRules: readonly string[],
  knownStacks?: readonly string[],
): { waivers: Waiver[]; findings: Finding[] } {
  const loaded = loadManifestBytes(file, bytes, CONFIG_LIMITS);
  if (!loaded.document) return { waivers: [], findings: loaded.findings };
  const document = loaded.document;
  const secrets = plaintextSecretFindings(document, msg('inputs.waivers.secret.hint'));
  if (secrets.length > 0) return { waivers: [], findings: secrets };
  const findings = checkDocument(document, (validator ??= compileReporting(waiverSchema as Record<string, unknown>)));
  if (findings.length > 0) return { waivers: [], findings };
  const entries = (document.data as { waivers: Omit<Waiver, 'file' | 'line' | 'column'>[] }).waivers;
  const waivers = entries.map((entry, index) => ({ ...entry, file, ...document.locator.locate(['waivers', index]) }));
  entries.forEach((entry, index) => {
    if (entry.resource === undefined && entry.system === undefined) {
      findings.push({
        file,
        ...document.locator.locate(['waivers', index], 'value'),
        severity: 'error',
        ruleId: 'waiver-scope',
        ...said(msg('inputs.waivers.scope', { number: index + 1, rule: entry.rule }), msg('inputs.waivers.scope.hint')),
      });
    }
    // Twelve spaces are not a reason, nor eleven zero-width spaces (which waived five critical findings):
    // lengths are counted on the text without format characters (\p{Cf}), trimmed.
    for (const [field, minimum] of [
      ['reason', MIN_REASON],
      ['owner', MIN_OWNER],
    ] as const) {
      const length = entry[field].replace(/\p{Cf}/gu, '').trim().length;
      if (length >= minimum) continue;
      findings.push({
        file,
        ...document.locator.locate(['waivers', index, field], 'value'),
        severity: 'error',
        ruleId: `waiver-${field}`,
        ...said(
          msg('inputs.waivers.short', {
            number: index + 1,
            rule: entry.rule,
            field,
            length,
            minimum,
          }),
          msg(field === 'reason' ? 'inputs.waivers.short.reason.hint' : 'inputs.waivers.short.owner.hint'),
        ),
      });
    }
    if (entry.stack !== undefined && knownStacks && !knownStacks.includes(entry.stack)) {
      findings.push({
        file,
        ...document.locator.locate(['waivers', index, 'stack'], 'value'),
        severity: 'error',
        ruleId: 'waiver-unknown-stack',
        ...said(
          msg('inputs.waivers.unknown-stack', { number: index + 1, rule: entry.rule, stack: entry.stack }),
          knownStacks.length > 0
            ? msg('inputs.waivers.unknown-stack.hint', {
                suggestion: closest(entry.stack, [...knownStacks]),
                stacks: knownStacks.join(', '),
              })
            : msg('inputs.waivers.unknown-stack.none'),
        ),
      });
    }
    if (knownRules.includes(entry.rule)) return;
    findings.push({
      file,
      ...document.locator.locate(['waivers', index, 'rule']),
      severity: 'error',
      ruleId: 'waiver-unknown-rule',
      ...said(
        msg('inputs.waivers.unknown-rule', { number: index + 1, rule: entry.rule }),
        msg('inputs.waivers.unknown-rule.hint', { suggestion: closest(entry.rule, [...knownRules]) }),
      ),
    });
  });
  return { waivers: findings.length > 0 ? [] : waivers, findings };
}

/** Reads the waiver file; a missing file means no waivers. Throws WaiverFileError on any problem. */
export function loadWaivers(
  path: string,
  knownRules: readonly string[],
  displayName: string = path,
  knownStacks?: readonly string[],
  /** The file was named by the user (`--waivers`): missing, it is a usage error, not "no waivers". */
  required = false,
): Waiver[] {
  // Bounded, and only a regular file: a FIFO named as the waiver file hung the audit, /dev/zero filled memory.
  const read = readInputFile(path);
  if ('problem' in read) {
    if (read.problem.missing && required) throw usageError(msg('inputs.waivers.missing', { file: displayName }));
    if (read.problem.missing) return [];
    const { localized } = read.problem;
    throw new WaiverFileError([
      {
        file: displayName,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'file-unreadable',
        ...said(msg('inputs.waivers.unreadable', { problem: localized.message }), localized.hint),
      },
    ]);
  }
  const { waivers, findings } = parseWaivers(displayName, read.bytes, knownRules, knownStacks);
  if (findings.length > 0) throw new WaiverFileError(findings);
  return waivers;
}

/** The stacks of a project: one per `Pulumi.<stack>.yaml` in its folder (stacks/project-stacks.ts). */
export { projectStacks };
