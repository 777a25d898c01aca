import * as pulumi from '@pulumi/pulumi';
import type { Finding } from '../../document/findings';
import { msg } from '../../document/i18n';
import { ConfigError, configProblem } from '../../stacks/config';
import { PreflightError } from '../../stacks/preflight';
import { LISTED_ERRORS, ManifestErrors, programError } from '../../stacks/program-errors';

// `pulumi up` prints a RunError's message as it is and any other exception with the program's stack
// trace (@pulumi/pulumi/cmd/run): envcloud's own problems leave the program as RunErrors, in the
// locale's language.

const error = (index: number): Finding => ({
  file: `manifests/s${String(index).padStart(3, '0')}.yaml`,
  line: index,
  column: 3,
  severity: 'error',
  ruleId: 'schema-enum',
  message: 'must be one of planned, migrating',
  localized: {
    message: msg('text.untranslated', {
      text: 'must be one of planned, migrating',
      fallback: '取值应为 planned、migrating 之一',
    }),
  },
});

describe('the program stopping on manifests with errors', () => {
  it('lists the first errors, located, and counts the rest, in both languages', () => {
    const errors = Array.from({ length: LISTED_ERRORS + 3 }, (_, index) => error(index + 1));
    const refused = new ManifestErrors(errors);
    const en = (programError(refused, 'en') as Error).message.split('\n');
    expect(en[0]).toBe(
      'the manifests have errors (8): nothing is deployed; fix them first (`npx envcloud validate` lists them all):',
    );
    expect(en[1]).toBe('manifests/s001.yaml:1:3: error[schema-enum]: must be one of planned, migrating');
    expect(en.slice(1, -1)).toHaveLength(LISTED_ERRORS);
    expect(en.at(-1)).toBe('… and 3 more');
    const zh = (programError(refused, 'zh') as Error).message.split('\n');
    expect(zh[0]).toBe('清单有错误（8 处），不部署任何资源；请先修正（`npx envcloud validate` 会全部列出）：');
    expect(zh[1]).toBe('manifests/s001.yaml:1:3: 错误[schema-enum]：取值应为 planned、migrating 之一');
    expect(zh.at(-1)).toBe('…… 另有 3 处');
  });

  it('lists all of a few, with no count of more', () => {
    const message = (programError(new ManifestErrors([error(1)]), 'en') as Error).message;
    expect(message.split('\n')).toHaveLength(2);
  });
});

describe('what the program throws', () => {
  it('a config problem: a RunError naming the key, with its hint, in the locale’s language', () => {
    const problem = configProblem(
      'envcloud:centers',
      ['centers'],
      msg('inputs.config.required'),
      msg('inputs.config.required.hint', { key: 'envcloud:centers' }),
    );
    const en = programError(new ConfigError([problem]), 'en');
    const zh = programError(new ConfigError([problem]), 'zh');
    expect(pulumi.RunError.isInstance(en)).toBe(true);
    expect((en as Error).message).toBe(`envcloud:centers: ${problem.message} (${problem.hint})`);
    expect((zh as Error).message).toBe(
      'envcloud:centers: 是必填项（在 Pulumi.<stack>.yaml 中设置，或执行 `pulumi config set envcloud:centers`）',
    );
  });

  it('a preflight refusal: a RunError in the locale’s language', () => {
    const refusal = new PreflightError([
      { ruleId: 'pool-capacity', message: 'pool central is full', hint: 'raise its capacity' },
    ]);
    const zh = programError(refusal, 'zh');
    expect(pulumi.RunError.isInstance(zh)).toBe(true);
    expect((zh as Error).message).toContain('该栈无法部署（部署前检查）：');
    expect((programError(refusal, 'en') as Error).message).toBe(refusal.message);
  });

  it('anything else as it is: a bug keeps its stack trace', () => {
    const bug = new TypeError('x is undefined');
    expect(programError(bug, 'zh')).toBe(bug);
  });
});
