/**
 * An English sentence: three or more ASCII words in a row, once what is not prose is taken out: the
 * `file:line:column:` of a finding, its `[rule-id]`, code spans, quoted values, code points and options.
 * A Chinese run prints none (tests/i18n.test.ts, tests/requests-i18n.test.ts).
 */
export function englishSentences(output: string): string[] {
  const prose = output.split('\n').map((line) =>
    line
      .replace(/^\S+:\d+:\d+: /, '')
      .replace(/\[[a-z0-9-]+\]/g, '')
      .replace(/`[^`]*`/g, ' ')
      .replace(/"[^"]*"/g, ' ')
      .replace(/U\+[0-9A-F]{4}/g, ' ')
      .replace(/--?[a-z][a-z-]*/g, ' ')
      .replace(/\S+\.ya?ml\b/g, ' '),
  );
  return prose.flatMap((line) => line.match(/[A-Za-z][A-Za-z'’]*(?:[ ,;:()]+[A-Za-z][A-Za-z'’]*){2,}/g) ?? []);
}
