import { isUtf8 } from 'node:buffer';
import type { Finding } from './findings';
import { msg, said } from './i18n';

/**
 * The encoding checks every input file passes, whatever its kind (manifests, stack files, Pulumi.yaml,
 * waivers, the pack config): a file saved as GBK or UTF-16, or with a BOM, is refused where it goes
 * wrong instead of being read as mojibake (a GBK stack file's unit names then selected no system).
 */
export function encodingProblem(bytes: Buffer): Omit<Finding, 'file' | 'severity'> | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ruleId: 'file-bom',
      line: 1,
      column: 1,
      ...said(msg('file.bom'), msg('file.save-utf8.hint')),
    };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      ruleId: 'file-encoding',
      line: 1,
      column: 1,
      ...said(msg('file.utf16'), msg('file.save-utf8.hint')),
    };
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Offset(bytes);
    const lines = bytes.subarray(0, offset).toString('utf8').split('\n');
    return {
      ruleId: 'file-encoding',
      line: lines.length,
      column: [...lines[lines.length - 1]!].length + 1,
      ...said(
        msg('file.invalid-utf8', { byte: bytes[offset]!.toString(16).padStart(2, '0'), offset }),
        msg('file.invalid-utf8.hint'),
      ),
    };
  }
  return lineEndingProblem(bytes);
}

/**
 * A carriage return that ends a line on its own (old Mac OS line endings, or one stray in a file).
 * YAML 1.2 reads it as a line break and the `yaml` library does not: the fast path accepted such a
 * file and the full parser saw one line of comment ("file has no YAML content"). Refused at the first
 * one, for every input kind, with its count.
 */
function lineEndingProblem(bytes: Buffer): Omit<Finding, 'file' | 'severity'> | undefined {
  let first = -1;
  let count = 0;
  for (let at = bytes.indexOf(0x0d); at >= 0; at = bytes.indexOf(0x0d, at + 1)) {
    if (bytes[at + 1] === 0x0a) continue;
    if (first < 0) first = at;
    count++;
  }
  if (first < 0) return undefined;
  const lines = bytes.subarray(0, first).toString('utf8').split('\n');
  const onlyCr = !bytes.includes(0x0a);
  return {
    ruleId: 'file-line-endings',
    line: lines.length,
    column: [...lines[lines.length - 1]!].length + 1,
    ...(onlyCr
      ? said(msg('file.cr-only', { count }), msg('file.cr-only.hint'))
      : said(msg('file.stray-cr', { count }), msg('file.stray-cr.hint'))),
  };
}

/** Offset of the first byte of the first malformed UTF-8 sequence (the buffer is known not to be valid UTF-8). */
export function firstInvalidUtf8Offset(bytes: Buffer): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    // Lead byte ranges of RFC 3629: 2-byte C2–DF, 3-byte E0–EF, 4-byte F0–F4.
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    if (length > 1 && !isUtf8(bytes.subarray(offset, offset + length))) return offset;
    offset += length;
  }
  return bytes.length - 1;
}
