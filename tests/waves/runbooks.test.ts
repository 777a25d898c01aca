import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SystemMigration } from '../../model/domain';
import { chooseTransfer, TRANSFER_LIMITS } from '../../model/transfer-methods';
import { loadStackFile } from '../../stacks/stack-file';
import { validatePaths } from '../../validation/validate';
import { buildGraph } from '../../waves/graph';
import { cutoverDay, runbookMarkdown, runbookOf } from '../../waves/runbook';
import { waveStackText } from '../../waves/stack-files';
import { envcloud, root } from '../support/cli';
import { clone, happyManifest } from '../support/manifests';

/** The happy manifest with one change. */
function changed(mutate: (m: any) => void, base: SystemMigration = happyManifest()): SystemMigration {
  const m: any = clone(base);
  mutate(m);
  return m;
}
const withDatabase = (engine: 'postgresql' | 'mysql', sizeGiB: number) =>
  changed((m) => (m.spec.placement.database = { engine, version: engine === 'mysql' ? '8.0' : '16', sizeGiB }));

describe('runbooks: the data transfer method by size and engine', () => {
  it.each([
    ['postgresql', TRANSFER_LIMITS.dumpMaxGiB, 'pg-dump-restore'],
    ['postgresql', TRANSFER_LIMITS.dumpMaxGiB + 1, 'pg-logical-replication'],
    ['mysql', TRANSFER_LIMITS.dumpMaxGiB, 'mysql-dump-restore'],
    ['mysql', TRANSFER_LIMITS.dumpMaxGiB + 1, 'mysql-binlog-replication'],
  ] as const)('a %s database of %d GiB: %s', (engine, size, method) => {
    expect(chooseTransfer(withDatabase(engine, size)).database).toEqual({ engine, method });
  });

  it('copies files online up to the network limit and ships them on disks above it; a dump lengthens the window, replication does not', () => {
    const files = (sizeGiB: number) =>
      chooseTransfer(changed((m) => (m.spec.placement.storage = { object: [{ name: 'data', sizeGiB }] }))).files
        ?.method;
    expect(files(TRANSFER_LIMITS.networkMaxGiB)).toBe('online-sync');
    expect(files(TRANSFER_LIMITS.networkMaxGiB + 1)).toBe('disk-shipment');
    expect(chooseTransfer(withDatabase('postgresql', 100)).windowHours).toBe(TRANSFER_LIMITS.minWindowHours + 2);
    expect(chooseTransfer(withDatabase('postgresql', 5000)).windowHours).toBe(TRANSFER_LIMITS.minWindowHours);
    const stateless = changed((m) => {
      delete m.spec.placement.database;
      delete m.spec.placement.storage;
    });
    expect(chooseTransfer(stateless)).toMatchObject({
      databaseGiB: 0,
      filesGiB: 0,
      windowHours: TRANSFER_LIMITS.minWindowHours,
    });
    expect(runbookMarkdown(stateless, runbookOf(stateless))).toContain('no data to move');
  });

  it('names the method in both languages, and the window on the last Saturday before the deadline', () => {
    const m = withDatabase('mysql', 500);
    const text = runbookMarkdown(m, runbookOf(m));
    expect(text).toContain('MySQL binlog replication');
    expect(text).toContain('MySQL 基于 GTID 的 binlog 复制');
    expect(cutoverDay('2017-12-31')).toBe('2017-12-30');
    expect(cutoverDay('2017-12-30')).toBe('2017-12-23');
    expect(text).toContain(`${cutoverDay(m.spec.schedule.deadline)} (a Saturday) from 22:00`);
  });
});

