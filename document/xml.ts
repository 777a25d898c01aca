/** Text safe inside XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot carry most control characters even escaped.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\uFFFD')
  );
}

/** A JUnit XML document of one suite; `cases` are rendered `<testcase>` elements. */
export function junitDocument(
  run: string,
  suite: string,
  counts: { tests: number; failures: number; skipped?: number },
  cases: readonly string[],
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(run)}" tests="${counts.tests}" failures="${counts.failures}" errors="0">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped ?? 0}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
