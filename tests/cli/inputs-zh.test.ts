import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/cli';
import { cliEnglishSentences } from '../support/english-cli';

/**
 * Issue #14: a Chinese run prints no English sentence, whatever input is broken. Each bad input beyond the
 * manifests (a baseline plan, the stack config, the waiver file, the pack config, a deploy without the
 * Pulumi CLI or a backend) is given to the built CLI under LANG=zh_CN.UTF-8: it is refused (exit 2) in
 * Chinese only, and the same run with `--lang en` says it in English, as it did before.
 */

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'envcloud-inputs-zh-'));
  for (const file of ['Pulumi.yaml', 'Pulumi.dev.yaml']) cpSync(join(root, file), join(project, file));
  cpSync(join(root, 'manifests'), join(project, 'manifests'), { recursive: true });
  mkdirSync(join(project, 'policies'));
  for (const file of ['waivers.yaml', 'config.json'])
    cpSync(join(root, 'policies', file), join(project, 'policies', file));
  mkdirSync(join(project, 'bad'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8', ...env },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

/** Writes a bad input under bad/ and answers its path relative to the project. */
function bad(name: string, text: string): string {
  writeFileSync(join(project, 'bad', name), text);
  return `bad/${name}`;
}

/** The run in Chinese: refused with exit `code`, no English sentence, `chinese` said; in English, `english` said. */
function refusedInBoth(args: string[], chinese: string, english: string, env: NodeJS.ProcessEnv = {}, code = 2): void {
  const zh = run(args, env);
  expect({ args, code: zh.code, english: cliEnglishSentences(zh.output) }).toEqual({ args, code, english: [] });
  expect(zh.output).toContain(chinese);
  const en = run([...args, '--lang', 'en'], env);
  expect(en.code).toBe(code);
  expect(en.output).toContain(english);
}

const WAIVER = (entry: string) =>
  `apiVersion: envcloud/v1\nkind: PolicyWaivers\nwaivers:\n  - rule: dr-tier-realised\n${entry}    expires: 2027-06-30\n`;

describe('a bad baseline plan (preview --baseline), said in Chinese', () => {
  it.each([
    [
      'not JSON',
      () => bad('plan.json', '{"a":'),
      'plan.json:1:6: 不是有效的 JSON（此处应有一个值）',
      'plan.json:1:6: not valid JSON (a value is expected here)',
    ],
    [
      'not a plan',
      () => bad('shape.json', '{"offline": true}'),
      '顶层 缺少必填属性 `stack`；这不是 envcloud 的计划文件',
      "(top level) must have required property 'stack'; this is not an envcloud plan",
    ],
    [
      'a resource without its type',
      () => bad('shape2.json', '{"offline": true, "stack": "dev", "resources": [{"urn": "urn:pulumi:x"}]}'),
      'resources[0] 缺少必填属性 `type`',
      "resources[0] must have required property 'type'",
    ],
    ['a file that is not there', () => 'bad/none.json', '无法读取基线计划（ENOENT）', 'cannot read the baseline plan'],
    ['a folder', () => 'bad', '是一个文件夹，不是计划文件', 'is a folder, not a plan'],
  ])('%s', (_, file, chinese, english) => {
    refusedInBoth(['preview', '--stack', 'dev', '--baseline', file()], chinese, english);
  });
});

describe('a bad stack config (Pulumi.dev.yaml), said in Chinese', () => {
  const original = readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8');
  afterEach(() => writeFileSync(join(project, 'Pulumi.dev.yaml'), original));
  const broken = (edit: (text: string) => string) => writeFileSync(join(project, 'Pulumi.dev.yaml'), edit(original));

  it.each<[string, (text: string) => string, string, string]>([
    [
      'schema problems: a value not allowed, an unknown key, a wrong type',
      (text) =>
        text
          .replace('envcloud:mode: aws', 'envcloud:mode: gcp')
          .replace('central: { cpu: 32,', 'central: { cpu: "x", cpuu: 1,'),
      'envcloud:mode 不允许取值 "gcp"',
      'envcloud:mode "gcp" is not allowed',
    ],
    [
      'rules: two primaries, a range with host bits, one center with backups kept in it',
      (text) =>
        text
          .replace('vpcCidr: 10.90.0.0/16', 'vpcCidr: 10.90.0.5/16')
          .replace(
            '      vpcCidr',
            '      vpcCidr: 10.91.0.0/16\n    - name: other\n      role: primary\n      region: cn-north-1\n      availabilityZones: [cn-north-1a, cn-north-1b]\n      vpcCidr',
          ),
      '必须恰好有一个角色为 `primary` 的中心，实际有 2 个',
      'needs exactly one center with role `primary`, found 2',
    ],
    [
      'a misspelt region',
      (text) => text.replace('region: cn-north-1\n', 'region: cn-nort-1\n'),
      '`cn-nort-1` 不是 AWS 区域',
      '`cn-nort-1` is not an AWS region',
    ],
    [
      'a zone of another region',
      (text) => text.replace('[cn-north-1a, cn-north-1b]', '[cn-north-1a, cn-north-1x]'),
      '是不是要写 `cn-north-1a`？',
      '`cn-north-1x` is not a zone of cn-north-1 (Beijing)',
    ],
    [
      'a plaintext credential',
      (text) => text.replace('      vpcCidr:', '      password: hunter2hunter2\n      vpcCidr:'),
      '含有明文凭据（`password` 的值）',
      'holds a plaintext credential (value of `password`)',
    ],
    [
      'a key that is not a key',
      (text) =>
        text.replace('  envcloud:singleCenterBackups: true', '  envcloud:singleCenterBackups: true\n  a:b:c: 1'),
      '无法把 a:b:c 解析为配置键',
      'could not parse a:b:c as a configuration key',
    ],
    [
      'a required key left out',
      (text) => text.replace(/ {2}envcloud:centers:[^]*?(?= {2}envcloud:pools)/, ''),
      '缺少配置值 “envcloud:centers”',
      "Stack 'dev' is missing configuration value 'envcloud:centers'",
    ],
    [
      'a selection no manifest has',
      (text) => text.replace('numbers: [2, 4, 18, 23, 29, 120]', 'numbers: [2, 4, 1200]'),
      '选择了系统编号 `1200`，但没有任何清单有它',
      'selects system number `1200`, which no manifest has',
    ],
  ])('%s', (_, edit, chinese, english) => {
    broken(edit);
    refusedInBoth(['preview', '--stack', 'dev'], chinese, english);
  });

  it('a stack whose centers cannot deliver the manifests (preflight, exit 1)', () => {
    broken((text) => text.replace('envcloud:singleCenterBackups: true', 'envcloud:singleCenterBackups: false'));
    const args = ['preview', '--stack', 'dev'];
    refusedInBoth(args, '该栈无法部署（部署前检查）', 'the stack cannot be deployed (preflight)', {}, 1);
    expect(run(args).output).toContain('等级要把备份复制到 same-city、remote 中心，而本栈没有');
  });
});

describe('a bad project file (Pulumi.yaml), said in Chinese', () => {
  const original = readFileSync(join(root, 'Pulumi.yaml'), 'utf8');
  afterEach(() => writeFileSync(join(project, 'Pulumi.yaml'), original));

  it('none in the folder or above it', () => {
    rmSync(join(project, 'Pulumi.yaml'));
    refusedInBoth(
      ['preview', '--stack', 'dev'],
      'Pulumi.yaml 在本文件夹及其上级文件夹中都不存在',
      'Pulumi.yaml does not exist in this folder or any above it',
    );
  });

  it('a declaration with an attribute there is none of, and a runtime without a name', () => {
    const text = original
      .replace('  envcloud:mode:\n    type: string\n', '  envcloud:mode:\n    type: string\n    typo: 1\n')
      .replace(/^runtime:\n {2}name: nodejs\n/m, 'runtime:\n');
    writeFileSync(join(project, 'Pulumi.yaml'), text);
    refusedInBoth(['preview', '--stack', 'dev'], '项目缺少 “runtime” 属性', "project is missing a 'runtime' attribute");
    writeFileSync(
      join(project, 'Pulumi.yaml'),
      original.replace('    type: string\n', '    type: string\n    typo: 1\n'),
    );
    refusedInBoth(
      ['preview', '--stack', 'dev'],
      '`typo` 不是配置声明的属性',
      '`typo` is not a config declaration attribute',
    );
  });
});

describe('a bad waiver file (audit --waivers), said in Chinese', () => {
  it.each([
    [
      'schema problems',
      () => bad('w1.yaml', WAIVER('    resource: "*"\n    reason: short\n    owner: x\n    extra: 1\n')),
      '中有未知字段 `extra`',
      'unknown field `extra`',
    ],
    [
      'a rule and a stack that do not exist, and no scope',
      () =>
        bad(
          'w2.yaml',
          WAIVER('    stack: dve\n    reason: "a reason long enough"\n    owner: 信息中心\n').replace(
            'dr-tier-realised',
            'dr-tier-realisd',
          ),
        ),
      '第 1 条豁免写的规则 `dr-tier-realisd` 不在策略包中',
      'waiver 1 names rule `dr-tier-realisd`, which the pack does not have',
    ],
    [
      'a credential',
      () =>
        bad(
          'w3.yaml',
          WAIVER('    resource: "*"\n    reason: "a reason long enough"\n    owner: xy\n    password: hunter2x\n'),
        ),
      '豁免写明由谁负责',
      'a waiver names who answers for it',
    ],
    ['broken YAML', () => bad('w4.yaml', 'a: [\n'), '错误[yaml-syntax]', 'error[yaml-syntax]'],
    ['a folder', () => 'bad', '豁免文件无法读取：它是一个文件夹', 'the waiver file cannot be read: it is a folder'],
  ])('%s', (_, file, chinese, english) => {
    refusedInBoth(['audit', '--stack', 'dev', '--waivers', file()], chinese, english);
  });
});

describe('a bad policy pack config (audit --policy-config), said in Chinese', () => {
  it.each([
    [
      'a policy the pack does not have',
      () => bad('c1.json', '{"no-such-policy": "advisory"}'),
      '`no-such-policy` 不是策略包中的策略',
      '`no-such-policy` is not a policy of the pack',
    ],
    [
      'a level that is none',
      () => bad('c2.json', '{"kms-key-rotation": "sometimes"}'),
      '错误[schema-enum]',
      '"sometimes"',
    ],
    [
      'YAML, not JSON',
      () => bad('c3.json', '{"kms-key-rotation": "advisory",}'),
      '该文件是 Pulumi 的策略包配置',
      "the file is Pulumi's policy pack config",
    ],
    [
      "a policy's config of the wrong type",
      () => bad('c4.json', '{"log-retention-minimum": {"enforcementLevel": "mandatory", "minimumDays": "x"}}'),
      '`log-retention-minimum`：`minimumDays`',
      '`log-retention-minimum`: `minimumDays` must be an integer',
    ],
    ['a file that is not there', () => 'bad/none.json', '没有这个策略包配置文件', 'no such policy pack config file'],
    ['a folder', () => 'bad', '策略包配置无法读取：它是一个文件夹', 'the policy pack config cannot be read'],
  ])('%s', (_, file, chinese, english) => {
    refusedInBoth(['audit', '--stack', 'dev', '--policy-config', file()], chinese, english);
  });
});

describe('the real deploy without the Pulumi CLI or a backend, said in Chinese', () => {
  it('more stacks at once than deploy runs', () => {
    refusedInBoth(
      ['deploy', '--stack', 'dev', '--parallel', '99'],
      '最多只能同时部署 16 个栈',
      'expected at most 16 stacks at once, got "99"',
    );
  });

  it('without pulumi on PATH', () => {
    const empty = mkdtempSync(join(project, 'path-'));
    refusedInBoth(['deploy', '--stack', 'dev'], '未找到 Pulumi CLI', 'the Pulumi CLI is not on PATH', {
      PATH: empty,
    });
  });

  it('with pulumi on PATH but no backend login', () => {
    const bin = mkdtempSync(join(project, 'bin-'));
    writeFileSync(join(bin, 'pulumi'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'pulumi'), 0o755);
    const env = { PATH: bin, PULUMI_HOME: mkdtempSync(join(project, 'home-')), PULUMI_ACCESS_TOKEN: '' };
    refusedInBoth(['deploy', '--stack', 'dev'], '未登录 Pulumi 状态后端', 'no Pulumi state backend', {
      ...env,
      PULUMI_BACKEND_URL: '',
    });
  });
});
