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
    // With no path, validate reads manifests/, the sharing requests in sharing/ and the data corrections in corrections/.
    const files = 182 + readdirSync(join(root, 'sharing')).length + readdirSync(join(root, 'corrections')).length;
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

  it('says which files it did not read because their names only look like YAML, in Chinese and English', () => {
    const hidden = join(dir, 'manifests', 'copy.yaml.txt');
    copyFileSync(join(dir, 'manifests', readdirSync(join(dir, 'manifests'))[0]!), hidden);
    try {
      const en = envcloud(['validate', 'manifests', '--no-cache', '--lang', 'en'], dir);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('3 files, 0 errors');
      expect(en.stderr).toContain(
        'note: 1 file was not read, its name looks like YAML without ending in .yaml or .yml: manifests/copy.yaml.txt',
      );
      const zh = envcloud(['validate', 'manifests', '--no-cache', '--lang', 'zh'], dir);
      expect(zh.stderr).toContain(
        '有 1 个文件未读取，文件名像 YAML 却不以 .yaml 或 .yml 结尾：manifests/copy.yaml.txt',
      );
    } finally {
      rmSync(hidden);
    }
    expect(envcloud(['validate', 'manifests', '--no-cache'], dir).stderr).not.toContain('.yaml.txt');
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

describe('envcloud validate with worker threads', () => {
  it('gives the same report with --jobs 2 as in one thread', () => {
    const one = JSON.parse(envcloud(['validate', '--format', 'json', '--jobs', '1']).stdout);
    const two = JSON.parse(envcloud(['validate', '--format', 'json', '--jobs', '2']).stdout);
    expect(two).toEqual(one);
    expect(two.summary.files).toBe(
      182 + readdirSync(join(root, 'sharing')).length + readdirSync(join(root, 'corrections')).length,
    );
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
    // report speaks its reports' language, Chinese unless --lang en.
    for (const command of [['audit'], ['report', '--lang', 'en', '--out', join(out, 'r')], ['waves', 'plan']]) {
      const far = envcloud([...command, '--stack', 'zzz']);
      expect({ command, code: far.code }).toEqual({ command, code: 2 });
      expect(far.stderr).toContain('unknown stack `zzz`');
      expect(far.stderr).toContain('hint: to create it: pulumi stack init zzz');
      expect(far.stderr).not.toContain('did you mean');
    }
  });
});
