import { englishSentences } from './english';

/**
 * The English sentences of a command's output (issue #14), for the commands beyond `validate`: what
 * `englishSentences` finds once the names a Chinese text keeps as written are taken out too. Those are
 * resource types and other `a:b` tokens (`aws:s3/bucketV2:BucketV2`, `envcloud:platformStack`, URNs,
 * URLs), paths (`build/report/index.html`), hyphenated ids (`s002-hjxxzyzx-data-store-db`,
 * `not-started`), file names, and what people wrote in the files read: a waiver's reason (`豁免依据
 * file:line: <reason> (<owner>, 有效期至 …)`) is the waiver file's text, not envcloud's.
 */
export function cliEnglishSentences(output: string): string[] {
  const prose = output
    .split('\n')
    .map((line) =>
      line
        .replace(/(豁免依据 \S+:\d+: ).*( \([^()]*, 有效期至 [0-9-]+\))$/, '$1$2')
        .replace(/[\w.-]+(?::[\w./@?=&%-]+)+/g, ' ')
        .replace(/\S*\/\S*/g, ' ')
        .replace(/\w+(?:-\w+)+/g, ' ')
        .replace(/\S+\.(?:ya?ml|json|html|md|csv|sarif|png|svg|xml|ts|js)\b/g, ' '),
    )
    .join('\n');
  return englishSentences(prose);
}
