import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../document/limits';
import { localizedText, msg } from '../document/i18n';
import { ResultCache } from '../validation/cache';
import { checkFiles, checkSource, validateSources } from '../validation/validate';
import { root as repositoryRoot } from './support/cli';
import { clone, happyManifest, yamlOf } from './support/manifests';

// Checking one file on its own (validation/check-source.ts) and a list of them, with or without the
// cache (validation/check-files.ts): what each kind of file yields, and what is kept of it.

const SECRET = 'AKIAIOSFODNN7EXAMPLE';
const repositoryFile = (path: string) => readFileSync(join(repositoryRoot, path));
const REQUEST = 'sharing/sr-2018-001-trhjjccyglxt.yaml';
const CORRECTION = 'corrections/dc-2026-001-sjcsyjhpt.yaml';

describe('checkSource', () => {
  it('a file that could not be read: one error at its start, with the reason and the fix, in both languages', () => {
    const { findings } = checkSource({
      file: 'm.yaml',
      bytes: Buffer.alloc(0),
      readError: msg('inputs.file.reason.denied'),
    });
    expect(findings).toEqual([
      {
        file: 'm.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'file-unreadable',
        message: 'cannot read the file: permission denied: make the file readable by you',
        hint: 'check that the file exists and is readable by you',
        localized: expect.anything(),
      },
    ]);
    expect(localizedText(findings[0]!, 'zh')).toEqual({
      message: '无法读取该文件：没有权限：请让你的账户可以读取该文件',
      hint: '请确认该文件存在，并且你的账户可以读取',
    });
  });

  it('a file read only in part (its real size known) is too large, with that size', () => {
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 10 };
    const { findings, entry } = checkSource(
      { file: 'm.yaml', bytes: Buffer.from('a: 1\n'.repeat(3)), size: 5000 },
      limits,
    );
    expect(entry).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'file-too-large', line: 1, column: 1 });
    expect(findings[0]!.message).toContain('5000');
    // At the limit, with its size given, a file is checked as usual.
    const text = yamlOf(happyManifest());
    const whole = checkSource(
      { file: 'm.yaml', bytes: Buffer.from(text), size: text.length },
      { ...DEFAULT_LIMITS, maxFileBytes: Buffer.byteLength(text) },
    );
    expect(whole.findings).toEqual([]);
    expect(whole.entry!.manifest.metadata.number).toBe(900);
  });

  it('a sharing request and a data correction are checked against their own schemas, clean or not', () => {
    for (const [path, kind] of [
      [REQUEST, 'request'],
      [CORRECTION, 'correction'],
    ] as const) {
      const clean = checkSource({ file: path, bytes: repositoryFile(path) });
      expect(clean.findings).toEqual([]);
      expect(clean.entry).toBeUndefined();
      expect(clean[kind]).toMatchObject({ file: path, [kind]: { apiVersion: 'envcloud/v1' } });
      expect(clean[kind === 'request' ? 'correction' : 'request']).toBeUndefined();
      expect(clean[kind]!.locator.locate(['metadata'], 'key')).toEqual({ line: expect.any(Number), column: 1 });
      // An anchor sends the file to the full parser; it is still read as its kind.
      const anchored = Buffer.from(
        repositoryFile(path)
          .toString('utf8')
          .replace(/^metadata:/m, 'metadata: &m'),
      );
      const full = checkSource({ file: path, bytes: anchored });
      expect(full.findings).toEqual([]);
      expect(full[kind]).toBeDefined();
      // With a field its schema does not know: the finding, and no record.
      const broken = Buffer.from(
        repositoryFile(path)
          .toString('utf8')
          .replace(/^metadata:/m, 'bogus: 1\nmetadata:'),
      );
      const refused = checkSource({ file: path, bytes: broken });
      expect(refused.findings.map((finding) => finding.ruleId)).toEqual(['schema-unknown-field']);
      expect(refused.request ?? refused.correction ?? refused.entry).toBeUndefined();
    }
  });

  it('a credential in a request or correction is an error at its field, never quoted', () => {
    for (const path of [REQUEST, CORRECTION]) {
      const text = repositoryFile(path).toString('utf8');
      const withSecret = text.replace(/^(\s+title: )(.+)$/m, `$1$2 ${SECRET}`);
      expect(withSecret).not.toBe(text);
      const { findings } = checkSource({ file: path, bytes: Buffer.from(withSecret) });
      const secret = findings.find((finding) => finding.ruleId === 'plaintext-secret');
      expect(secret).toMatchObject({ field: 'metadata.title', severity: 'error' });
      expect(JSON.stringify(findings)).not.toContain(SECRET);
    }
  });

  it('a credential in a manifest: an error whether the manifest conforms or not, and the manifest is still kept when it does', () => {
    const manifest: any = clone(happyManifest());
    manifest.metadata.name = `${manifest.metadata.name} ${SECRET}`;
    const conforming = checkSource({ file: 'm.yaml', bytes: Buffer.from(yamlOf(manifest)) });
    expect(conforming.findings.map((finding) => [finding.ruleId, finding.field])).toEqual([
      ['plaintext-secret', 'metadata.name'],
    ]);
    expect(conforming.findings[0]!.message).toBe('`metadata.name` holds a plaintext credential (AWS access key)');
    expect(conforming.findings[0]!.line).toBe(
      yamlOf(manifest)
        .split('\n')
        .findIndex((line) => line.includes(SECRET)) + 1,
    );
    expect(conforming.entry).toBeDefined();
    manifest.metadata.bogus = SECRET;
    const refused = checkSource({ file: 'm.yaml', bytes: Buffer.from(yamlOf(manifest)) });
    expect(refused.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'plaintext-secret',
      'plaintext-secret',
      'schema-unknown-field',
    ]);
    expect(refused.entry).toBeUndefined();
    expect(JSON.stringify(refused.findings)).not.toContain(SECRET);
  });

  it('a field the schema refused gets no second warning for its Chinese quotes; another field does', () => {
    const manifest: any = clone(happyManifest());
    manifest.metadata.reportingUnit = '“信息中心”';
    const text = yamlOf(manifest);
    const quoted = checkSource({ file: 'm.yaml', bytes: Buffer.from(text) });
    expect(quoted.findings.map((finding) => [finding.ruleId, finding.field])).toEqual([
      [expect.any(String), 'metadata.reportingUnit'],
    ]);
    expect(quoted.findings[0]!.severity).toBe('warning');
    // The same value in a field the schema refuses (too long for it): the schema's finding alone.
    manifest.metadata.slug = '“x”';
    const refused = checkSource({ file: 'm.yaml', bytes: Buffer.from(yamlOf(manifest)) });
    const onSlug = refused.findings.filter((finding) => finding.field === 'metadata.slug');
    expect(onSlug.map((finding) => finding.ruleId)).toEqual(['schema-format']);
    expect(
      refused.findings.some((finding) => finding.field === 'metadata.reportingUnit' && finding.severity === 'warning'),
    ).toBe(true);
  });
});

