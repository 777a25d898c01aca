/**
 * Plaintext credentials: what they look like, where they sit in parsed data, and how to keep them out
 * of every message envcloud prints or writes.
 */

/** Values that are credentials whatever field they are in. */
const SECRET_VALUES: readonly { kind: string; pattern: RegExp; whole?: RegExp }[] = [
  {
    kind: 'private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
    // Redacted to its END line, or to the end of the text: masking the BEGIN line alone left the key
    // itself in a schema message that quoted the value.
    whole: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[^]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/,
  },
  { kind: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'connection string with a password', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@[^\s'"`]+/i },
  { kind: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/ },
  { kind: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { kind: 'bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/ },
  { kind: 'kubeconfig credential', pattern: /\b(?:client-key-data|token):\s*[A-Za-z0-9._~+/=-]{16,}/ },
  // A kubeconfig user's basic-auth password (or any `password: …` pasted into a text) passed while its
  // token or client key was refused. Masks (`******`) and templates (`{{ … }}`) are no password.
  { kind: 'password', pattern: /\bpassword:[ \t]*["']?[^\s"'*{}]{6,}/i },
];

/** Field names that hold credentials: any non-empty value under them is one. */
export const SECRET_KEYS =
  /pass(?:word|wd|phrase)?$|secret(?:[-_]?key)?$|(?:^|[-_])token$|api[-_]?key$|access[-_]?key(?:[-_]?id)?$|private[-_]?key$|credentials?$|^pwd$/i;

/**
 * A cheap first look over a whole file for credential values: only files that pass it are walked
 * field by field. Case-sensitive like the value patterns (the connection string's mark has no
 * letters). A backslash passes too: an escape in a quoted scalar (`"\\x41KIA…"`) hides a value's text.
 * One regular expression: searching each literal on its own was slower (95 ms against 54 ms over
 * 10,000 files), as most start with letters frequent in YAML.
 */
const VALUE_CANDIDATE =
  /-----BEGIN|A[KS]IA|:\/\/[^\s:@/]+:[^\s@/]+@|eyJ|gh[pousr]_|github_pat_|xox[abprs]-|Bearer|client-key-data|token:|\b[Pp]assword:|\bPASSWORD:|\\/;

/** The same first look, for field names too (any case). */
const KEY_CANDIDATE = /pass|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|pwd/i;

export interface SecretHit {
  path: (string | number)[];
  kind: string;
}

/** Whether a file may hold a credential, in a value or under a field named for one. */
export function mayHoldSecrets(text: string): boolean {
  return mayHoldSecretValues(text) || KEY_CANDIDATE.test(text);
}

/**
 * Whether a file may hold a credential value. Enough for a manifest that conforms to the schema: its
 * objects are closed and none of their fields is named for a credential (a test keeps it so).
 */
export function mayHoldSecretValues(text: string): boolean {
  return VALUE_CANDIDATE.test(text);
}

/** What kind of credential a string is, if it is one. */
export function secretKind(value: string): string | undefined {
  return SECRET_VALUES.find(({ pattern }) => pattern.test(value))?.kind;
}

/**
 * Values that point at a secret rather than hold one: `${...}` references, `secret://…`, empty, and the
 * mark envcloud writes in place of one (a baseline plan holds it for every credential field).
 */
function isReference(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed === '' ||
    trimmed === REDACTED ||
    /^\$\{[^}]+\}$/.test(trimmed) ||
    /^(?:secret|vault|ssm|arn):/i.test(trimmed)
  );
}

/** Every credential in parsed data, with the path to the field that holds it. */
export function findSecrets(data: unknown, path: (string | number)[] = []): SecretHit[] {
  if (typeof data === 'string') {
    const kind = secretKind(data);
    return kind ? [{ path, kind }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => findSecrets(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
      // A credential pasted where a field name goes is still a credential.
      const keyKind = secretKind(key);
      if (keyKind)
        return [
          { path: [...path, key], kind: `${keyKind}, used as a field name` },
          ...findSecrets(value, [...path, key]),
        ];
      if (SECRET_KEYS.test(key) && typeof value === 'string' && !isReference(value))
        return [{ path: [...path, key], kind: `value of \`${key}\`` }];
      if (SECRET_KEYS.test(key) && typeof value === 'number')
        return [{ path: [...path, key], kind: `value of \`${key}\`` }];
      return findSecrets(value, [...path, key]);
    });
  }
  return [];
}

export const REDACTED = '[redacted]';

/** The value patterns made global once, for replacing every occurrence (compiled per call, they cost more than the search). */
const SECRET_VALUES_GLOBAL = SECRET_VALUES.map(({ pattern, whole = pattern }) =>
  whole.flags.includes('g') ? whole : new RegExp(whole.source, `${whole.flags}g`),
);

/** The text with every credential-looking part replaced, for messages, logs and reports. */
export function redactSecrets(text: string): string {
  // Text without any value pattern's mark holds no credential (VALUE_CANDIDATE is their common first look).
  if (!VALUE_CANDIDATE.test(text)) return text;
  let result = text;
  for (const pattern of SECRET_VALUES_GLOBAL) result = result.replace(pattern, REDACTED);
  return result;
}
