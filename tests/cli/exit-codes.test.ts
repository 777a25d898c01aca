import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud, root } from '../support/cli';

const COMMANDS: Record<string, string[]> = {
  validate: ['0', '1', '2', '70'],
  new: ['0', '1', '2', '70'],
  preview: ['0', '1', '2', '70'],
  audit: ['0', '1', '2', '70'],
  report: ['0', '1', '2', '70'],
};

describe('exit codes (built CLI)', () => {
  it.each(Object.entries(COMMANDS))('%s --help lists every exit code it can return', (command, codes) => {
    const { code, stdout } = envcloud([command, '--help', '--lang', 'en']);
    expect(code).toBe(0);
    const listed = [...stdout.slice(stdout.indexOf('Exit status:')).matchAll(/^ {2}(\d+) +\S/gm)].map(
      (match) => match[1],
    );
    expect(listed).toEqual(codes);
    if (['preview', 'audit', 'report'].includes(command)) expect(stdout).toContain('preflight findings, each located');
  });
});

describe('inputs refused before any work, with exit 2 (built CLI)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-refused-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a folder with no manifest: named, not "0 files valid"', () => {
    mkdirSync(join(dir, 'empty'));
    const { code, stdout, stderr } = envcloud(['validate', join(dir, 'empty')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no manifest found in');
    expect(stdout).not.toContain('valid');
  });

  it('a stack name Pulumi refuses, such as a path out of the project, before any file is read', () => {
    for (const stack of ['x/../../evil', '../Pulumi', 'a b']) {
      const { code, stderr } = envcloud(['preview', '--stack', stack, '--out', join(dir, 'out')]);
      expect({ stack, code }).toEqual({ stack, code: 2 });
      expect(stderr).toMatch(/stack name/i);
    }
    expect(readdirSync(dir)).not.toContain('out');
  });

  it.each([
    [['validate', ''], 'paths is an empty path'],
    [['validate', 'manifests', '--out', ''], '--out is an empty path'],
    [['validate', '--baseline-dir', ''], '--baseline-dir is an empty path'],
    [['waves', 'plan', '', '--lang', 'en'], 'paths is an empty path'],
    [['report', '--out', ''], '--out 给的路径是空的'],
    [['report', '--out', 'r', '--stack', ''], '--stack 的值是空的'],
    [['preview', '--stack', 'dev', '--baseline', ''], '--baseline is an empty path'],
  ])('an empty path, which named the working folder: %j', (args, message) => {
    const { code, stdout, stderr } = envcloud([...args, ...(args[0] === 'report' ? [] : ['--lang', 'en'])]);
    expect([code, stdout, stderr]).toEqual([2, '', expect.stringContaining(message)]);
  });
});

/** s027 as the issue found it: an image outside the approved registry. */
const S027 = 'manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml';

describe('a manifest that validates never breaks a deploy (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-deploy-'));
    mkdirSync(join(dir, 'manifests'));
    // The dev stack's six systems, plus s027 with an image from Docker Hub.
    for (const file of readdirSync(join(root, 'manifests')).filter((name) =>
      /^s(002|004|018|023|027|029|120)-/.test(name),
    )) {
      copyFileSync(join(root, 'manifests', file), join(dir, 'manifests', file));
    }
    const text = readFileSync(join(root, S027), 'utf8');
    writeFileSync(join(dir, S027), text.replace(/image: \S+/, 'image: docker.io/library/nginx:latest'));
    for (const file of ['Pulumi.yaml', 'Pulumi.dev.yaml']) copyFileSync(join(root, file), join(dir, file));
    mkdirSync(join(dir, 'policies'));
    copyFileSync(join(root, 'policies/config.json'), join(dir, 'policies/config.json'));
    copyFileSync(join(root, 'policies/waivers.yaml'), join(dir, 'policies/waivers.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate refuses the image, located, with the rule and a hint; preview then stops with exit 2, never 70', () => {
    const checked = envcloud(['validate', S027], dir);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(
      /s027-jsxmxzspxtjsxmhpjyssbxt\.yaml:\d+:\d+: error\[image-from-approved-registry\]: workload `app` uses image docker\.io\/library\/nginx:latest/,
    );
    expect(checked.stdout).toContain('hint: push the image to the approved registry');
    const previewed = envcloud(['preview', '--stack', 'dev', '--out', join(dir, 'out')], dir);
    expect(previewed.code).toBe(2);
    expect(previewed.stderr).toContain('manifest error(s): run `envcloud validate`');
    expect(previewed.stderr).not.toContain('internal error');
  }, 60000);

  it('a stack that approves another registry refuses, in preflight, the images validate accepted: located, exit 1', () => {
    writeFileSync(join(dir, S027), readFileSync(join(root, S027), 'utf8'));
    writeFileSync(
      join(dir, 'Pulumi.dev.yaml'),
      `${readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8').trimEnd()}\n  envcloud:approvedRegistry: harbor.example.gov.cn\n`,
    );
    for (const args of [
      ['preview', '--stack', 'dev', '--out', join(dir, 'out2')],
      ['audit', '--stack', 'dev'],
    ]) {
      const { code, stderr } = envcloud(args, dir);
      expect(code).toBe(1);
      expect(stderr).toContain('the stack cannot be deployed (preflight)');
      expect(stderr).toMatch(
        /manifests\/s002-hjxxzyzx\.yaml:\d+:\d+: error\[image-from-approved-registry\]: .*not from this stack's approved registry harbor\.example\.gov\.cn \(envcloud:approvedRegistry\)/,
      );
      expect(stderr).toContain('hint: push the image to harbor.example.gov.cn');
      expect(stderr).not.toContain('internal error');
    }
  }, 60000);
});
