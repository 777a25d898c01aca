import { DEFAULT_LIMITS } from '../document/limits';
import { checkSource } from '../validation/check-source';
import { clone, happyManifest, yamlOf } from './support/manifests';

// checkSource (validation/check-source.ts) on the paths tests/check-files.test.ts leaves: a file too
// large without its size known, one the parser cannot read, a conforming manifest the fast path
// declines, and credentials that only their field's name gives away in files that do not conform.

const source = (text: string) => ({ file: 'm.yaml', bytes: Buffer.from(text) });

describe('checkSource', () => {
  it('a file read whole that is over the limit is too large, with its length', () => {
    const { findings, entry } = checkSource(
      { file: 'm.yaml', bytes: Buffer.from('a: 1\n'.repeat(30)) },
      { ...DEFAULT_LIMITS, maxFileBytes: 100 },
    );
    expect(entry).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'file-too-large', line: 1, column: 1 });
    expect(findings[0]!.message).toContain('150');
  });

  it('a file the parser cannot read: its findings only, no manifest', () => {
    const result = checkSource(source('metadata: [\n  number: 1\n'));
    expect(Object.keys(result)).toEqual(['findings']);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('a document that is no mapping is refused, not thrown on', () => {
    for (const text of ['~\n', 'null\n', '- a\n', 'text\n', '5\n']) {
      const result = checkSource(source(text));
      expect(result.entry).toBeUndefined();
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });

  it('a conforming manifest the fast path declines (an `&` in a value) is kept, with its locator', () => {
    const manifest = clone(happyManifest());
    manifest.metadata.name = '测试污染源在线监控系统 & 平台';
    const text = yamlOf(manifest);
    expect(text).toContain('&');
    const { findings, entry } = checkSource(source(text));
    expect(findings).toEqual([]);
    expect(entry!.file).toBe('m.yaml');
    expect(entry!.manifest).toEqual(manifest);
    expect(entry!.locator.locate(['metadata', 'name'])).toEqual({
      line: text.split('\n').findIndex((line) => line.includes('&')) + 1,
      column: 9,
    });
  });

  it('a manifest that does not conform: a credential named only by its field is found', () => {
    const manifest: any = clone(happyManifest());
    manifest.spec.password = 'hunter2hunter2';
    const { findings, entry } = checkSource(source(yamlOf(manifest)));
    expect(entry).toBeUndefined();
    const secret = findings.filter((finding) => finding.ruleId === 'plaintext-secret');
    expect(secret).toHaveLength(1);
    expect(secret[0]!.field).toBe('spec.password');
    expect(JSON.stringify(findings)).not.toContain('hunter2hunter2');
  });

  it('a request that does not conform: a credential named only by its field is found', () => {
    const request = [
      'apiVersion: envcloud.mee.gov.cn/v1',
      'kind: SharingRequest',
      'metadata:',
      '  id: sr-2026-001',
      'password: hunter2hunter2',
      '',
    ].join('\n');
    const { findings, request: entry } = checkSource(source(request));
    expect(entry).toBeUndefined();
    expect(findings.filter((finding) => finding.ruleId === 'plaintext-secret').map((finding) => finding.field)).toEqual(
      ['password'],
    );
    expect(JSON.stringify(findings)).not.toContain('hunter2hunter2');
  });
});
