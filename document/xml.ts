/**
 * Characters XML 1.0 cannot carry even escaped: most C0 controls, U+FFFE, U+FFFF and lone surrogates
 * (U+FFFE in a waiver's reason made the JUnit report unreadable to every XML parser).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside XML content and attribute values. A character XML cannot carry is written as the
 * `\u{…}` every other output shows it as (it was U+FFFD, which hid what it was); line breaks and tabs as
 * character references, which an attribute value keeps (a raw one is read as a space there).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(NOT_XML, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`)
    .replace(/[\n\r\t]/g, (char) => `&#${char.charCodeAt(0)};`);
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
