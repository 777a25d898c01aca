import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/cli';
import { cliEnglishSentences } from '../support/english-cli';

/**
 * Issue #14, done when the README's whole flow run with LANG=zh_CN.UTF-8 shows no English sentence: every
 * `envcloud` command of the README's code blocks (and `npm start`) is run with the built CLI, in order, in
 * a temporary copy of the project, and none may print an English sentence (tests/support/english-cli.ts).
 * The commands that cannot run offline in a temporary folder are listed in SKIPPED with the reason; the
 * stacks are replaced by `dev` (six systems: prod's 182 take 10–20 s a run); a new README command that
 * is neither run nor skipped fails the first test.
 */

/** The README's command lines: its code blocks' `npx envcloud …` lines (continued with `\`) and `npm start`, without comments. */
export function readmeCommands(readme: string): string[] {
  const commands: string[] = [];
  let inBlock = false;
  let pending = '';
  for (const line of readme.split('\n')) {
    if (/^\s*```/.test(line)) {
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock) continue;
    const text = `${pending}${line.trim()}`;
    if (text.endsWith('\\')) {
      pending = `${text.slice(0, -1).trim()} `;
      continue;
    }
    pending = '';
    const command = text.replace(/\s+#.*$/, '').trim();
    if (
      /^(?:[A-Z_]+=\S+\s+)*(?:npx envcloud|envcloud|node bin\/envcloud\.js)\s/.test(command) ||
      command === 'npm start'
    )
      commands.push(command);
  }
  return commands;
}

/** README commands that are not run, and why. */
const SKIPPED: readonly { command: RegExp; reason: string }[] = [
  { command: /--lang en\b/, reason: 'asks for English output' },
  { command: /--baseline-ref\b/, reason: 'reads the git history: the temporary copy is not a repository' },
];

/** `npm start` is a build and two CLI runs (package.json). */
const NPM_START = ['envcloud validate', 'envcloud preview --stack prod --audit'];

/** A README command as arguments of the built CLI, run offline on the `dev` stack; undefined when skipped. */
export function argumentsOf(command: string): string[] | undefined {
  if (SKIPPED.some((skip) => skip.command.test(command))) return undefined;
  const line = command
    .replace(/^(?:[A-Z_]+=\S+\s+)*(?:npx envcloud|envcloud|node bin\/envcloud\.js)\s+/, '')
    // `[--out dir]`: an optional part, left out.
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/--stack (?:prod|onprem)\b/, '--stack dev')
    // The earlier plan to compare with: the one the first preview of the flow wrote.
    .replace(/--baseline deployed\/prod-plan\.json/, '--baseline .envcloud/preview/dev/plan.json');
  const args = [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
  // Without --stack, the wave plan reads prod's pools (a stack file, no program run): kept as written.
  return args;
}

function expand(commands: readonly string[]): { readme: string; args?: string[] }[] {
  return commands.flatMap((command) =>
    command === 'npm start'
      ? NPM_START.map((part) => ({ readme: `npm start: ${part}`, args: argumentsOf(part) }))
      : [{ readme: command, ...(argumentsOf(command) ? { args: argumentsOf(command) } : {}) }],
  );
}

describe('the README flow with LANG=zh_CN.UTF-8 (built CLI)', () => {
  const flow = expand(readmeCommands(readFileSync(join(root, 'README.md'), 'utf8')));
  let project: string;

  /** A temporary copy of the project: stack files, manifests, sharing requests, the pack's waivers and config. */
  const copyProject = (): string => {
    const copy = mkdtempSync(join(tmpdir(), 'envcloud-readme-zh-'));
    for (const name of readdirSync(root).filter((file) => /^Pulumi(\.[\w-]+)?\.yaml$/.test(file)))
      cpSync(join(root, name), join(copy, name));
    for (const folder of ['manifests', 'sharing']) cpSync(join(root, folder), join(copy, folder), { recursive: true });
    mkdirSync(join(copy, 'policies'));
    for (const file of ['waivers.yaml', 'config.json', 'PulumiPolicy.yaml'])
      cpSync(join(root, 'policies', file), join(copy, 'policies', file));
    return copy;
  };

  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = { LANG: 'zh_CN.UTF-8' }, cwd = project) => {
    const result = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: '1', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('finds the flow in the README: every command of each step is run or skipped with a reason', () => {
    const run = flow.filter((step) => step.args).map((step) => step.args![0]);
    for (const command of ['validate', 'new', 'preview', 'audit', 'report', 'waves', 'deploy'])
      expect(run).toContain(command);
    expect(flow.filter((step) => !step.args).map((step) => step.readme)).toEqual([
      'npx envcloud validate --lang en',
      'npx envcloud report --stack prod --out build/report --lang en',
      'npx envcloud validate manifests/ --baseline-ref HEAD',
    ]);
  });

  it('prints no English sentence in any step', () => {
    const found: { command: string; code: number | null; sentences: string[] }[] = [];
    for (const step of flow) {
      if (!step.args) continue;
      const { code, stdout, stderr } = run(step.args);
      // A usage error (2) or a crash (70) means the step did not run as the README shows it.
      expect({ command: step.readme, code: [0, 1].includes(code!) }).toEqual({ command: step.readme, code: true });
      const sentences = cliEnglishSentences(stdout + stderr);
      if (sentences.length > 0) found.push({ command: step.args.join(' '), code, sentences });
    }
    expect(found).toEqual([]);
  }, 240000);

  it('deploys offline in Chinese too (beyond the README: its deploy step needs the Pulumi CLI)', () => {
    const copy = copyProject();
    try {
      // The platform stack builds only the platform; a stack file per wave beside it.
      const stackFile = join(copy, 'Pulumi.dev.yaml');
      // Its pools hold every wave's systems together, as deploy checks (dev's own hold only its 6).
      writeFileSync(
        stackFile,
        readFileSync(stackFile, 'utf8')
          .replace(/numbers: \[[\d, ]+\]/, 'numbers: []')
          .replace(/cpu: \d+, memoryGiB: \d+, storageGiB: \d+/g, 'cpu: 1000, memoryGiB: 4000, storageGiB: 100000'),
      );
      const zh = { LANG: 'zh_CN.UTF-8' };
      expect(run(['waves', 'stacks', '--stack', 'dev'], zh, copy).code).toBe(0);
      const first = run(['deploy', '--stack', 'dev', '--offline', '--wave', '1'], zh, copy);
      const again = run(['deploy', '--stack', 'dev', '--offline', '--wave', '1', '--resume'], zh, copy);
      expect({ codes: [first.code, again.code], stderr: first.stderr }).toEqual({
        codes: [0, 0],
        stderr: first.stderr,
      });
      expect(first.stdout).toContain('离线部署（未部署任何资源）：2 个栈中 2 个成功');
      expect(again.stderr).toContain('已完成 —— 已在之前的运行中成功');
      expect(cliEnglishSentences(first.stdout + first.stderr + again.stdout + again.stderr)).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60000);

  it('finds English in the same steps run with --lang en (the check is not blind)', () => {
    const english = (args: string[]) => {
      const { stdout, stderr } = run([...args, '--lang', 'en'], { LANG: 'C.UTF-8' });
      return cliEnglishSentences(stdout + stderr);
    };
    expect(english(['preview', '--stack', 'dev', '--out', 'build/preview-en'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OFFLINE PREVIEW of stack/)]),
    );
    expect(english(['waves', 'status', '--as-of', '2018-01-15']).length).toBeGreaterThan(10);
    expect(english(['deploy', '--stack', 'dev', '--list'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^deploy order/)]),
    );
  }, 60000);
});
