import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/cli';

/** Runs the built CLI in `cwd` with exactly `env` (plus NO_COLOR). */
function envcloudIn(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let project: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-deploy-'));
  project = join(dir, 'project');
  mkdirSync(join(project, 'policies'), { recursive: true });
  for (const file of ['Pulumi.yaml', 'Pulumi.prod.yaml']) copyFileSync(join(root, file), join(project, file));
  copyFileSync(join(root, 'policies', 'config.json'), join(project, 'policies', 'config.json'));
  cpSync(join(root, 'manifests'), join(project, 'manifests'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('envcloud deploy: the real path needs the Pulumi CLI and a backend login', () => {
  // In English here; in Chinese, tests/cli/inputs-zh.test.ts.
  it('without pulumi on PATH: says so and exits 2 before anything starts', () => {
    const empty = mkdtempSync(join(dir, 'path-'));
    const result = envcloudIn(project, ['deploy', '--stack', 'prod', '--lang', 'en'], { ...process.env, PATH: empty });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the Pulumi CLI is not on PATH');
    expect(result.stderr).not.toMatch(/: started$|DEPLOY of stack/m);
    expect(existsSync(join(project, '.envcloud', 'deploy'))).toBe(false);
  });

  it('with pulumi on PATH but no backend login: says so and exits 2', () => {
    const bin = mkdtempSync(join(dir, 'bin-'));
    writeFileSync(join(bin, 'pulumi'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'pulumi'), 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin, PULUMI_HOME: mkdtempSync(join(dir, 'home-')) };
    delete env.PULUMI_ACCESS_TOKEN;
    delete env.PULUMI_BACKEND_URL;
    const result = envcloudIn(project, ['deploy', '--stack', 'prod', '--preview-only', '--lang', 'en'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no Pulumi state backend');
  });
});

describe('envcloud deploy --offline on the shipped manifests', () => {
  it('refuses, located, a pack config audit refuses, before any stack runs (it went to every `pulumi up` unread)', () => {
    const config = join(project, 'policies', 'config.json');
    const good = readFileSync(config, 'utf8');
    try {
      writeFileSync(config, '{"all": "disabled"}\n');
      for (const mode of ['--list', '--offline']) {
        const refused = envcloudIn(project, ['deploy', '--stack', 'prod', mode, '--lang', 'en']);
        expect([refused.code, refused.stderr]).toEqual([
          2,
          expect.stringMatching(/config\.json:1:2: error\[pack-config\]: disables every policy/),
        ]);
      }
    } finally {
      writeFileSync(config, good);
    }
  }, 60000);

  it('refuses a platform stack that deploys the systems too, and missing wave stack files (exit 2)', () => {
    const missing = envcloudIn(project, ['deploy', '--stack', 'prod', '--offline']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Pulumi.prod-wave1.yaml does not exist');
    expect(missing.stderr).toContain('envcloud waves stacks --stack prod');
    const list = envcloudIn(project, ['deploy', '--stack', 'prod', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('1. prod (up)');
    expect(list.stdout).toContain('not ready:');
    expect(envcloudIn(project, ['waves', 'stacks', '--stack', 'prod']).code).toBe(0);
    const both = envcloudIn(project, ['deploy', '--stack', 'prod', '--offline']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('the platform stack deploys 182 system(s) the wave stacks deploy too');
    writeFileSync(
      join(project, 'Pulumi.prod.yaml'),
      `${readFileSync(join(project, 'Pulumi.prod.yaml'), 'utf8')}  envcloud:systems:\n    numbers: []\n`,
    );
  });

  // A wave stack on the ministry's clusters built its systems without their databases and buckets.
  it('refuses waves of a kubeconfig stack, in deploy (before looking for the Pulumi CLI) and in waves stacks, writing nothing (exit 2)', () => {
    copyFileSync(join(root, 'Pulumi.onprem.yaml'), join(project, 'Pulumi.onprem.yaml'));
    try {
      const said = 'onprem is a `kubeconfig` stack, whose systems cannot be deployed in wave stacks';
      for (const args of [['--offline'], [], ['--list']]) {
        const deploy = envcloudIn(project, ['deploy', '--stack', 'onprem', ...args], { PATH: '/nonexistent' });
        expect([deploy.code, deploy.stderr]).toEqual([2, expect.stringContaining(said)]);
      }
      for (const lang of ['en', 'zh']) {
        const waves = envcloudIn(project, ['waves', 'stacks', '--stack', 'onprem', '--lang', lang]);
        expect([waves.code, waves.stderr]).toEqual([
          2,
          expect.stringContaining(lang === 'en' ? said : 'onprem 是 `kubeconfig` 栈'),
        ]);
      }
      expect(existsSync(join(project, 'Pulumi.onprem-wave1.yaml'))).toBe(false);
    } finally {
      rmSync(join(project, 'Pulumi.onprem.yaml'));
    }
  });

  // A wave file of a systems-only stack named a platform that exports nothing, and deploy's hint led there.
  it('refuses a systems-only stack as the platform, in deploy and in waves stacks, and a wave naming another project (exit 2)', () => {
    const copy = join(dir, 'systems-only');
    cpSync(project, copy, { recursive: true });
    rmSync(join(copy, '.envcloud'), { recursive: true, force: true });
    const wave = `${readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8')}  envcloud:platformStack: ministry/envcloud/prod\n  envcloud:systems:\n    waves: [2]\n`;
    writeFileSync(join(copy, 'Pulumi.w2.yaml'), wave);
    const said = 'Pulumi.w2.yaml: sets envcloud:platformStack, so it is a systems-only stack, not a platform stack';
    for (const args of [
      ['deploy', '--stack', 'w2', '--offline'],
      ['waves', 'stacks', '--stack', 'w2'],
    ]) {
      const run = envcloudIn(copy, [...args, '--lang', 'en']);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(said)]);
    }
    expect(readdirSync(copy).filter((file) => file.startsWith('Pulumi.w2-'))).toEqual([]);
    // A wave file whose platform stack is another project's `prod`.
    writeFileSync(
      join(copy, 'Pulumi.prod.yaml'),
      `${readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8')}  envcloud:systems:\n    numbers: []\n`,
    );
    expect(envcloudIn(copy, ['waves', 'stacks', '--stack', 'prod', '--force']).code).toBe(0);
    const wave1 = join(copy, 'Pulumi.prod-wave1.yaml');
    writeFileSync(
      wave1,
      readFileSync(wave1, 'utf8').replace(
        'platformStack: organization/envcloud/prod',
        'platformStack: evil/otherproj/prod',
      ),
    );
    const other = envcloudIn(copy, ['deploy', '--stack', 'prod', '--list', '--lang', 'en']);
    expect(`${other.stdout}${other.stderr}`).toContain(
      'envcloud:platformStack is `evil/otherproj/prod`, not the platform stack `prod`',
    );
    expect(
      envcloudIn(copy, ['waves', 'stacks', '--stack', 'prod', '--platform-stack', 'evil/otherproj/prod', '--force'])
        .code,
    ).toBe(2);
  });

  it('runs the platform first, then the waves; a failed wave stops only itself; --resume runs only what did not succeed', () => {
    const wave2 = join(project, 'Pulumi.prod-wave2.yaml');
    const good = readFileSync(wave2, 'utf8');
    // Wave 2 approves another registry than its images': its preflight fails, the other waves do not depend on it.
    writeFileSync(wave2, `${good.trimEnd()}\n  envcloud:approvedRegistry: harbor.example.gov.cn\n`);
    const log = join(dir, 'deploy.jsonl');
    const first = envcloudIn(project, ['deploy', '--stack', 'prod', '--offline', '--json-log', log]);
    expect(first.stderr).toContain('OFFLINE DEPLOY of stack prod');
    expect(first.code).toBe(1);
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string | boolean | number>);
    expect(events.every((event) => event.offline === true)).toBe(true);
    const ends = Object.fromEntries(events.filter((e) => e.event === 'end').map((e) => [String(e.stack), e] as const));
    expect(Object.fromEntries(Object.entries(ends).map(([stack, e]) => [stack, e.result]))).toEqual({
      prod: 'succeeded',
      'prod-wave1': 'succeeded',
      'prod-wave2': 'failed',
      'prod-wave3': 'succeeded',
    });
    expect(ends['prod-wave2']!.error).toContain('error[image-from-approved-registry]');
    // The platform ended before any wave started.
    const platformEnd = events.findIndex((e) => e.event === 'end' && e.stack === 'prod');
    const firstWaveStart = events.findIndex((e) => e.event === 'start' && e.stack !== 'prod');
    expect(platformEnd).toBeLessThan(firstWaveStart);
    for (const e of events.filter((e) => e.event === 'end')) {
      expect(Object.keys(e).sort()).toEqual(
        expect.arrayContaining(['stack', 'phase', 'start', 'end', 'result', 'offline', 'event']),
      );
      expect(Date.parse(String(e.end))).toBeGreaterThanOrEqual(Date.parse(String(e.start)));
    }
    expect(first.stdout).toContain('3 of 4 stacks succeeded, 1 failed');

    writeFileSync(wave2, good);
    const second = envcloudIn(project, ['deploy', '--stack', 'prod', '--offline', '--resume', '--json-log', log]);
    expect(second.code).toBe(0);
    const again = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .slice(events.length)
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(again.filter((e) => e.event === 'start').map((e) => e.stack)).toEqual(['prod-wave2']);
    expect(again.filter((e) => e.result === 'resumed').map((e) => e.stack)).toEqual([
      'prod',
      'prod-wave1',
      'prod-wave3',
    ]);
    const state = JSON.parse(readFileSync(join(project, '.envcloud', 'deploy', 'prod.offline.json'), 'utf8'));
    expect(Object.values(state.stacks).map((s) => (s as { result: string }).result)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
  }, 240000);

  it('refuses a wave stack whose pools differ from the platform’s, and waves that fit the pools alone but not together', () => {
    const copy = join(dir, 'pools');
    cpSync(project, copy, { recursive: true });
    rmSync(join(copy, '.envcloud'), { recursive: true, force: true });
    const platform = join(copy, 'Pulumi.prod.yaml');
    const platformText = `${readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8')}  envcloud:systems:\n    numbers: []\n`;
    writeFileSync(platform, platformText);
    expect(envcloudIn(copy, ['waves', 'stacks', '--stack', 'prod', '--force']).code).toBe(0);
    const wave2 = join(copy, 'Pulumi.prod-wave2.yaml');
    // The same values in another order are the same config.
    const good = readFileSync(wave2, 'utf8');
    writeFileSync(
      wave2,
      good.replace('central: { cpu: 512, memoryGiB: 2048,', 'central: { memoryGiB: 2048, cpu: 512,'),
    );
    expect(envcloudIn(copy, ['deploy', '--stack', 'prod', '--offline', '--list']).stdout).not.toContain('differs');
    writeFileSync(wave2, good.replace('central: { cpu: 512', 'central: { cpu: 1000'));
    const differs = envcloudIn(copy, ['deploy', '--stack', 'prod', '--offline', '--lang', 'en']);
    expect([differs.code, differs.stderr]).toEqual([
      2,
      expect.stringContaining('envcloud:pools differs from Pulumi.prod.yaml'),
    ]);
    // 95 central cores hold each wave's systems but not all of them (98 cores).
    writeFileSync(platform, platformText.replace('central: { cpu: 512', 'central: { cpu: 95'));
    expect(envcloudIn(copy, ['waves', 'stacks', '--stack', 'prod', '--force']).code).toBe(0);
    const together = envcloudIn(copy, ['deploy', '--stack', 'prod', '--offline', '--lang', 'en']);
    expect([together.code, together.stderr]).toEqual([1, expect.stringContaining('error[pool-capacity]')]);
    expect(together.stderr).toMatch(/Pulumi\.prod\.yaml:\d+:\d+: error\[pool-capacity\]/);
    // Deploying one wave at a time is checked against them all the same.
    const one = envcloudIn(copy, ['deploy', '--stack', 'prod', '--offline', '--wave', '3', '--lang', 'en']);
    expect([one.code, one.stderr]).toEqual([1, expect.stringContaining('error[pool-capacity]')]);
    expect(existsSync(join(copy, '.envcloud', 'deploy'))).toBe(false);
  }, 120000);

  it('--wave 3 checks the platform and runs only wave 3', () => {
    const result = envcloudIn(project, ['deploy', '--stack', 'prod', '--offline', '--wave', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/prod {8}check +succeeded/);
    expect(result.stdout).toMatch(/prod-wave3 +preview +succeeded/);
    expect(result.stdout).not.toContain('prod-wave1');
    expect(result.stdout).not.toContain('prod-wave2');
    expect(envcloudIn(project, ['deploy', '--stack', 'prod', '--offline', '--wave', '7']).code).toBe(2);
  }, 120000);
});
