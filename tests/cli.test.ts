import {
  copyFileSync,
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

import { envcloud, root } from './support/cli';

describe('envcloud validate (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-cli-'));
    mkdirSync(join(dir, 'manifests'));
    for (const file of readdirSync(join(root, 'manifests')).slice(0, 3))
      copyFileSync(join(root, 'manifests', file), join(dir, 'manifests', file));
    mkdirSync(join(dir, 'bad'));
    writeFileSync(
      join(dir, 'bad', 'typo.yaml'),
      readFileSync(join(root, 'manifests', readdirSync(join(root, 'manifests'))[0]!), 'utf8').replace(
        'outcome: keep',
        'outcome: kepe',
      ),
    );
    writeFileSync(join(dir, 'bad', 'tabs.yaml'), 'apiVersion: envcloud/v1\nmetadata:\n\tnumber: 1\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the committed manifests, prints a summary, and ends with a note on the importer defaults still unconfirmed', () => {
    const { code, stdout } = envcloud(['validate']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    // With no path, validate reads manifests/ and the sharing requests in sharing/.
    const files = 182 + readdirSync(join(root, 'sharing')).length;
    expect(lines.at(-2)).toMatch(new RegExp(`^${files} files, 0 errors, \\d+ warnings: valid$`));
    // Counted from the files' text, not by envcloud: a manifest lists its defaults under `defaulted:`.
    const unconfirmed = readdirSync(join(root, 'manifests')).filter((file) =>
      /^ {2}defaulted:\n {4}- /m.test(readFileSync(join(root, 'manifests', file), 'utf8')),
    ).length;
    expect(unconfirmed).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^note: ${unconfirmed} of ${files} files still carry importer defaults \\(metadata\\.defaulted\\); confirm or correct`,
      ),
    );
  });

  it('lists the manifests that still carry importer defaults, per file, in json and sarif', () => {
    writeFileSync(
      join(dir, 'manifests', 'confirmed.yaml'),
      readFileSync(join(root, 'manifests', 's176-hjbhbzfwzsjzx.yaml'), 'utf8').replace(
        / {2}defaulted:\n( {4}- .*\n)+/,
        '',
      ),
    );
    try {
      const json = JSON.parse(envcloud(['validate', 'manifests', '--format', 'json'], dir).stdout);
      expect(json.summary).toMatchObject({ files: 4, valid: true, unconfirmed: 3 });
      expect(json.unconfirmed).toHaveLength(3);
      expect(json.unconfirmed.map((entry: { file: string }) => entry.file)).not.toContain('manifests/confirmed.yaml');
      expect(json.unconfirmed[0].defaulted).toContain('spec.schedule');
      const sarif = JSON.parse(envcloud(['validate', 'manifests', '--format', 'sarif'], dir).stdout);
      const run = sarif.runs[0];
      expect(run.properties).toEqual({ unconfirmedManifests: 3 });
      const artifact = (file: string) =>
        run.artifacts.find((entry: { location: { uri: string } }) => entry.location.uri === file);
      expect(artifact('manifests/confirmed.yaml').properties).toBeUndefined();
      expect(artifact(json.unconfirmed[0].file).properties.defaulted).toEqual(json.unconfirmed[0].defaulted);
      expect(run.results).toEqual([]);
      expect(envcloud(['validate', 'manifests/confirmed.yaml'], dir).stdout).toMatch(
        /1 file, 0 errors, 0 warnings: valid\n$/,
      );
    } finally {
      rmSync(join(dir, 'manifests', 'confirmed.yaml'));
    }
  });

  it('exits 1 and reports every file with located, hinted findings', () => {
    const { code, stdout } = envcloud(['validate', 'bad', 'manifests'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('bad/tabs.yaml:3:1: error[yaml-tab-indent]');
    expect(stdout).toMatch(
      /bad\/typo\.yaml:\d+:\d+: error\[schema-enum\]: "kepe" is not an allowed value for `spec.disposition.outcome`/,
    );
    expect(stdout).toContain('hint: did you mean `keep`?');
    expect(stdout).toMatch(
      /5 files, \d+ errors, \d+ warnings?: invalid\nnote: 3 of 5 files still carry importer defaults/,
    );
  });

  it('writes json, sarif and junit', () => {
    const json = JSON.parse(envcloud(['validate', 'bad', '--format', 'json'], dir).stdout);
    expect(json.summary).toMatchObject({ files: 2, valid: false });
    expect(json.findings[0]).toEqual(
      expect.objectContaining({ file: 'bad/tabs.yaml', line: 3, column: 1, ruleId: 'yaml-tab-indent' }),
    );

    const sarif = JSON.parse(envcloud(['validate', 'bad', '--format', 'sarif'], dir).stdout);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'yaml-tab-indent');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'bad/tabs.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 },
    });
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('yaml-tab-indent');

    const junit = envcloud(['validate', 'bad', '--format', 'junit'], dir).stdout;
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(junit).toContain('<testsuites name="envcloud validate" tests="2" failures="2"');
    expect(junit.match(/<testcase /g)).toHaveLength(2);
  });

  it('writes the report to --out and keeps stdout clean', () => {
    const out = join(dir, 'report.sarif');
    const { code, stdout, stderr } = envcloud(['validate', 'manifests', '--format', 'sarif', '--out', out], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('3 files, 0 errors');
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toEqual([]);

    writeFileSync(out, 'mine');
    const again = envcloud(['validate', 'manifests', '--format', 'sarif', '--out', out], dir);
    expect([again.code, again.stderr]).toEqual([
      2,
      `envcloud: ${out} exists; pass --force to replace it, or choose another --out\n`,
    ]);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(envcloud(['validate', 'manifests', '--format', 'sarif', '--out', out, '--force'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toEqual([]);
  });

  it.each([
    [['validate', 'no/such/path'], 'path not found: no/such/path'],
    [['validate', '--format', 'xml'], "argument 'xml' is invalid"],
    [['validate', '--max-file-size', 'lots'], 'expected a positive whole number'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const { code, stderr } = envcloud(args, dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('has --help with examples', () => {
    const { code, stdout } = envcloud(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
  });
});

describe('envcloud new', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-new-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('scaffolds an Annex 1 system from its number, valid as written, and never overwrites it', () => {
    const first = envcloud(['new', '--number', '27', '--dir', 'manifests'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created manifests/s027-');
    const file = join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}# my edit\n`);
    const again = envcloud(['new', '--number', '27', '--dir', 'manifests'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has a manifest');
    expect(readFileSync(file, 'utf8')).toContain('# my edit');
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it('scaffolds a new system from flags with the next free number', () => {
    const { code } = envcloud(
      [
        'new',
        '--name',
        '排污许可移动执法系统',
        '--managing-unit',
        '环境监察局',
        '--outcome',
        'merge',
        '--business-system',
        'inspection-enforcement',
        '--dir',
        'manifests',
      ],
      dir,
    );
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!), 'utf8');
    expect(text).toContain('number: 183');
    expect(text).toContain('businessSystem: inspection-enforcement');
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it("dates a new system from --as-of (after it, never overdue at once), while an Annex 1 system keeps the plan's dates", () => {
    const flags = [
      'new',
      '--name',
      '排污许可移动执法系统',
      '--managing-unit',
      '环境监察局',
      '--outcome',
      'merge',
      '--business-system',
      'inspection-enforcement',
      '--dir',
      'manifests',
    ];
    expect(envcloud([...flags, '--as-of', '2026-12-01'], dir).code).toBe(0);
    const text = readFileSync(join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!), 'utf8');
    // merge's plan deadline 2017-12-31 is three months after the plan's first (2017-10-31), which becomes the end of the month after --as-of.
    expect(text).toMatch(/deadline: ["']?2027-03-31/);
    expect(text).toMatch(/publishedOn: ["']?2027-03-31/);
    expect(text).not.toMatch(/201[78]-\d\d-\d\d/);
    const annex1 = envcloud(['new', '--number', '27', '--dir', 'manifests', '--as-of', '2026-12-01'], dir);
    expect(annex1.code).toBe(0);
    const file = readdirSync(join(dir, 'manifests')).find((name) => name.startsWith('s027-'))!;
    expect(readFileSync(join(dir, 'manifests', file), 'utf8')).toMatch(/deadline: ["']?2017-12-31/);
    expect(envcloud(['validate', 'manifests'], dir).code).toBe(0);
  });

  it('refuses, before writing, a scaffold that would not validate: exit 1 with the findings, no file', () => {
    const { code, stdout, stderr } = envcloud(
      [
        'new',
        '--name',
        '测试系统',
        '--managing-unit',
        '办公厅',
        '--outcome',
        'exempt',
        '--business-system',
        'air',
        '--dir',
        'manifests',
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/manifests\/s183-csxt\.yaml:\d+:\d+: error\[merge-names-business-system\]/);
    expect(stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'manifests', 's183-csxt.yaml'))).toBe(false);
    // The same flags without the contradiction are written.
    expect(
      envcloud(
        ['new', '--name', '测试系统', '--managing-unit', '办公厅', '--outcome', 'exempt', '--dir', 'manifests'],
        dir,
      ).code,
    ).toBe(0);
    expect(existsSync(join(dir, 'manifests', 's183-csxt.yaml'))).toBe(true);
  });

  it('refuses a slug that is not one before writing anything, so no path leaves the manifests folder', () => {
    for (const slug of ['../../evil2', 'a/b', 'Upper', '']) {
      const { code, stderr } = envcloud(['new', '--number', '27', '--slug', slug, '--dir', 'manifests'], dir);
      expect({ slug, code }).toEqual({ slug, code: 2 });
      expect(stderr).toContain('is not a slug');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses incomplete flags with exit 2 and names what is missing', () => {
    const { code, stderr } = envcloud(['new', '--name', '某系统', '--dir', 'manifests'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--managing-unit, --outcome');
    const merge = envcloud(
      ['new', '--name', '某系统', '--managing-unit', '办公厅', '--outcome', 'merge', '--dir', 'manifests'],
      dir,
    );
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain('--outcome merge needs --business-system');
  });
});

describe('envcloud validate with worker threads', () => {
  it('gives the same report with --jobs 2 as in one thread', () => {
    const one = JSON.parse(envcloud(['validate', '--format', 'json', '--jobs', '1']).stdout);
    const two = JSON.parse(envcloud(['validate', '--format', 'json', '--jobs', '2']).stdout);
    expect(two).toEqual(one);
    expect(two.summary.files).toBe(182 + readdirSync(join(root, 'sharing')).length);
    expect(two.findings.length).toBeGreaterThan(0);
  });
});

describe('envcloud preview (built CLI)', () => {
  let out: string;
  beforeAll(() => (out = mkdtempSync(join(tmpdir(), 'envcloud-preview-'))));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs the onprem stack offline, says so, and writes plan.json and the rendered objects', () => {
    const target = join(out, 'onprem');
    const { code, stdout } = envcloud(['preview', '--stack', 'onprem', '--out', target]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OFFLINE PREVIEW of stack `onprem`.*Nothing was deployed/);
    const plan = JSON.parse(readFileSync(join(target, 'plan.json'), 'utf8'));
    expect(stdout).toMatch(
      new RegExp(`\\n${plan.resources.length} resources, \\d+ protected, deploy graph depth \\d+\\n`),
    );
    expect(plan.offline).toBe(true);
    expect(plan.resources[0]).toEqual(
      expect.objectContaining({
        urn: expect.any(String),
        type: expect.any(String),
        protect: expect.any(Boolean),
        dependencies: expect.any(Array),
      }),
    );
    expect(readdirSync(join(target, 'kubernetes', 'primary')).length).toBeGreaterThan(10);
  }, 60000);

  it('never writes into a folder of the user without --force', () => {
    const mine = join(out, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const { code, stderr } = envcloud(['preview', '--stack', 'onprem', '--out', mine]);
    expect(code).toBe(2);
    expect(stderr).toContain('was not written by envcloud');
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });

  it('exits 2 on an unknown stack, listing the stacks there are and the closest, located in no file', () => {
    const { code, stderr } = envcloud(['preview', '--stack', 'Prod', '--out', join(out, 'x')]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown stack `Prod`: there is no Pulumi.Prod.yaml in this project');
    expect(stderr).toContain('the stacks are `dev`, `onprem`, `prod`');
    expect(stderr).toContain('hint: did you mean `--stack prod`?');
    expect(stderr).not.toMatch(/Pulumi\.Prod\.yaml:\d+:\d+/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'x'))).toBe(false);
    // Nothing close: no guess, how to create it instead; the same answer from every command taking --stack.
    for (const command of [['audit'], ['report', '--out', join(out, 'r')], ['waves', 'plan']]) {
      const far = envcloud([...command, '--stack', 'zzz']);
      expect({ command, code: far.code }).toEqual({ command, code: 2 });
      expect(far.stderr).toContain('unknown stack `zzz`');
      expect(far.stderr).toContain('hint: to create it: pulumi stack init zzz');
      expect(far.stderr).not.toContain('did you mean');
    }
  });
});

describe('envcloud audit (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-audit-'));
    mkdirSync(join(dir, 'violations'));
    // Fixtures that once only the policies caught: validate now refuses them first (#11 §1).
    for (const file of readdirSync(join(root, 'tests/fixtures/policy-violations')).filter((name) =>
      /^s90[234]/.test(name),
    )) {
      copyFileSync(join(root, 'tests/fixtures/policy-violations', file), join(dir, 'violations', file));
    }
    // Valid manifests, and a pack config whose registry differs from the stack's: the policy fails each workload.
    mkdirSync(join(dir, 'valid'));
    for (const file of readdirSync(join(root, 'manifests')).filter((name) => /^s00[24]-/.test(name)))
      copyFileSync(join(root, 'manifests', file), join(dir, 'valid', file));
    const packConfig = JSON.parse(readFileSync(join(root, 'policies/config.json'), 'utf8'));
    packConfig['k8s-approved-registry'].approvedRegistry = 'harbor.example.gov.cn';
    writeFileSync(join(dir, 'pack-config.json'), JSON.stringify(packConfig));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the dev stack, lists its waived findings, and says it ran offline', () => {
    const { code, stdout } = envcloud(['audit', '--stack', 'dev']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OFFLINE AUDIT/);
    expect(stdout).toMatch(/WAIVED\[dr-tier-realised\]/);
    expect(stdout).toContain('waived by policies/waivers.yaml:');
    expect(stdout.trim().split('\n').pop()).toMatch(
      /\d+ not applicable, 0 failed, 1 waived; findings: 0 failed, 0 advisory, \d+ waived — PASSED$/,
    );
    const html = join(dir, 'audit.html');
    expect(envcloud(['audit', '--stack', 'dev', '--format', 'html', '--lang', 'zh', '--out', html]).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/<html lang="zh-CN">[\s\S]*通过：无强制性违规/);
  }, 60000);

  it('exits 1 when a waiver has expired, judged on the given day', () => {
    const { code, stdout } = envcloud(['audit', '--stack', 'dev', '--as-of', '2027-07-01', '--lang', 'zh']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/policies\/waivers\.yaml:\d+:\d+: 不通过\[waivers-current\]/);
    expect(stdout).toContain('未通过');
  }, 60000);

  it('validate refuses, located, what once only the policies caught; audit then stops on the manifest errors', () => {
    const checked = envcloud(['validate', join(dir, 'violations')]);
    expect(checked.code).toBe(1);
    for (const [file, rule] of [
      ['s902-', 'internet-only-unconditional-data'],
      ['s903-', 'portal-unified-identity'],
      ['s904-', 'websites-in-website-cluster'],
    ]) {
      expect(checked.stdout).toMatch(new RegExp(`${file}[^:]*\\.yaml:\\d+:\\d+: error\\[${rule}\\]`));
    }
    const audited = envcloud(['audit', '--stack', 'onprem', '--manifests', join(dir, 'violations')]);
    expect(audited.code).toBe(2);
    expect(audited.stderr).toContain('manifest error(s): run `envcloud validate`');
  }, 60000);

  it('exits 1 on policy violations, each finding at its manifest', () => {
    const out = join(dir, 'audit.sarif');
    const args = [
      'audit',
      '--stack',
      'onprem',
      '--manifests',
      join(dir, 'valid'),
      '--policy-config',
      join(dir, 'pack-config.json'),
      '--format',
      'sarif',
      '--out',
      out,
    ];
    const { code, stderr } = envcloud(args);
    expect(code).toBe(1);
    // One finding per workload; onprem holds and backs up the stored data s002 and s004 declare, so the DR policies pass.
    expect(stderr).toMatch(
      /wrote .*audit\.sarif: 2 failed, 0 advisory, 0 waived, \d+ policies not applicable — failed/,
    );
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const hits = sarif.runs[0].results.map(
      (result: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
        result.ruleId,
        result.locations[0]!.physicalLocation.artifactLocation.uri.split('/').pop(),
      ],
    );
    expect(hits).toEqual(
      expect.arrayContaining([
        ['k8s-approved-registry', expect.stringMatching(/^s002-/)],
        ['k8s-approved-registry', expect.stringMatching(/^s004-/)],
      ]),
    );
    // The report is the user's now: a second run does not replace it without --force.
    const again = envcloud(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; pass --force to replace it');
  }, 90000);

  it('exits 2 with located errors for a bad waiver file, manifests with errors, or no stack', () => {
    const waivers = join(dir, 'waivers.yaml');
    writeFileSync(
      waivers,
      'apiVersion: envcloud/v1\nkind: PolicyWaivers\nwaivers:\n  - rule: kms-key-rotaton\n    resource: "*"\n    reason: because we said so\n    owner: me\n    expires: 2027-01-01\n',
    );
    const bad = envcloud(['audit', '--stack', 'dev', '--waivers', waivers]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/waivers\.yaml:4:\d+: error\[waiver-unknown-rule\]/);
    expect(bad.stderr).toContain('did you mean `kms-key-rotation`');
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const invalid = envcloud(['audit', '--stack', 'onprem', '--manifests', 'tests/fixtures/policy-violations']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('manifest error(s): run `envcloud validate`');

    expect(envcloud(['audit']).code).toBe(2);
  }, 90000);
});

describe('envcloud report (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report folder for every manifest, and again into its own folder', () => {
    const out = join(dir, 'all');
    const first = envcloud(['report', '--out', out, '--as-of', '2019-01-20']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote \d+ files to .*: open .*index\.html/);
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    expect(metrics.overall.systems).toBe(182);
    // Plans are not results: the shipped manifests plan connections but none is done yet.
    expect(metrics.overall.connectivity.anyPortalOrResourceCenter.planned.count).toBeGreaterThan(0);
    expect(metrics.overall.connectivity.anyPortalOrResourceCenter.achieved.count).toBe(0);
    // Due by the end of January, the report written on 2019-01-20 is the one for 2018.
    expect(readFileSync(join(out, 'annual-report', 'all-units.md'), 'utf8').split('\n')[0]).toBe(
      '# 2018 年度政务信息资源整合共享情况报告（全部单位）',
    );
    expect(readdirSync(join(out, 'systems'))).toHaveLength(182);
    expect(envcloud(['report', '--out', out]).code).toBe(0);
  }, 60000);

  it('includes the audit of a stack, and its systems only', () => {
    const out = join(dir, 'dev');
    expect(envcloud(['report', '--stack', 'dev', '--lang', 'en', '--out', out]).code).toBe(0);
    const audit = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
    expect(audit).toMatchObject({ offline: true, stack: 'dev', summary: { passed: true } });
    expect(readdirSync(join(out, 'systems'))).toHaveLength(6);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('PASS: no mandatory violation');
  }, 60000);

  it.each([
    [['--as-of', '2019-1-20'], 'expected a date YYYY-MM-DD, got "2019-1-20"'],
    [['--year', '18'], 'expected a year such as 2018, got "18"'],
    [['--as-of', '2019-01-20', '--year', '2020'], '--year 2020 is after the as-of day'],
  ])('exits 2 on a bad as-of day or year, writing nothing: %j', (args, message) => {
    const out = join(dir, 'bad-date');
    const { code, stderr } = envcloud(['report', '--out', out, ...args]);
    expect([code, stderr]).toEqual([2, expect.stringContaining(message)]);
    expect(existsSync(out)).toBe(false);
  });

  it('never writes into a folder of the user’s', () => {
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const { code, stderr } = envcloud(['report', '--out', mine]);
    expect(code).toBe(2);
    expect(stderr).toContain('not empty and was not written by envcloud');
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });
});
