import * as jsYaml from 'js-yaml';
import type { Document, Tags, YAMLError } from 'yaml';
import { yamlLib } from './yaml-lib';
import type { Finding } from './findings';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from './limits';
import { duplicateKeyErrors } from './duplicate-keys';
import { tooDeepFlowPosition } from './flow-depth';
import { encodingProblem } from './encoding';
import { FULL_PARSE_MARKS, startOf } from './fast-locate';
import { LazyLocator, Locator, type FieldLocator } from './locate';
import { relocateYamlError, withoutEchoes } from './yaml-errors';
import { checkStructure, dataProblem, describeNode, FORBIDDEN_KEYS } from './yaml-tree';
import { msg, said, untranslated, type Localized, type Message, type MessageId } from './i18n';

/** A file parsed into plain data, with the means to point back into it. */
export interface LoadedDocument {
  file: string;
  /** The decoded text, kept so positions can be computed later without reading the file again. */
  text: string;
  data: unknown;
  locator: FieldLocator;
}

export interface LoadResult {
  findings: Finding[];
  /** Present when the file parsed into a mapping; absent when loading failed. */
  document?: LoadedDocument;
}

const YAML_CODE_RULES: Partial<Record<string, string>> = {
  // The parser's only RESOURCE_EXHAUSTION (yaml 2.x) is its stack running out while it composes a collection:
  // absurd nesting. Aliases are counted later, by toJS, where an alias bomb is a ReferenceError.
  RESOURCE_EXHAUSTION: 'yaml-nesting',
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  TAG_RESOLVE_FAILED: 'yaml-unknown-tag',
};

const YAML_CODE_HINTS: Partial<Record<string, MessageId>> = {
  DUPLICATE_KEY: 'yaml.hint.DUPLICATE_KEY',
  TAB_AS_INDENT: 'yaml.hint.TAB_AS_INDENT',
  TAG_RESOLVE_FAILED: 'yaml.hint.TAG_RESOLVE_FAILED',
  BAD_INDENT: 'yaml.hint.BAD_INDENT',
  MISSING_CHAR: 'yaml.hint.MISSING_CHAR',
};

function problem(
  file: string,
  ruleId: string,
  line: number,
  column: number,
  message: Message,
  hint?: Message,
): LoadResult {
  return { findings: [{ file, line, column, severity: 'error', ruleId, ...said(message, hint) }] };
}

/**
 * A file over the size limit, with its real size: the reader stops one byte past the limit, and a 1 MiB
 * file was reported as "file is 256 KiB, more than the 256 KiB limit".
 */
export function tooLargeFinding(file: string, size: number, limit: number): Finding {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'file-too-large',
    ...said(
      msg('file.too-large', { size: formatBytes(size), bytes: size, limit: formatBytes(limit), limitBytes: limit }),
      msg('file.too-large.hint'),
    ),
  };
}

/** Byte-level checks every file passes before any YAML parser sees it: size, encoding, emptiness. */
function decode(file: string, bytes: Buffer, limits: InputLimits): { text: string } | { rejected: LoadResult } {
  const reject = (ruleId: string, line: number, column: number, message: Message, hint?: Message) => ({
    rejected: problem(file, ruleId, line, column, message, hint),
  });
  if (bytes.length > limits.maxFileBytes)
    return { rejected: { findings: [tooLargeFinding(file, bytes.length, limits.maxFileBytes)] } };
  const encoding = encodingProblem(bytes);
  if (encoding) return { rejected: { findings: [{ file, severity: 'error', ...encoding }] } };
  const text = bytes.toString('utf8');
  if (isBlankOrComments(text)) {
    return reject('file-empty', 1, 1, msg('file.empty'), msg('file.empty.hint'));
  }
  return { text };
}

/**
 * Reads one manifest file into plain data. Every way a file can be unusable becomes a located
 * finding; this never throws for bad input.
 */
export function loadManifestBytes(file: string, bytes: Buffer, limits: InputLimits = DEFAULT_LIMITS): LoadResult {
  const decoded = decode(file, bytes, limits);
  return 'rejected' in decoded ? decoded.rejected : parseWithYaml(file, decoded.text, limits);
}

/**
 * Numbers js-yaml and YAML 1.2's core schema read differently, where a value starts: js-yaml reads
 * `0b101`, `-0x1`, `+0x1`, `-0o7` as numbers, which the yaml library and the YAML language server read
 * as text, and `-.5`, `+.5e3` as text, which they read as numbers. Plain searches first: image digests
 * (`sha256:…a0b9…`) hold `0b` in a fifth of the realistic set's files.
 */
