import {
  formatLocatedFindings,
  locatedFindingsMessage,
  plaintextSecretFindings,
  redactFinding,
  redactFindings,
  secretKindMessage,
} from '../document/input-checks';
import type { Finding } from '../document/findings';
import { msg, render } from '../document/i18n';
import { loadManifestBytes } from '../document/load';

/** The checks every small input file passes, and how their findings are printed (#17, mutation score). */

const KEY = 'AKIAABCDEFGHIJKLMNOP';

function loaded(text: string) {
  const { document } = loadManifestBytes('waivers.yaml', Buffer.from(text));
  if (!document) throw new Error('expected the file to load');
  return document;
}

describe('plaintext credentials in a small input file', () => {
  it('are a finding each, at the value, with the path redacted and the given hint', () => {
    const hint = msg('file.empty.hint');
    const findings = plaintextSecretFindings(
      loaded(`waivers:\n  - id: w1\n    password: hunter22\n    note: ${KEY}\n`),
      hint,
    );
    expect(findings).toEqual([
      {
        file: 'waivers.yaml',
        line: 3,
        column: 15,
        severity: 'error',
        ruleId: 'plaintext-secret',
        field: 'waivers[0].password',
        message: '`waivers[0].password` holds a plaintext credential (value of `password`)',
        hint: render(hint, 'en'),
        localized: {
          message: msg('inputs.secret', {
            field: 'waivers[0].password',
            kind: msg('inputs.secret.value-of', { key: 'password' }),
          }),
          hint,
        },
      },
      expect.objectContaining({
        line: 4,
        column: 11,
        field: 'waivers[0].note',
        message: '`waivers[0].note` holds a plaintext credential (AWS access key)',
      }),
    ]);
  });

  it('redact a credential written as a key from the field path', () => {
    const [finding] = plaintextSecretFindings(loaded(`notes:\n  ${KEY}: x\n`), msg('file.empty.hint'));
    expect(finding).toMatchObject({ field: 'notes.[redacted]', line: 2, column: 25 });
    expect(finding!.message).toBe(
      '`notes.[redacted]` holds a plaintext credential (AWS access key, used as a field name)',
    );
    expect(JSON.stringify(finding)).not.toContain(KEY);
  });

  it('are none in a clean file', () => {
    expect(plaintextSecretFindings(loaded('a: 1\nb: [x]\n'), msg('file.empty.hint'))).toEqual([]);
  });
});

describe('the kind of a credential as a catalog message', () => {
  it('says a value of a key, a field name and a pattern kind', () => {
    expect(secretKindMessage('private key')).toEqual(msg('inputs.secret.kind', { kind: 'private_key' }));
    expect(secretKindMessage('value of `token`')).toEqual(msg('inputs.secret.value-of', { key: 'token' }));
    expect(secretKindMessage('AWS access key, used as a field name')).toEqual(
      msg('inputs.secret.as-name', { kind: msg('inputs.secret.kind', { kind: 'aws_access_key' }) }),
    );
    expect(render(secretKindMessage('connection string with a password'), 'en')).toBe(
      'connection string with a password',
    );
    expect(secretKindMessage('the value of `x` here')).toEqual(
      msg('inputs.secret.kind', { kind: 'the_value_of_`x`_here' }),
    );
  });
});

describe('findings printed back', () => {
  const base: Finding = {
    file: 'a.yaml',
    line: 2,
    column: 3,
    severity: 'error',
    ruleId: 'r',
    message: `key ${KEY} found`,
  };

  it('have every text that may quote the file redacted, and nothing added', () => {
    const redacted = redactFinding({
      ...base,
      hint: `hint ${KEY}`,
      field: `a.${KEY}`,
      related: [
        { file: 'b.yaml', line: 1, column: 1, message: `there ${KEY}`, localized: msg('yaml.parser', { code: KEY }) },
        { file: 'c.yaml', line: 1, column: 1, message: 'plain' },
      ],
      localized: {
        message: msg('yaml.cannot-parse', { detail: msg('text.untranslated', { text: KEY, fallback: 'x' }) }),
        hint: msg('yaml.too-deep', { max: 3 }),
      },
    });
    expect(redacted).toEqual({
      ...base,
      message: 'key [redacted] found',
      hint: 'hint [redacted]',
      field: 'a.[redacted]',
      related: [
        {
          file: 'b.yaml',
          line: 1,
          column: 1,
          message: 'there [redacted]',
          localized: msg('yaml.parser', { code: '[redacted]' }),
        },
        { file: 'c.yaml', line: 1, column: 1, message: 'plain' },
      ],
      localized: {
        message: msg('yaml.cannot-parse', { detail: msg('text.untranslated', { text: '[redacted]', fallback: 'x' }) }),
        hint: msg('yaml.too-deep', { max: 3 }),
      },
    });
    expect(Object.keys(redactFinding(base)).sort()).toEqual(Object.keys(base).sort());
    const bare = redactFinding({ ...base, localized: { message: msg('file.empty') } });
    expect(bare.localized).toEqual({ message: msg('file.empty') });
    expect(redactFindings([base, base]).map(({ message }) => message)).toEqual([
      'key [redacted] found',
      'key [redacted] found',
    ]);
  });

  it('print as file:line:column, severity and rule, and the hint on the next line, in each language', () => {
    const findings: Finding[] = [
      {
        ...base,
        message: 'file is empty (no YAML content)',
        hint: 'start from `envcloud new`, or delete the file',
        localized: { message: msg('file.empty'), hint: msg('file.empty.hint') },
      },
      { ...base, line: 5, severity: 'warning', ruleId: 'w', message: 'plain words' },
    ];
    expect(formatLocatedFindings(findings)).toBe(
      'a.yaml:2:3: error[r]: file is empty (no YAML content)\n  hint: start from `envcloud new`, or delete the file\n' +
        'a.yaml:5:3: warning[w]: plain words',
    );
    expect(formatLocatedFindings(findings, 'zh')).toBe(
      'a.yaml:2:3: 错误[r]: 文件是空的（没有 YAML 内容）\n  提示：用 `envcloud new` 新建清单，或删除该文件\n' +
        'a.yaml:5:3: 警告[w]: plain words',
    );
    const message = locatedFindingsMessage(findings);
    expect(render(message, 'en')).toBe(formatLocatedFindings(findings, 'en'));
    expect(render(message, 'zh')).toBe(formatLocatedFindings(findings, 'zh'));
  });
});
