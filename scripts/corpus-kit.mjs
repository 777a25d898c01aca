// The kit of scripts/generate-corpus.mjs: the line edits a case is made by, the builders that add the
// cases in order (the order numbers the case files) and the writer of tests/corpus/cases/ and expected.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export /** Edits on lines: each returns the 1-based line the finding must point at. */
class Text {
  constructor(text) {
    this.lines = text.split('\n');
  }
  find(needle, from = 0) {
    const index = this.lines.findIndex((line, i) => i >= from && line.includes(needle));
    if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
    return index;
  }
  line(needle) {
    return this.find(needle) + 1;
  }
  replace(needle, replacement) {
    const index = this.find(needle);
    this.lines[index] = this.lines[index].replace(needle, replacement);
    return index + 1;
  }
  insertAfter(needle, ...lines) {
    const index = this.find(needle);
    this.lines.splice(index + 1, 0, ...lines);
    return index + 2;
  }
  remove(needle) {
    const index = this.find(needle);
    this.lines.splice(index, 1);
    return index + 1;
  }
  toString() {
    return this.lines.join('\n');
  }
}

/**
 * The cases, in the order they are added, and their builders: `manifest` edits the base manifest, `raw` gives the
 * whole content, `stack` edits the base stack file, `pair` and `group` make manifests validated together, `record`
 * a sharing request or a data correction validated with the manifests and requests it reads.
 */
export function corpusBuilder(base, baseStack) {
  const cases = [];
  /** A manifest case: `edit` changes the base and answers the expected line. */
  function manifest(id, rule, edit, options = {}) {
    const text = new Text(base);
    const line = edit(text);
    cases.push({
      kind: 'manifest',
      id,
      rule,
      line,
      content: options.raw ?? text.toString(),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.column ? { column: options.column } : {}),
    });
  }
  /** A manifest case given whole, with the line its finding must point at. */
  function raw(id, rule, line, content) {
    cases.push({ kind: 'manifest', id, rule, line, content });
  }
  /** A stack config case: one edit of the base stack file; the rule is the config key the problem names. */
  function stack(id, key, edit) {
    const text = new Text(baseStack);
    const line = edit(text);
    cases.push({ kind: 'stack', id, rule: 'stack-config', key, line, content: text.toString() });
  }
  /** A cross-file conflict: a pair of manifests, validated together; the finding is on the second file. */
  function pair(id, rule, editSecond, editFirst = () => 0) {
    const first = new Text(base);
    editFirst(first);
    const second = new Text(base);
    const line = editSecond(second);
    cases.push({ kind: 'pair', id, rule, line, files: [first.toString(), second.toString()] });
  }
  /** `count` manifests validated together, each edited by its index; the finding is at the last one's name. */
  function group(id, rule, count, edit) {
    const files = Array.from({ length: count }, (_, index) => {
      const text = new Text(base);
      edit(text, index);
      return text.toString();
    });
    cases.push({ kind: 'pair', id, rule, line: new Text(files[count - 1]).line('  name: '), files });
  }
  /**
   * A sharing request or a data correction (issue #13), validated with the files that give it its catalog and
   * grants (`context`, manifests and requests); `edit` changes `baseRecord`, which is read last, and answers the
   * expected line. `options.column` and `options.says` (a piece of the message) pin the finding further.
   */
  function record(kind, id, rule, baseRecord, context, edit, options = {}) {
    const text = new Text(baseRecord);
    const line = edit(text);
    cases.push({
      kind,
      id,
      rule,
      line,
      files: [...context, text.toString()],
      ...(options.column ? { column: options.column(text, line) } : {}),
      ...(options.says ? { says: options.says } : {}),
    });
  }
  return { cases, manifest, raw, stack, pair, group, record };
}

/** The column (1-based) of `token` on line `line` of a case's text: where a finding on that token points. */
export const columnOf = (token) => (text, line) => {
  const column = text.lines[line - 1].indexOf(token) + 1;
  if (column < 1) throw new Error(`line ${line} has no ${JSON.stringify(token)}`);
  return column;
};

/** Writes the cases under `corpus` (cases/ afresh, and expected.json); answers how many. */
export function writeCorpus(corpus, cases) {
  rmSync(join(corpus, 'cases'), { recursive: true, force: true });
  const expected = [];
  cases.forEach((entry, index) => {
    const prefix = String(index + 1).padStart(3, '0');
    if (entry.files) {
      const folder = `cases/${prefix}-${entry.id}`;
      mkdirSync(join(corpus, folder), { recursive: true });
      // a.yaml, b.yaml, …: validated together, the finding on the last.
      const names = entry.files.map((_, position) => `${folder}/${String.fromCharCode(0x61 + position)}.yaml`);
      entry.files.forEach((content, position) => writeFileSync(join(corpus, names[position]), content));
      expected.push({
        id: entry.id,
        kind: entry.kind,
        files: names,
        file: names[names.length - 1],
        line: entry.line,
        rule: entry.rule,
        ...(entry.column ? { column: entry.column } : {}),
        ...(entry.says ? { says: entry.says } : {}),
      });
      return;
    }
    const file =
      entry.kind === 'stack' ? `cases/${prefix}-${entry.id}/Pulumi.corpus.yaml` : `cases/${prefix}-${entry.id}.yaml`;
    mkdirSync(dirname(join(corpus, file)), { recursive: true });
    writeFileSync(join(corpus, file), entry.bytes ?? entry.content);
    expected.push({
      id: entry.id,
      kind: entry.kind,
      file,
      line: entry.line,
      rule: entry.rule,
      ...(entry.key ? { key: entry.key } : {}),
      ...(entry.limits ? { limits: entry.limits } : {}),
      ...(entry.column ? { column: entry.column } : {}),
    });
  });
  writeFileSync(join(corpus, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  return expected.length;
}
