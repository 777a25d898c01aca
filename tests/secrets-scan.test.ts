import { findSecrets, mayHoldSecrets, mayHoldSecretValues } from '../document/secrets';

// The scanner on its own, through its exported functions: which values count as credentials, which
// merely point at one, and the paths and kinds it reports.
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';

describe('the first look over a whole file', () => {
  it('passes a file with a credential value or a field named for one, and nothing else', () => {
    expect(mayHoldSecrets('name: web\nreplicas: 2\nimage: nginx:1.27\n')).toBe(false);
    expect(mayHoldSecrets('dbPassword: hunter2\n')).toBe(true);
    expect(mayHoldSecretValues('dbPassword: hunter2\n')).toBe(false);
    expect(mayHoldSecrets(`note: ${AWS_KEY}\n`)).toBe(true);
    expect(mayHoldSecretValues(`note: ${AWS_KEY}\n`)).toBe(true);
  });
});

describe('values under a field named for a credential', () => {
  it('are reported with the field name as their kind', () => {
    expect(findSecrets({ db: { password: 'hunter2' } })).toEqual([
      { path: ['db', 'password'], kind: 'value of `password`' },
    ]);
  });
  it('are reported when they are numbers, as YAML reads an unquoted numeric password', () => {
    expect(findSecrets({ db: { pin: 1, password: 123456 } })).toEqual([
      { path: ['db', 'password'], kind: 'value of `password`' },
    ]);
  });
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a ${...} reference', '${DB_PASSWORD}'],
    ['a ${...} reference with spaces around it', '  ${DB_PASSWORD} '],
    ['a secret: reference', 'secret:db/password'],
    ['a vault: reference', 'vault:kv/data/db#password'],
    ['an ssm: reference', 'ssm:/prod/db/password'],
    ['an arn: reference', 'arn:aws:secretsmanager:cn-north-1:123456789012:secret:db'],
    ['a reference in capitals', 'VAULT:kv/db'],
    ['a reference with spaces around it', '  ssm:/prod/db/password  '],
  ])('are not credentials when they are %s', (_what, value) => {
    expect(findSecrets({ password: value })).toEqual([]);
  });
  it.each([
    ['text before a ${...} reference', 'hunter2${DB_PASSWORD}'],
    ['text after a ${...} reference', '${DB_PASSWORD}hunter2'],
    ['an empty ${}', '${}'],
    ['a ${...} of one character', '${X}x'],
    ['a reference prefix inside the value', 'topsecret:hunter2'],
    ['a reference prefix after other text', 'hunter2 vault:kv'],
  ])('are credentials when they only look like a reference: %s', (_what, value) => {
    expect(findSecrets({ password: value })).toEqual([{ path: ['password'], kind: 'value of `password`' }]);
  });
  it('are references when the ${...} holds several characters', () => {
    expect(findSecrets({ token: '${A}', apiKey: '${LONG_NAME}', secret: '${x.y-z}' })).toEqual([]);
  });
});

describe('credentials pasted as field names', () => {
  it('are reported at their full path, and the value under them is still scanned', () => {
    expect(findSecrets({ spec: { [AWS_KEY]: { password: 'hunter2' } } })).toEqual([
      { path: ['spec', AWS_KEY], kind: 'AWS access key, used as a field name' },
      { path: ['spec', AWS_KEY, 'password'], kind: 'value of `password`' },
    ]);
  });
});

describe('data with no value', () => {
  it('holds no credential: YAML nulls, under any field', () => {
    expect(findSecrets(null)).toEqual([]);
    expect(findSecrets({ password: null, note: null, list: [null, 'plain'] })).toEqual([]);
  });
});
