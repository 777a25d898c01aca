import { REDACTED, redactSecrets, SECRET_KEYS } from '../document/secrets';

/** How the Pulumi SDK marks a secret value on the wire (`specialSigKey` → `specialSecretSig`). */
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
/** Fields that hold credentials whatever their name says: a kubeconfig carries cluster credentials. */
const CREDENTIAL_FIELDS = /kubeconfig/i;
const KUBERNETES_SECRET = 'kubernetes:core/v1:Secret';

/**
 * The value with every credential in it redacted; the very same value (not a copy) when nothing in it
 * is. The plan shares the inputs of the run's registrations where nothing is redacted: a copy of every
 * input doubled what a 5,000-system run holds while it renders and audits (#16: 1,958 MiB peak).
 */
function redactValue(value: unknown, key: string | undefined): unknown {
  if (value && typeof value === 'object' && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG) return REDACTED;
  if (typeof value === 'string')
    return key !== undefined && (SECRET_KEYS.test(key) || CREDENTIAL_FIELDS.test(key)) && value !== ''
      ? REDACTED
      : redactSecrets(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const redacted = redactValue(item, undefined);
      if (redacted === item) return;
      copy ??= [...value];
      copy[index] = redacted;
    });
    return copy ?? value;
  }
  if (value && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [inner, item] of Object.entries(value)) {
      const redacted = redactValue(item, inner);
      if (redacted === item) continue;
      copy ??= { ...(value as Record<string, unknown>) };
      copy[inner] = redacted;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * A resource's inputs fit to be written down (plan.json, rendered YAML, reports): Pulumi secrets,
 * credential fields, a Kubernetes Secret's data and anything that looks like a credential become
 * `[redacted]`.
 */
export function redactInputs(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const redacted = redactValue(inputs, undefined) as Record<string, unknown>;
  if (type !== KUBERNETES_SECRET) return redacted;
  // A copy: `redacted` may be the registration's own inputs.
  const secret = { ...redacted };
  for (const field of ['data', 'stringData']) {
    const entries = secret[field];
    if (entries && typeof entries === 'object')
      secret[field] = Object.fromEntries(Object.keys(entries).map((key) => [key, REDACTED]));
  }
  return secret;
}
