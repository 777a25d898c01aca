// The README's picture of a Chinese `validate` run (issue #14): a folder of manifests with the mistakes
// people typically make by hand (tests/corpus/base.yaml, each copy edited once), validated by the built
// CLI with LANG=zh_CN.UTF-8, its output set in a terminal-like HTML page and photographed with chromium
// (as tests/browser finds it: CHROMIUM_PATH, else /usr/bin/chromium…). Needs `npm run build` first.
//   node scripts/screenshot-validate.mjs [--out docs/validate-zh.png]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/validate-zh.png' } } });
const out = resolve(root, values.out);

const executablePath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((candidate) => candidate && existsSync(candidate));
if (!executablePath) {
  console.error(
    'no chromium: install it with `sudo apt-get install chromium fonts-wqy-microhei`, or set CHROMIUM_PATH',
  );
  process.exit(2);
}

const base = readFileSync(join(root, 'tests/corpus/base.yaml'), 'utf8');
/** base.yaml as system `number`, with one mistake made by `edit`. */
const variant = (number, edit) =>
  edit(
    base
      .replace('number: 27', `number: ${number}`)
      .replace(/s027-jsxmxzspxtjsxmhpjyssbxt/g, `s${String(number).padStart(3, '0')}-t`)
      .replace('30300000027/0001', `303000${String(number).padStart(5, '0')}/0001`)
      .replace('）业务数据\n', `）业务数据 ${number}\n`),
  );
const MISTAKES = {
  'colon.yaml': variant(104, (text) =>
    text.replace('  managingUnit: 环境影响评价司', '  managingUnit： 环境影响评价司'),
  ),
  'enum.yaml': variant(101, (text) => text.replace('outcome: merge', 'outcome: mrege')),
  'missing.yaml': variant(102, (text) => text.replace('  reportingUnit: 信息中心\n', '')),
  'placement.yaml': variant(111, (text) => text.replace(/image: \S+/, 'image: docker.io/library/nginx:1.25')),
  'protection.yaml': variant(113, (text) => text.replace('rpoMinutes: 1440', 'rpoMinutes: 5')),
  'type.yaml': variant(108, (text) => text.replace('replicas: 2', 'replicas: two')),
};

const dir = mkdtempSync(join(tmpdir(), 'envcloud-validate-zh-'));
try {
  for (const [file, text] of Object.entries(MISTAKES)) writeFileSync(join(dir, file), text);
  const command = 'envcloud validate .';
  const result = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), 'validate', '.'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' },
  });
  if (result.status !== 1) {
    console.error(`expected validate to find the mistakes (exit 1), got ${result.status}:\n${result.stderr}`);
    process.exit(1);
  }
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const colored = escape(result.stdout + result.stderr)
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\S+:\d+:\d+:)/, '<span class="loc">$1</span>')
        .replace(/(错误\[[a-z0-9-]+\])/, '<span class="error">$1</span>')
        .replace(/(警告\[[a-z0-9-]+\])/, '<span class="warning">$1</span>')
        .replace(/^(\s*提示：)/, '<span class="hint">$1</span>'),
    )
    .join('\n');
  const page = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
body { margin: 0; background: #1e1e1e; }
.window { margin: 16px; border-radius: 8px; overflow: hidden; box-shadow: 0 4px 16px #0008; }
.bar { background: #3a3a3a; padding: 8px 12px; }
.bar i { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; }
pre { margin: 0; padding: 14px 16px; background: #111; color: #ddd; white-space: pre-wrap; word-break: break-all;
  font: 14px/1.5 'DejaVu Sans Mono', 'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', 'Noto Sans Mono CJK SC', monospace; }
.prompt { color: #8ae234; } .loc { color: #bbb; font-weight: bold; } .error { color: #ef2929; font-weight: bold; }
.warning { color: #fcaf3e; font-weight: bold; } .hint { color: #34e2e2; }
</style><div class="window"><div class="bar"><i style="background:#ff5f56"></i><i style="background:#ffbd2e"></i><i style="background:#27c93f"></i></div>
<pre><span class="prompt">$ LANG=zh_CN.UTF-8 ${escape(command)}</span>
${colored}</pre></div></html>`;
  const html = join(dir, 'terminal.html');
  writeFileSync(html, page);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await tab.goto(pathToFileURL(html).href);
    await tab.locator('.window').screenshot({ path: out });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${values.out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