describe('checkFiles', () => {
  let project: string;
  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'envcloud-check-files-'));
    mkdirSync(join(project, 'm'));
    writeFileSync(join(project, 'm', 'a.yaml'), yamlOf(happyManifest()));
    writeFileSync(join(project, 'm', 'r.yaml'), repositoryFile(REQUEST));
    writeFileSync(join(project, 'm', 'c.yaml'), repositoryFile(CORRECTION));
    writeFileSync(join(project, 'm', 'bad.yaml'), 'apiVersion: envcloud/v1\nkind: SystemMigration\nmetadata: 7\n');
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));
  const FILES = ['m/a.yaml', 'm/r.yaml', 'm/c.yaml', 'm/bad.yaml', 'm/gone.yaml'];

  it('keeps a manifest whole or summarized, a request and a correction whole, and says why a file was not read', () => {
    const whole = checkFiles(FILES, project, DEFAULT_LIMITS, 'whole');
    const summary = checkFiles(FILES, project, DEFAULT_LIMITS, 'summary');
    expect(whole.map((result) => result.file)).toEqual(FILES);
    expect(whole[0]!.manifest).toEqual(happyManifest());
    expect(summary[0]!.manifest).not.toHaveProperty('spec.placement');
    expect(summary[0]!.manifest!.metadata.number).toBe(900);
    for (const results of [whole, summary]) {
      expect(results[1]).toMatchObject({ file: 'm/r.yaml', findings: [], request: { kind: 'SharingRequest' } });
      expect(results[2]).toMatchObject({ file: 'm/c.yaml', findings: [], correction: { kind: 'DataCorrection' } });
      expect(results[3]!.manifest).toBeUndefined();
      expect(results[3]!.findings.map((finding) => finding.ruleId)).toContain('schema-type');
      expect(results[4]!.findings).toEqual([
        expect.objectContaining({ ruleId: 'file-unreadable', message: expect.stringContaining('does not exist') }),
      ]);
      expect(results.every((result) => result.cacheKey === undefined)).toBe(true);
    }
  });

  it('runs the single-manifest rules on each manifest as it is read', () => {
    const manifest: any = clone(happyManifest());
    delete manifest.spec.disposition.businessSystem;
    writeFileSync(join(project, 'm', 'a.yaml'), yamlOf(manifest));
    const [result] = checkFiles(['m/a.yaml'], project, DEFAULT_LIMITS, 'summary');
    const expected = validateSources([{ file: 'm/a.yaml', bytes: Buffer.from(yamlOf(manifest)) }]).findings;
    expect(result!.findings.map((finding) => finding.ruleId)).toEqual(['merge-names-business-system']);
    expect(result!.findings).toEqual(expected);
    expect(result!.manifest).toBeDefined();
  });

  it('validateSources reports the files it was given, in their order, each once and nothing more', () => {
    const sources = ['m/b.yaml', 'm/a.yaml'].map((file) => ({ file, bytes: Buffer.from(yamlOf(happyManifest())) }));
    expect(validateSources(sources).files).toEqual(['m/b.yaml', 'm/a.yaml']);
    expect(validateSources([]).files).toEqual([]);
  });

  it('with a cache: a key per file read, found again by the next run; unreadable files and whole manifests bypass it', () => {
    const location = { dir: join(project, 'cache'), fingerprint: 'f' };
    const first = ResultCache.open(location);
    const cold = checkFiles(FILES, project, DEFAULT_LIMITS, 'summary', first);
    expect(first).toMatchObject({ hits: 0, misses: 4 });
    expect(cold.slice(0, 4).every((result) => /^[0-9a-f]{64}$/.test(result.cacheKey!))).toBe(true);
    expect(cold[4]!.cacheKey).toBeUndefined();
    first.save();
    const second = ResultCache.open(location);
    const warm = checkFiles(FILES, project, DEFAULT_LIMITS, 'summary', second);
    expect(second).toMatchObject({ hits: 4, misses: 0 });
    expect(warm).toEqual(cold);
    const whole = ResultCache.open(location);
    checkFiles(FILES, project, DEFAULT_LIMITS, 'whole', whole);
    expect(whole).toMatchObject({ hits: 0, misses: 0 });
  });
});
