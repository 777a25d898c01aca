import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '../validation/findings';
import { Locator } from '../validation/locate';
import { findSecrets } from '../validation/secrets';
import { relocateYamlError } from '../validation/yaml-errors';
import { yamlLib } from '../validation/yaml-lib';
import { CONFIG_NAMESPACE, ConfigError, parsePlatformConfig, type PlatformConfig } from './config';

export interface StackFile {
  stack: string;
  file: string;
  /** Every config key of the file, namespaced (`aws:region`, `envcloud:centers`). */
  values: Record<string, unknown>;
  platform: PlatformConfig;
}

/** A config problem located in Pulumi.<stack>.yaml. */
export class StackConfigError extends Error {
  override readonly name = 'StackConfigError';
  constructor(
    readonly file: string,
    readonly problems: (ConfigError['problems'][number] & Position)[],
  ) {
    super(problems.map((problem) => `${file}:${problem.line}:${problem.column}: error[stack-config]: ${problem.key} ${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`).join('\n'));
  }
}

/** Config with Pulumi's encrypted values (`{ secure: v1:… }`) left out: they are what secrets should be. */
function withoutEncrypted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEncrypted);
  if (value && typeof value === 'object') {
    if (typeof (value as { secure?: unknown }).secure === 'string' && Object.keys(value).length === 1) return undefined;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutEncrypted(inner)]));
  }
  return value;
}

/** Reads and validates `Pulumi.<stack>.yaml` under `root`; every problem names its key and its line. */
export function loadStackFile(root: string, stack: string): StackFile {
  const file = `Pulumi.${stack}.yaml`;
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new StackConfigError(file, [{ key: file, path: [], message: 'does not exist', hint: `create it with \`pulumi stack init ${stack}\``, line: 1, column: 1 }]);
  }
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const locator = new Locator(document, lineCounter);
  if (document.errors.length > 0) {
    throw new StackConfigError(
      file,
      document.errors.map((error) => {
        const { line, column, message, hint } = relocateYamlError(error, text, lineCounter);
        return { key: file, path: [], message: message ?? error.message.split('\n')[0]!, ...(hint ? { hint } : {}), line, column };
      }),
    );
  }
  const values = ((document.toJS({ maxAliasCount: 16 }) as { config?: Record<string, unknown> } | null)?.config ?? {}) as Record<string, unknown>;
  const secrets = findSecrets(withoutEncrypted(values));
  if (secrets.length > 0) {
    throw new StackConfigError(
      file,
      secrets.map((hit) => {
        const key = String(hit.path[0]);
        const setting = hit.path.length > 1 ? `--path '${key}${hit.path.slice(1).map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}'` : key;
        return {
          key,
          path: hit.path.slice(1),
          message: `holds a plaintext credential (${hit.kind})`,
          hint: `encrypt it instead: pulumi config set --secret ${setting} <value> --stack ${stack}`,
          ...locator.locate(['config', ...hit.path]),
        };
      }),
    );
  }
  const prefix = `${CONFIG_NAMESPACE}:`;
  const platformValues = Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
  try {
    return { stack, file, values, platform: parsePlatformConfig(platformValues) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new StackConfigError(
      file,
      error.problems.map((problem) => {
        const [head, ...rest] = problem.path;
        const path = head === undefined ? ['config'] : ['config', `${prefix}${String(head)}`, ...rest];
        return { ...problem, ...locator.locate(path, 'key') };
      }),
    );
  }
}