const NOT_CORE_NUMBER = /(?:^|[\s[{,])(?:[-+]?0b[01_]|[-+]0[xo]|[-+]\.[0-9])/m;
const NUMBER_MARKS = ['0b', '0x', '0o', '-.', '+.'];

/**
 * Content on the line of a document's start marker (`--- a: 1`): js-yaml reads a mapping there, which
 * YAML 1.2 and the yaml library refuse (a scalar there is allowed; the full parser tells the two apart).
 */
const CONTENT_AFTER_MARKER = /^---[ \t]+[^#\s]/m;

function needsFullParse(text: string): boolean {
  if (FULL_PARSE_MARKS.some((mark) => text.includes(mark))) return true;
  // A %YAML directive: only the full parser reads the version it asks for (1.1: merge keys, yes/no).
  if (text.includes('%YAML')) return true;
  if (text.includes('---') && CONTENT_AFTER_MARKER.test(text)) return true;
  return NUMBER_MARKS.some((mark) => text.includes(mark)) && NOT_CORE_NUMBER.test(text);
}

/**
 * The fast path for the common case, a clean file: js-yaml (YAML 1.2 core schema, no timestamps)
 * parses about ten times faster than the full parser, and positions are computed only if a finding
 * needs one. Answers undefined whenever the file is anything but plain: the caller then takes the
 * full path, which reports the problem with its location.
 */
export function loadManifestFast(
  file: string,
  bytes: Buffer,
  limits: InputLimits = DEFAULT_LIMITS,
): LoadedDocument | undefined {
  const decoded = decode(file, bytes, limits);
  if ('rejected' in decoded || needsFullParse(decoded.text)) return undefined;
  let data: unknown;
  const flow = flowOverLines(decoded.text);
  try {
    data = jsYaml.load(decoded.text, { schema: jsYaml.CORE_SCHEMA, filename: file, listener: flow.listener });
  } catch {
    return undefined;
  }
  if (flow.found || !isPlainTree(data, limits.maxDepth)) return undefined;
  return { file, text: decoded.text, data, locator: new LazyLocator(decoded.text) };
}

/**
 * Watches js-yaml's parse for flow style written over lines: a quoted text, or a `[…]` or `{…}`. js-yaml
 * reads one whose next lines are not indented under its key (`'环境保护部政府网站` then `# 这不是注释` at
 * the margin, read as part of the text; `[1,` then `2]` at the margin), which the YAML spec, the yaml
 * library and the YAML language server refuse: such a file is left to the full parser, which says
 * where. Only a node that ends as flow style does (a quote, `]` or `}`) is looked at: watching costs
 * about 7% of js-yaml's time.
 */
function flowOverLines(text: string): { listener: jsYaml.LoadOptions['listener']; found: boolean } {
  const opens: number[] = [];
  const watch = {
    found: false,
    listener(event: jsYaml.EventType, state: jsYaml.State): void {
      if (event === 'open') {
        opens.push(state.position);
        return;
      }
      const open = opens.pop()!;
      const end = state.position;
      if (watch.found || !FLOW_ENDS.has(text[end - 1]!)) return;
      const start = startOf(text, open);
      // Over lines when the line it ends on starts after it does: js-yaml keeps where its line starts.
      // Searching the text for a line break instead made a 240 KB file on one line, with 60,000 flow
      // collections in it, take 2.3 s.
      if (FLOW_PAIRS[text[start]!] === text[end - 1] && state.lineStart > start) watch.found = true;
    },
  };
  return watch;
}

/** How flow style ends, by how it starts. */
const FLOW_PAIRS: Partial<Record<string, string>> = { '"': '"', "'": "'", '[': ']', '{': '}' };
const FLOW_ENDS = new Set(Object.values(FLOW_PAIRS));

/** A mapping at the top, no reserved keys, no deeper than the limit (walked without recursion). */
function isPlainTree(data: unknown, maxDepth: number): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  // Two parallel stacks and only containers pushed: this runs once per file on the hot path.
  const values: object[] = [data];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return false;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/** The schema's tags but the timestamp (YAML 1.1's): dates are text in every version envcloud reads. */
function withoutTimestamps(tags: Tags): Tags {
  return tags.filter(
    (tag) => tag !== 'timestamp' && (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  );
}

/**
 * Full parse with the `yaml` library: every syntax problem located, the node tree kept for
 * positions. This path is authoritative; the fast path only ever accepts files this one accepts.
 */
function parseWithYaml(file: string, text: string, limits: InputLimits): LoadResult {
  const { LineCounter, parseAllDocuments, isMap } = yamlLib();
  const at = (ruleId: string, line: number, column: number, message: Message, hint?: Message) =>
    problem(file, ruleId, line, column, message, hint);
  const lineCounter = new LineCounter();
  const tooDeep = tooDeepFlowPosition(text);
  if (tooDeep) {
    const max = { max: limits.maxDepth };
    return at('yaml-nesting', tooDeep.line, tooDeep.column, msg('yaml.too-deep', max), msg('yaml.nesting.hint', max));
  }
  let documents: Document.Parsed[];
  try {
    // Duplicate keys are found by duplicateKeyErrors: the parser's own check is quadratic in the keys.
    // logLevel 'error': the library's warnings went to process.emitWarning, i.e. raw onto stderr (a
    // collection used as a key); checkStructure reports that case as a located finding instead.
    // A file with no document (only directives) is an empty array: an EmptyStream, whose errors are not needed.
    documents = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
      // A file that asks for YAML 1.1 (`%YAML 1.1`, for its merge keys) keeps its dates as text, as YAML 1.2
      // and the schema read them: as timestamps they were "a mapping" to the schema, and the verdict
      // changed with whether this parser or the fast path (which reads 1.2) read the file.
      customTags: withoutTimestamps,
    });
    for (const document of documents) for (const error of duplicateKeyErrors(document)) document.errors.push(error);
  } catch (error) {
    return nestingOrInternal(file, error, limits);
  }
  const locator = new Locator(documents[0], lineCounter);

  const findings: Finding[] = [];
  const fromYamlError = (error: YAMLError): Finding => {
    const relocated = relocateYamlError(error, text, lineCounter);
    const { line, column } = relocated;
    const codeHint = YAML_CODE_HINTS[error.code];
    const hint =
      error.code === 'RESOURCE_EXHAUSTION'
        ? msg('yaml.nesting.hint', { max: limits.maxDepth })
        : codeHint
          ? msg(codeHint)
          : undefined;
    // The parser's own words are English: said as they are in English, by their code in Chinese.
    const words: Localized = relocated.localized ?? {
      message: untranslated(firstLine(error.message), msg('yaml.parser', { code: error.code })),
    };
    return {
      file,
      line,
      column,
      severity: 'error',
      ruleId: YAML_CODE_RULES[error.code] ?? 'yaml-syntax',
      ...said(words.message, words.hint ?? hint),
    };
  };
  for (const document of documents) {
    for (const error of [...withoutEchoes(document.errors), ...document.warnings]) findings.push(fromYamlError(error));
  }
  if (documents.length > 1) {
    const second = documents[1]!;
    const { line, column } = locator.position(second.range[0]);
    findings.push({
      file,
      line,
      column,
      severity: 'error',
      ruleId: 'yaml-multiple-documents',
      ...said(msg('yaml.multiple-documents', { count: documents.length }), msg('yaml.multiple-documents.hint')),
    });
  }
  if (findings.length > 0) return { findings };

  const document = documents[0];
  // A parsed document always has contents (an empty one is a null scalar): only a file of directives has none.
  if (!document?.contents) {
    return at('file-empty', 1, 1, msg('file.no-content'), msg('file.empty.hint'));
  }
  if (!isMap(document.contents)) {
    const { line, column } = locator.position(document.contents.range[0]);
    return at(
      'yaml-not-mapping',
      line,
      column,
      msg('yaml.not-mapping', { kind: describeNode(document.contents) }),
      msg('yaml.not-mapping.hint'),
    );
  }

  const structural = checkStructure(document, locator, limits);
  if (structural) return { findings: [{ file, ...structural }] };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const problem = dataProblem(error, document, limits.maxAliasCount);
    if (problem) {
      const { line, column } = locator.position(problem.offset);
      return at(problem.ruleId, line, column, problem.message, problem.hint);
    }
    return nestingOrInternal(file, error, limits);
  }
  return { findings: [], document: { file, text, data, locator } };
}

/** True when every line is blank or a comment. Linear: an earlier nested-quantifier pattern backtracked exponentially. */
export function isBlankOrComments(text: string): boolean {
  return !/^[ \t]*[^\s#]/m.test(text);
}

function nestingOrInternal(file: string, error: unknown, limits: InputLimits): LoadResult {
  const tooDeep = error instanceof RangeError;
  return {
    findings: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: tooDeep ? 'yaml-nesting' : 'yaml-syntax',
        ...said(
          tooDeep
            ? msg('yaml.too-deep', { max: limits.maxDepth })
            : msg('yaml.cannot-parse', {
                detail: untranslated(
                  firstLine(error instanceof Error ? error.message : String(error)),
                  msg('text.unknown-error'),
                ),
              }),
          msg('yaml.check-brackets.hint'),
        ),
      },
    ],
  };
}

/** The parser's errors are never prettified (`prettyErrors: false`): no " at line …" and context lines to cut. */
function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
