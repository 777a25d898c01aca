import { formatHtml } from '../../audit/format/html';
import type { AuditReport } from '../../audit/model';
import { auditResources } from '../../audit/run';
import { failingInput, waiver } from './support';

const failing = () => auditResources(failingInput());

describe('the HTML audit report', () => {
  it('is one self-contained page: inline style, no script, no external resource', async () => {
    const html = formatHtml(await failing(), 'en');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|@import|url\(/i);
  });
  it('speaks the chosen language in its labels and verdict', async () => {
    const report = await failing();
    const chinese = formatHtml(report, 'zh');
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('未通过：存在强制性违规');
    expect(chinese).not.toContain('FAIL: mandatory violations');
    expect(formatHtml(report, 'en')).toContain('FAIL: mandatory violations');
  });
  it('shows each finding with where to fix it, and the policy’s remediation', async () => {
    const html = formatHtml(await failing(), 'en');
    expect(html).toMatch(/Where to fix: <code>manifests\/s900-test\.yaml:\d+:\d+<\/code>/);
    expect(html).toContain('Remediation: Set spec.placement.pool');
  });
  it('shows a waived finding with its owner and expiry, and passes', async () => {
    const html = formatHtml(await auditResources({ ...failingInput(), waivers: [waiver()] }), 'en');
    expect(html).toContain('WAIVED');
    expect(html).toContain('owner 信息中心 &lt;ops@envcloud.mee.gov.cn&gt;, until 2026-12-31');
    expect(html).toContain('PASS: no mandatory violation');
  });
  it('escapes every interpolated text', async () => {
    const report: AuditReport = await failing();
    report.findings[0]!.message = '<script>alert("x")</script> & \'quotes\'';
    const html = formatHtml(report, 'en');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
  });
  it('says so when there is nothing to report', async () => {
    const report = await failing();
    report.findings = [];
    expect(formatHtml(report, 'zh')).toContain('未发现问题。');
  });
});
