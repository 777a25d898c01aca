import { REDACTED, redactSecrets, SECRET_KEYS } from '../document/secrets';

/** How the Pulumi SDK marks a secret value on the wire (`specialSigKey` → `specialSecretSig`). */
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
/** Fields that hold credentials whatever their name says: a kubeconfig carries cluster credentials. */
const CREDENTIAL_FIELDS = /kubeconfig/i;
const KUBERNETES_SECRET = 'kubernetes:core/v1:Secret';

function redactValue(value: unknown, key: string | undefined): unknown {
  if (value && typeof value === 'object' && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG) return REDACTED;
  if (typeof value === 'string')
    return key !== undefined && (SECRET_KEYS.test(key) || CREDENTIAL_FIELDS.test(key)) && value !== ''
      ? REDACTED
      : redactSecrets(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, undefined));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, redactValue(item, inner)]));
  return value;
}

/**
 * A resource's inputs fit to be written down (plan.json, rendered YAML, reports): Pulumi secrets,
 * credential fields, a Kubernetes Secret's data and anything that looks like a credential become
 * `[redacted]`.
 */
export function redactInputs(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const redacted = redactValue(inputs, undefined) as Record<string, unknown>;
  if (type === KUBERNETES_SECRET) {
    for (const field of ['data', 'stringData']) {
      const entries = redacted[field];
      if (entries && typeof entries === 'object')
        redacted[field] = Object.fromEntries(Object.keys(entries).map((key) => [key, REDACTED]));
    }
  }
  return redacted;
}
