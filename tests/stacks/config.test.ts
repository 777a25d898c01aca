import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parsePlatformConfig } from '../../stacks/config';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';
import { UnknownStackError } from '../../stacks/project-stacks';
import { decryptedShape } from '../../stacks/config-types';
import { withStackCopy } from '../support/stack-copy';

const root = join(__dirname, '../..');

describe('stack configuration', () => {
  it.each(['prod', 'onprem', 'dev'])('the committed %s stack validates', (stack) => {
    const { platform } = loadStackFile(root, stack);
    expect(platform.centers.length).toBeGreaterThan(0);
    expect(platform.logRetentionDays).toBeGreaterThanOrEqual(180);
  });

  it('prod is AWS China: Beijing for primary and same-city, Ningxia for remote', () => {
    const { platform, values } = loadStackFile(root, 'prod');
    expect(platform.mode).toBe('aws');
    expect(values['aws:region']).toBe('cn-north-1');
    expect(platform.centers.map((center) => [center.role, center.region])).toEqual([
      ['primary', 'cn-north-1'],
      ['same-city', 'cn-north-1'],
      ['remote', 'cn-northwest-1'],
    ]);
  });

  it('onprem uses kubeconfig contexts and no AWS settings', () => {
    const { platform, values } = loadStackFile(root, 'onprem');
    expect(platform.mode).toBe('kubeconfig');
    expect(Object.keys(values).filter((key) => key.startsWith('aws:'))).toEqual([]);
    expect(platform.centers.every((center) => center.context && !center.region)).toBe(true);
  });

  const base = () => parsePlatformConfig(rawOf('prod'));
  /** The stack's `envcloud:` keys as the program reads them: encrypted values decrypted (to the stand-in a secret is). */
  function rawOf(stack: string): Record<string, any> {
    const { values } = loadStackFile(root, stack);
    return Object.fromEntries(
      Object.entries(decryptedShape(values) as Record<string, unknown>)
        .filter(([key]) => key.startsWith('envcloud:'))
        .map(([key, value]) => [key.slice(9), structuredClone(value)]),
    );
  }

  it('applies defaults with ?? (an explicit value wins)', () => {
    expect(base().approvedRegistry).toBe('registry.envcloud.mee.gov.cn');
    expect(base().logRetentionDays).toBe(365);
  });

  function problemsOf(mutate: (raw: Record<string, any>) => void, stack = 'prod') {
    const raw = rawOf(stack);
    mutate(raw);
    try {
      parsePlatformConfig(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
    throw new Error('expected a ConfigError');
  }

  it.each<[string, (raw: Record<string, any>) => void, string, string]>([
    ['a missing key', (raw) => delete raw.pools, 'envcloud:pools', 'is required'],
    [
      'a misspelt key',
      (raw) => (raw.logRetentionDay = 200),
      'envcloud:logRetentionDay',
      'did you mean `envcloud:logRetentionDays`?',
    ],
    ['a retention under 180 days', (raw) => (raw.logRetentionDays = 90), 'envcloud:logRetentionDays', 'must be >= 180'],
    // A plan of year 1 passed, where `--as-of` refuses any day before 2000.
    ['a plan day before 2000', (raw) => (raw.asOf = '1999-12-31'), 'envcloud:asOf', '"1999-12-31" is before 2000'],
    // Past what CloudWatch Logs keeps: AwsCenter refused it as a bug (exit 70).
    [
      'a retention past 3653 days',
      (raw) => (raw.logRetentionDays = 3654),
      'envcloud:logRetentionDays',
      'must be <= 3653',
    ],
    // Rendered `requests.cpu: Infinity` in the pool's ResourceQuota, which validate and audit passed.
    [
      'a pool past any real one',
      (raw) => (raw.pools.central.cpu = 1e308),
      'envcloud:pools.central.cpu',
      'must be <= 1000000',
    ],
    [
      'pool memory past any real one',
      (raw) => (raw.pools['nuclear-safety'].memoryGiB = 1e300),
      'envcloud:pools.nuclear-safety.memoryGiB',
      'must be <= 1000000000',
    ],
    ['a bad mode', (raw) => (raw.mode = 'gcp'), 'envcloud:mode', 'allowed: `aws`, `kubeconfig`'],
    [
      'a bad region deep inside',
      (raw) => (raw.centers[2].region = 'Ningxia'),
      'envcloud:centers[2].region',
      'must match',
    ],
    ['a missing pool', (raw) => delete raw.pools['nuclear-safety'], 'envcloud:pools.nuclear-safety', 'is required'],
    [
      'two primaries',
      (raw) => (raw.centers[1].role = 'primary'),
      'envcloud:centers[1].role',
      'a second `primary` center',
    ],
    [
      'an AWS center without zones',
      (raw) => delete raw.centers[0].availabilityZones,
      'envcloud:centers[0].availabilityZones',
      'is required in `aws` mode',
    ],
    [
      'single-center backups with three centers',
      (raw) => (raw.singleCenterBackups = true),
      'envcloud:singleCenterBackups',
      'only allowed with exactly one center',
    ],
  ])('names the key for %s', (_what, mutate, key, text) => {
    const problem = problemsOf(mutate).find((candidate) => candidate.key === key);
    expect(problem).toBeDefined();
    expect(`${problem!.message} ${problem!.hint ?? ''}`).toContain(text);
  });

  it('two onprem centers on one cluster (the same context, the same kubeconfig) are refused at the second', () => {
    const problems = problemsOf((raw) => (raw.centers[2].context = raw.centers[0].context), 'onprem');
    expect(problems).toEqual([
      expect.objectContaining({ key: 'envcloud:centers[2].context', message: expect.stringContaining('same cluster') }),
    ]);
    // Another kubeconfig with the same context name is another cluster's file: allowed.
    expect(() =>
      problemsOf((raw) => {
        raw.centers[2].context = raw.centers[0].context;
        raw.centers[2].kubeconfig = 'apiVersion: v1\nkind: Config\n';
      }, 'onprem'),
    ).toThrow('expected a ConfigError');
  });

  it('an onprem center needs a context or a kubeconfig', () => {
    const problems = problemsOf((raw) => delete raw.centers[1].context, 'onprem');
    expect(problems[0]).toMatchObject({ key: 'envcloud:centers[1]' });
  });

  // Its systems would run without their CloudNativePG databases and Rook buckets, and its DR policies
  // had no platform facts to judge by: every onprem wave stack failed its audit.
  // `context` on an AWS center, `vpcCidr` on a cluster's, passed unread.
  it('a key of the other mode is refused at the key, in either mode', () => {
    const aws = problemsOf((raw) => (raw.centers[0].context = 'envcloud-primary'));
    expect(aws).toEqual([
      expect.objectContaining({
        key: 'envcloud:centers[0].context',
        message: expect.stringContaining('not read in `aws` mode'),
      }),
    ]);
    const onprem = problemsOf((raw) => (raw.centers[1].vpcCidr = '10.20.0.0/16'), 'onprem');
    expect(onprem).toEqual([
      expect.objectContaining({
        key: 'envcloud:centers[1].vpcCidr',
        message: expect.stringContaining('not read in `kubeconfig` mode'),
      }),
    ]);
  });

  it('a systems-only stack is refused on the ministry’s clusters, at envcloud:platformStack; allowed on AWS', () => {
    const problems = problemsOf((raw) => (raw.platformStack = 'ministry/envcloud/onprem'), 'onprem');
    expect(problems).toEqual([
      expect.objectContaining({ key: 'envcloud:platformStack', message: expect.stringContaining('`aws` mode') }),
    ]);
    expect(() => problemsOf((raw) => (raw.platformStack = 'ministry/envcloud/prod'), 'prod')).toThrow(
      'expected a ConfigError',
    );
  });

  it('locates problems in Pulumi.<stack>.yaml by line and column', () => {
    withStackCopy(
      'prod',
      (text) => text.replace('region: cn-northwest-1', 'region: ningxia'),
      (dir, text) => {
        const line = text.split('\n').findIndex((candidate) => candidate.includes('region: ningxia')) + 1;
        expect(() => loadStackFile(dir, 'prod')).toThrow(StackConfigError);
        try {
          loadStackFile(dir, 'prod');
        } catch (error) {
          const [problem] = (error as StackConfigError).problems;
          expect(problem).toMatchObject({ key: 'envcloud:centers[2].region', line, column: 7 });
          expect((error as Error).message).toContain(
            `Pulumi.prod.yaml:${line}:7: error[stack-config]: envcloud:centers[2].region`,
          );
        }
        expect(() => loadStackFile(dir, 'nosuch')).toThrow(UnknownStackError);
        expect(() => loadStackFile(dir, 'Prod')).toThrow(/the stacks are `prod`\nhint: did you mean `--stack prod`\?/);
      },
    );
  });
});

describe('a stack file whose config is not a mapping', () => {
  it.each([
    ['a string', () => 'config: hello\n', 'config', 1, 9, 'config must be a mapping of settings, not "hello"'],
    ['a list', () => 'config:\n  - a\n', 'config', 2, 3, 'config must be a mapping of settings, not ["a"]'],
    ['a list at the top', () => '- a\n', 'Pulumi.prod.yaml', 1, 1, 'must be a mapping of settings, not ["a"]'],
  ])('is one located error, %s (it was an unknown setting per character)', (_name, text, key, line, column, said) => {
    withStackCopy('prod', text, (dir) => {
      let caught: unknown;
      try {
        loadStackFile(dir, 'prod');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(StackConfigError);
      expect((caught as StackConfigError).problems).toEqual([expect.objectContaining({ key, line, column })]);
      expect((caught as Error).message).toContain(said);
    });
  });
});

describe('Pulumi.yaml', () => {
  const project = (require('yaml') as typeof import('yaml')).parse(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')) as {
    name: string;
    main: string;
    runtime: { name: string; options: { typescript: boolean } };
    config: Record<string, { type?: string; items?: { type: string }; description?: string }>;
  };

  it('is a TypeScript program whose entry is in stacks/', () => {
    expect(project).toMatchObject({
      name: 'envcloud',
      main: 'stacks/',
      runtime: { name: 'nodejs', options: { typescript: true } },
    });
  });

  it('declares every envcloud key the config schema knows, each with its type (the CLI checks stack values against it)', async () => {
    const { platformConfigSchema } = await import('../../stacks/config-schema');
    const keys = Object.keys(platformConfigSchema.properties).map((key) => `envcloud:${key}`);
    expect(Object.keys(project.config).sort()).toEqual(keys.sort());
    for (const [key, schema] of Object.entries(platformConfigSchema.properties)) {
      const declared = project.config[`envcloud:${key}`]!;
      expect(declared.description).toBeTruthy();
      const type = (schema as { type: string }).type;
      expect(declared.type).toBe(type);
      // Pulumi's items carry only a type: the centers' fields are the schema's to check.
      if (type === 'array') expect(declared.items).toEqual({ type: 'object' });
    }
  });

  it('keeps every stack file to declared keys or provider namespaces', () => {
    for (const stack of ['prod', 'onprem', 'dev']) {
      const { values } = loadStackFile(root, stack);
      for (const key of Object.keys(values).filter((candidate) => candidate.startsWith('envcloud:')))
        expect(project.config[key]).toBeDefined();
    }
  });
});

describe('stack names', () => {
  it('follow Pulumi’s rule, so a name never reaches a file outside the project', () => {
    for (const stack of ['x/../../evil', '../prod', 'a b', '', 'p'.repeat(101)])
      expect(() => loadStackFile(root, stack)).toThrow(/is not one Pulumi accepts/);
    expect(loadStackFile(root, 'prod').stack).toBe('prod');
  });
});
