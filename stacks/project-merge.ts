// A stack's config merged with Pulumi.yaml's declarations, as the Pulumi CLI merges them before it starts
// the program (pulumi/pulumi: pkg/workspace/config.go mergeConfig, validateStackConfigValues).
import type { Position } from '../document/findings';
import { checkedContent, encryptedMatches, fullTypeName, holdsEncrypted, matchesConfigType } from './config-types';
import type { ConfigDeclaration } from './project-declarations';
import type { ProjectFile, StackConfigProblem } from './project-file';
import { msg, said, untranslated } from '../document/i18n';

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` (formatMissingKeys). */
function quotedList(keys: readonly string[]): string {
  const quoted = [...keys].sort().map((key) => `'${key}'`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
}

export interface StackSide {
  stack: string;
  /** The stack's values by full key (`envcloud:mode`). */
  values: Record<string, unknown>;
  /** Where a full key's value is written in the stack file. */
  locate(fullKey: string): Position;
  /** Where the stack file's `config:` is (for keys that should be added there). */
  configPosition: Position;
}

export interface MergedConfig {
  values: Record<string, unknown>;
  /** Keys whose value is encrypted, wholly or inside (the engine's PULUMI_CONFIG_SECRET_KEYS). */
  secretKeys: string[];
  problems: StackConfigProblem[];
}

/**
 * mergeConfig and validateStackConfigValues: project values and defaults fill the keys the stack does
 * not set; a project key with neither is required; typed keys must hold their type, secret ones an
 * encrypted value. The CLI stops at the first type error; every one is reported here, in its order.
 */
export function applyProjectConfig(project: ProjectFile, side: StackSide): MergedConfig {
  const values: Record<string, unknown> = { ...side.values };
  const fromProject = new Set<string>();
  const missing: ConfigDeclaration[] = [];
  for (const declaration of project.declarations) {
    if (declaration.fullKey in values) continue;
    const given = 'default' in declaration ? declaration.default : declaration.value;
    if (given === undefined) {
      if (declaration.fullKey.startsWith(`${project.name}:`)) missing.push(declaration);
      continue;
    }
    values[declaration.fullKey] = given;
    fromProject.add(declaration.fullKey);
  }
  const problems: StackConfigProblem[] = [];
  if (missing.length > 0) {
    const keys = missing.map((declaration) => declaration.key);
    problems.push({
      key: missing.map((declaration) => declaration.fullKey).join(', '),
      path: [],
      ...said(
        msg('inputs.config.missing', {
          stack: side.stack,
          count: keys.length,
          // The CLI's list (`'a', 'b' and 'c'`) in English; in Chinese, listed with 、.
          keys: untranslated(quotedList(keys), keys.map((key) => `“${key}”`).join('、')),
        }),
        msg('inputs.config.missing.hint', {
          count: keys.length,
          key: missing[0]!.fullKey,
          stack: side.stack,
          file: project.file,
        }),
      ),
      verbatim: true,
      ...side.configPosition,
    });
  }
  for (const declaration of project.declarations) {
    const { key, fullKey, type, items } = declaration;
    if (!type || !(fullKey in values)) continue;
    const value = values[fullKey];
    const where = fromProject.has(fullKey)
      ? {
          file: project.file,
          ...project.locator.locate(['config', key, 'default' in declaration ? 'default' : 'value']),
        }
      : side.locate(fullKey);
    if (declaration.secret && !holdsEncrypted(value)) {
      problems.push({
        key: fullKey,
        path: [],
        ...said(
          msg('inputs.config.must-encrypt', { stack: side.stack, key }),
          msg('inputs.config.must-encrypt.hint', { fullKey, stack: side.stack }),
        ),
        verbatim: true,
        ...where,
      });
      continue;
    }
    const content = checkedContent(value);
    const matches = content.known ? matchesConfigType(type, items, content.content) : encryptedMatches(type);
    if (matches === false) {
      const name = fullTypeName(type, items);
      problems.push({
        key: fullKey,
        path: [],
        ...said(
          msg('inputs.config.must-type', { stack: side.stack, key, type: name }),
          msg('inputs.config.must-type.hint', { key, type: name }),
        ),
        verbatim: true,
        ...where,
      });
    }
  }
  const secretKeys = Object.keys(values)
    .filter((key) => holdsEncrypted(values[key]))
    .sort();
  return { values, secretKeys, problems };
}

/** The config as the engine hands it to the program (PULUMI_CONFIG): strings as they are, everything else as JSON. */
export function pulumiConfigOf(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}
