import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pulumiConfigOf } from '../../stacks/project-file';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';

// Pulumi.yaml applied to a stack as the Pulumi CLI applies it (pkg/workspace/config.go mergeConfig,
// sdk/go/common/workspace/project.go Project.Validate): each case starts from the shipped files and
// changes one thing.

const root = join(__dirname, '../..');
const shippedProject = readFileSync(join(root, 'Pulumi.yaml'), 'utf8');
const shippedStack = (stack: string) => readFileSync(join(root, `Pulumi.${stack}.yaml`), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-project-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a project and a stack into the temp folder; `declare` is appended under Pulumi.yaml's `config:`. */
function write({
  project = shippedProject,
  declare = '',
  stack = 'prod',
  text = shippedStack('prod'),
}: {
  project?: string;
  declare?: string;
  stack?: string;
  text?: string;
}): void {
  writeFileSync(join(dir, 'Pulumi.yaml'), `${project.trimEnd()}\n${declare}`);
  writeFileSync(join(dir, `Pulumi.${stack}.yaml`), text);
}

function problemsOf(stack = 'prod'): { error: StackConfigError; message: string } {
  try {
    loadStackFile(dir, stack);
  } catch (error) {
    expect(error).toBeInstanceOf(StackConfigError);
    return { error: error as StackConfigError, message: (error as Error).message };
  }
  throw new Error('expected the stack to be refused');
}

/** The line of the last row holding `needle` (appended declarations come last). */
function lineOf(text: string, needle: string): number {
  const rows = text.split('\n');
  for (let index = rows.length - 1; index >= 0; index--) if (rows[index]!.includes(needle)) return index + 1;
  return 0;
}

describe('the shipped project and stacks, as the Pulumi CLI reads them', () => {
  it.each(['prod', 'onprem', 'dev'])('%s loads: every declared key is set or has a default', (stack) => {
    const { values, platform } = loadStackFile(root, stack);
    expect(values['envcloud:platformStack']).toBe('');
    expect(values['envcloud:systems']).toEqual(stack === 'dev' ? { numbers: [2, 4, 18, 23, 29, 120] } : {});
    // The defaults mean "not set" to the program: no platform stack, every system.
    expect(platform.platformStack).toBeUndefined();
    expect(platform.systems).toEqual(stack === 'dev' ? { numbers: [2, 4, 18, 23, 29, 120] } : undefined);
  });

  it('applies Pulumi.yaml defaults to keys the stack leaves out, and the stack wins where it sets them', () => {
    const dev = loadStackFile(root, 'dev');
    expect(dev.values['envcloud:logRetentionDays']).toBe(180);
    expect(pulumiConfigOf(dev.values)['envcloud:logRetentionDays']).toBe('180');
    expect(dev.values['envcloud:approvedRegistry']).toBe('registry.envcloud.mee.gov.cn');
    expect(loadStackFile(root, 'prod').values['envcloud:logRetentionDays']).toBe(365);
  });

  it('the project file before this fix is refused exactly as the CLI refuses it', () => {
    const old = shippedProject.replace('    default: ""\n', '').replace('    default: {}\n', '');
    write({ project: old });
    const { error, message } = problemsOf();
    expect(error.problems).toHaveLength(1);
    const line = lineOf(shippedStack('prod'), 'config:');
    expect(message).toContain(
      `Pulumi.prod.yaml:${line}:1: error[stack-config]: Stack 'prod' is missing configuration values 'envcloud:platformStack' and 'envcloud:systems'\n  hint: `,
    );
    write({ project: old, stack: 'dev', text: shippedStack('dev') });
    expect(problemsOf('dev').message).toContain(
      "error[stack-config]: Stack 'dev' is missing configuration value 'envcloud:platformStack'\n",
    );
  });
});

describe('Pulumi.yaml declarations applied to a stack', () => {
  it('a declared key with neither default nor value is required, named with the CLI sentence at the stack’s config', () => {
    write({ declare: '  envcloud:zone:\n    type: string\n' });
    const { error, message } = problemsOf();
    expect(error.problems[0]).toMatchObject({
      key: 'envcloud:zone',
      line: lineOf(shippedStack('prod'), 'config:'),
      column: 1,
    });
    expect(message).toMatch(
      /^Pulumi\.prod\.yaml:\d+:1: error\[stack-config\]: Stack 'prod' is missing configuration value 'envcloud:zone'\n {2}hint: set it with `pulumi config set envcloud:zone <value> --stack prod`/,
    );
  });

  it('three missing keys are listed sorted, the last after "and"', () => {
    write({
      declare:
        '  envcloud:c:\n    type: string\n  envcloud:a:\n    type: string\n  b:\n    description: bare keys are the project’s\n',
    });
    expect(problemsOf().message).toContain(
      "Stack 'prod' is missing configuration values 'b', 'envcloud:a' and 'envcloud:c'",
    );
  });

  it('a default fills the key when the stack does not set it, and the program reads it', () => {
    write({
      project: shippedProject.replace('    default: 180', '    default: 400'),
      text: shippedStack('prod').replace('  envcloud:logRetentionDays: 365\n', ''),
    });
    const { values, platform } = loadStackFile(dir, 'prod');
    expect(values['envcloud:logRetentionDays']).toBe(400);
    expect(platform.logRetentionDays).toBe(400);
  });

  it('a default the program refuses is located in Pulumi.yaml, where it has to change', () => {
    const project = shippedProject.replace('    default: 180', '    default: 90');
    write({ project, text: shippedStack('prod').replace('  envcloud:logRetentionDays: 365\n', '') });
    expect(problemsOf().message).toContain(
      `Pulumi.yaml:${lineOf(project, 'default: 90')}:5: error[stack-config]: envcloud:logRetentionDays must be >= 180`,
    );
  });

  it('a provider key’s `value` is given to the program; a required key of another namespace is not the stack’s to set', () => {
    write({
      declare: '  kubernetes:enableServerSideApply:\n    value: true\n',
      text: shippedStack('prod').replace('  aws:region: cn-north-1\n', ''),
    });
    const { values } = loadStackFile(dir, 'prod');
    expect(values['kubernetes:enableServerSideApply']).toBe(true);
    expect(values['aws:region']).toBeUndefined();
  });

  it('a stack key without a namespace is the project’s', () => {
    write({ text: shippedStack('prod').replace('envcloud:logRetentionDays: 365', 'logRetentionDays: 400') });
    expect(loadStackFile(dir, 'prod').platform.logRetentionDays).toBe(400);
  });

  it.each<[string, string, string, string]>([
    [
      'a word for an integer',
      'envcloud:logRetentionDays: 365',
      'envcloud:logRetentionDays: lots',
      "Stack 'prod' with configuration key 'envcloud:logRetentionDays' must be of type 'integer'",
    ],
    [
      'a fraction for an integer',
      'envcloud:logRetentionDays: 365',
      'envcloud:logRetentionDays: 365.5',
      "Stack 'prod' with configuration key 'envcloud:logRetentionDays' must be of type 'integer'",
    ],
    [
      '"yes" for a boolean',
      'envcloud:logRetentionDays: 365',
      'envcloud:singleCenterBackups: "yes"',
      "Stack 'prod' with configuration key 'envcloud:singleCenterBackups' must be of type 'boolean'",
    ],
    [
      'a list for a string',
      'envcloud:mode: aws',
      'envcloud:mode: [aws]',
      "Stack 'prod' with configuration key 'envcloud:mode' must be of type 'string'",
    ],
    [
      'a list for an object',
      'envcloud:logRetentionDays: 365',
      'envcloud:systems: [1, 2]',
      "Stack 'prod' with configuration key 'envcloud:systems' must be of type 'object'",
    ],
  ])('%s is refused with the CLI sentence at the stack value', (_what, from, to, sentence) => {
    const text = shippedStack('prod').replace(from, to);
    write({ text });
    const { error, message } = problemsOf();
    const line = lineOf(text, to);
    expect(message.split('\n')[0]).toMatch(
      new RegExp(
        `^Pulumi\\.prod\\.yaml:${line}:\\d+: error\\[stack-config\\]: ${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
    // The program's schema would say the same of that key: said once.
    expect(
      error.problems.filter((problem) => problem.key.startsWith(to.split(':')[0] + ':' + to.split(':')[1]!)),
    ).toHaveLength(1);
  });

  it('a YAML null for a typed key is not "unset": it is a value of no type', () => {
    write({ text: `${shippedStack('prod').trimEnd()}\n  envcloud:systems:\n` });
    expect(problemsOf().message).toContain(
      "Stack 'prod' with configuration key 'envcloud:systems' must be of type 'object'",
    );
  });

  it('accepts what the CLI accepts: an integer written as a string, a boolean as one', () => {
    write({
      text: shippedStack('prod').replace(
        'envcloud:logRetentionDays: 365',
        'envcloud:logRetentionDays: "400"\n  envcloud:singleCenterBackups: "false"',
      ),
    });
    expect(loadStackFile(dir, 'prod').platform).toMatchObject({ logRetentionDays: 400, singleCenterBackups: false });
  });

  it('an array whose items are not of the declared item type is refused', () => {
    const text = shippedStack('prod').replace(
      / {2}envcloud:centers:\n(?: {4}.*\n)+/,
      '  envcloud:centers: [primary, same-city]\n',
    );
    write({ text });
    expect(problemsOf().message).toContain(
      `Pulumi.prod.yaml:${lineOf(text, 'envcloud:centers')}:21: error[stack-config]: Stack 'prod' with configuration key 'envcloud:centers' must be of type 'array<object>'`,
    );
  });

  it('a secret key needs an encrypted value, and encrypted keys are listed for PULUMI_CONFIG_SECRET_KEYS', () => {
    write({
      declare: '  envcloud:token:\n    type: string\n    secret: true\n',
      text: `${shippedStack('prod').trimEnd()}\n  envcloud:token: plain\n`,
    });
    expect(problemsOf().message).toContain(
      "Stack 'prod' with configuration key 'envcloud:token' must be encrypted as it's secret",
    );
    write({
      declare: '  envcloud:token:\n    type: string\n    secret: true\n',
      text: `${shippedStack('prod').trimEnd()}\n  envcloud:token:\n    secure: v1:Zm9vYmFyYmF6:cXV4cXV1eA==\n`,
    });
    // The program's schema does not know envcloud:token, so only the CLI-level checks are looked at here.
    const refused = problemsOf();
    expect(refused.message).not.toContain('must be encrypted');
    expect(refused.error.problems.map((problem) => problem.key)).toEqual(['envcloud:token']);
  });

  it('lists keys holding an encrypted value, inside structures too', () => {
    const text = shippedStack('onprem').replace(
      '      context: envcloud-remote',
      '      kubeconfig:\n        secure: v1:Zm9vYmFyYmF6:cXV4cXV1eA==',
    );
    write({ stack: 'onprem', text });
    expect(loadStackFile(dir, 'onprem').secretKeys).toEqual(['envcloud:centers']);
    // The shipped stacks hold no encrypted value: the real CLI runs them with any secrets provider.
    expect(loadStackFile(root, 'onprem').secretKeys).toEqual([]);
    expect(loadStackFile(root, 'prod').secretKeys).toEqual([]);
  });
});

describe('Pulumi.yaml declarations the CLI refuses', () => {
  const located = (declare: string, needle: string, sentence: string) => {
    write({ declare });
    const { message } = problemsOf();
    const line = lineOf(`${shippedProject.trimEnd()}\n${declare}`, needle);
    expect(message).toMatch(new RegExp(`^Pulumi\\.yaml:${line}:\\d+: error\\[stack-config\\]: `));
    expect(message.split('\n')[0]!.replace(/^[^ ]+ error\[stack-config\]: /, '')).toBe(sentence);
    expect(message).toContain('\n  hint: ');
  };

  it('both a default and a value', () => {
    located(
      '  envcloud:zone:\n    default: a\n    value: b\n',
      'value: b',
      "project config 'envcloud:zone' cannot have both a 'default' and 'value' attribute",
    );
  });
  it('a type on a key of another namespace', () => {
    located(
      '  aws:region:\n    type: string\n    value: cn-north-1\n',
      'type: string',
      "Configuration key 'aws:region' is not namespaced by the project and should not define a type",
    );
  });
  it('a default on a key of another namespace', () => {
    located(
      '  aws:region:\n    default: cn-north-1\n',
      'default: cn-north-1',
      "Configuration key 'aws:region' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?",
    );
  });
  it('a key of another namespace without a value', () => {
    located(
      '  aws:region:\n    description: where\n',
      'aws:region:',
      "Configuration key 'aws:region' is namespaced and must provide an attribute 'value'",
    );
  });
  it('a default not of the declared type', () => {
    located(
      '  envcloud:zone:\n    type: integer\n    default: one\n',
      'default: one',
      "The default value specified for configuration key 'envcloud:zone' is not of the expected type 'integer'",
    );
  });
  it('an array without items', () => {
    located(
      '  envcloud:zones:\n    type: array\n',
      'type: array',
      "The configuration key 'envcloud:zones' declares an array but does not specify the underlying type via the 'items' attribute",
    );
  });
  it('an array default whose items are of another type', () => {
    located(
      '  envcloud:zones:\n    type: array\n    items:\n      type: string\n    default: [1, 2]\n',
      'default: [1, 2]',
      "The default value specified for configuration key 'envcloud:zones' is not of the expected type 'array<string>'",
    );
  });
  it('a misspelt attribute or type, with did you mean', () => {
    write({ declare: '  envcloud:zone:\n    type: strin\n    defualt: a\n' });
    const { message } = problemsOf();
    expect(message).toContain('`defualt` is not a config declaration attribute\n  hint: did you mean `default`?');
    expect(message).toContain('"strin" is not a config type\n  hint: did you mean `string`?');
  });
});