describe('runbooks: sections', () => {
  it('a migration has prerequisites, transfer, window, verification, rollback and the old host, in Chinese then English', () => {
    const m = happyManifest();
    const runbook = runbookOf(m);
    expect(runbook.kind).toBe('migration');
    expect(runbook.sections.map((s) => s.id)).toEqual([
      'prerequisites',
      'data-transfer',
      'cutover',
      'verification',
      'rollback',
      'old-host',
    ]);
    const text = runbookMarkdown(m, runbook);
    const zh = ['前置条件', '数据迁移方式', '割接窗口', '验证步骤', '回退方案', '旧主机下线'].map((title) =>
      text.indexOf(`. ${title}`),
    );
    const en = [
      'Prerequisites',
      'Data transfer',
      'Cutover window',
      'Verification',
      'Rollback',
      'Decommissioning the old host',
    ].map((title) => text.indexOf(`. ${title}`));
    expect(zh.every((i) => i > 0)).toBe(true);
    expect(en.every((i) => i > Math.max(...zh))).toBe(true);
  });

  it('says its Chinese half in Chinese: the platform pieces a merged system waits for, and its backup tier', () => {
    const m = happyManifest();
    m.spec.integration.extranetPortal = {
      ...m.spec.integration.extranetPortal,
      connect: true,
      alreadyConnected: false,
    };
    const graph = buildGraph([{ file: 'manifests/s900.yaml', manifest: m } as never]);
    const text = runbookMarkdown(m, runbookOf(m, graph));
    const chinese = text.slice(0, text.indexOf('. Prerequisites'));
    expect(chinese).toContain('平台组件已就绪：业务系统“污染源管理系统”');
    expect(chinese).toContain('平台组件已就绪：生态环境外网业务管理门户');
    expect(chinese).toContain('首次备份（银级）');
    expect(chinese).not.toMatch(/business system|extranet business portal|（silver）/);
  });

  it("a decommission's runbook archives before it retires, and neither migrates nor keeps an old host", () => {
    const m = happyManifest({ disposition: { outcome: 'decommission' } });
    const runbook = runbookOf(m);
    expect(runbook.kind).toBe('decommission');
    const ids = runbook.sections.map((s) => s.id);
    expect(ids.indexOf('archive')).toBeGreaterThan(-1);
    expect(ids.indexOf('archive')).toBeLessThan(ids.indexOf('retirement'));
    expect(ids).not.toContain('data-transfer');
    const text = runbookMarkdown(m, runbook);
    expect(text.indexOf('数据归档')).toBeLessThan(text.indexOf('系统下线'));
    expect(text.indexOf('Archive')).toBeLessThan(text.indexOf('Retirement'));
    expect(text).toContain(`kept ${m.spec.archive!.retentionYears} years`);
  });
});

describe('envcloud waves runbooks and waves stacks on the shipped manifests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-runbooks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one runbook per system, each in both languages, with its prerequisites from the graph', async () => {
    const out = join(dir, 'runbooks');
    const result = envcloud(['waves', 'runbooks', '--out', out]);
    expect(result.stderr).toContain('wrote 182 runbooks');
    expect(result.code).toBe(0);
    const manifests = (await validatePaths([join(root, 'manifests')], { cwd: root })).manifests;
    const files = readdirSync(out).filter((f) => f.endsWith('.md') && f !== 'index.md');
    expect(files.sort()).toEqual(manifests.map((e) => `${e.manifest.metadata.slug}.md`).sort());
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text).toMatch(/^# 迁移操作手册：/);
      expect(text).toContain('# Migration runbook: ');
    }
    // A website-cluster site waits for the cluster (Annex 1 no. 178): its runbook names it as a prerequisite.
    const graph = buildGraph(manifests);
    const site = manifests.find((e) =>
      graph.prerequisitesOf.get(e.manifest.metadata.number)?.some((edge) => edge.prerequisite === 178),
    )!;
    expect(site.manifest.spec.disposition.outcome).toBe('website-cluster');
    expect(readFileSync(join(out, `${site.manifest.metadata.slug}.md`), 'utf8')).toContain('(no. 178)');
    // The folder is envcloud's: a second run replaces it.
    expect(envcloud(['waves', 'runbooks', '--out', out]).code).toBe(0);
  });

  it("refuses a folder of the user's without --force", () => {
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const result = envcloud(['waves', 'runbooks', '--out', mine]);
    expect(result.code).toBe(2);
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });

  it('writes Pulumi.prod-wave<N>.yaml for each declared wave, each loading with loadStackFile; never over a file without --force', () => {
    const out = join(dir, 'stacks');
    mkdirSync(out);
    copyFileSync(join(root, 'Pulumi.yaml'), join(out, 'Pulumi.yaml'));
    const result = envcloud([
      'waves',
      'stacks',
      '--stack',
      'prod',
      '--out',
      out,
      '--platform-stack',
      'ministry/envcloud/prod',
    ]);
    expect(result.stderr).toContain('Pulumi.prod-wave1.yaml');
    expect(result.code).toBe(0);
    const written = readdirSync(out)
      .filter((f) => /^Pulumi\.prod-wave\d+\.yaml$/.test(f))
      .sort();
    expect(written).toEqual(['Pulumi.prod-wave1.yaml', 'Pulumi.prod-wave2.yaml', 'Pulumi.prod-wave3.yaml']);
    const prod = loadStackFile(root, 'prod');
    for (const [i, file] of written.entries()) {
      const stack = loadStackFile(out, file.replace(/^Pulumi\.|\.yaml$/g, ''));
      expect(stack.platform.platformStack).toBe('ministry/envcloud/prod');
      expect(stack.values['envcloud:systems']).toEqual({ waves: [i + 1] });
      // The rest is the platform stack's config.
      expect(stack.platform.centers).toEqual(prod.platform.centers);
      expect(stack.platform.pools).toEqual(prod.platform.pools);
    }
    const before = readFileSync(join(out, written[0]!), 'utf8');
    writeFileSync(join(out, written[0]!), `${before}# my note\n`);
    const again = envcloud(['waves', 'stacks', '--stack', 'prod', '--out', out, '--waves', '1,2']);
    expect(again.code).toBe(2);
    expect(readFileSync(join(out, written[0]!), 'utf8')).toContain('# my note');
    expect(envcloud(['waves', 'stacks', '--stack', 'prod', '--out', out, '--waves', '1', '--force']).code).toBe(0);
    expect(readFileSync(join(out, written[0]!), 'utf8')).not.toContain('# my note');
    expect(existsSync(join(out, 'Pulumi.prod-wave2.yaml'))).toBe(true);
  });

  it.each([
    [['--waves', '1,7'], 'no manifest declares wave 7 (the manifests declare 1, 2, 3)'],
    [['--platform-stack', '../../x'], 'expected a stack such as org/envcloud/prod'],
    [['--platform-stack', 'org/../prod'], 'expected a stack such as org/envcloud/prod'],
    [['--platform-stack', 'org/envcloud/onprem'], 'is not the stack prod these wave stacks run on'],
  ])(
    'refuses %j, writing nothing: a stack file of no system, or a platform stack Pulumi cannot read',
    (args, message) => {
      const out = join(dir, `refused-${args[1]!.replace(/\W/g, '')}`);
      mkdirSync(out);
      const result = envcloud(['waves', 'stacks', '--stack', 'prod', '--out', out, '--lang', 'en', ...args]);
      expect([result.code, result.stderr]).toEqual([2, expect.stringContaining(message)]);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it("keeps the platform file's comments and replaces the platform stack's own selection", () => {
    const text = waveStackText(
      '# top\nconfig:\n  envcloud:mode: aws # the mode\n  envcloud:systems:\n    numbers: []\n',
      'o/envcloud/prod',
      2,
      '# header\n',
    );
    expect(text).toContain('# top');
    expect(text).toContain('# the mode');
    expect(text).not.toContain('numbers');
    expect(text).toMatch(/envcloud:systems:\n\s+waves: \[ 2 \]|envcloud:systems:\n\s+waves: \[2\]/);
    expect(text.startsWith('# header\n')).toBe(true);
  });
});
