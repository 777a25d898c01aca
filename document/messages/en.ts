import { catalogOf } from './catalog-of';
import { EN_RULES } from './en-rules';
import { EN_HELP } from './en-help';
import { EN_CLI } from './en-cli';
import { EN_REQUESTS } from './en-requests';
import { EN_RULE_TITLES } from './en-rule-titles';
import { EN_SHARING2 } from './en-sharing2';
import { EN_CORRECTIONS } from './en-corrections';
import { EN_AS_OF } from './en-as-of';
import { EN_POLICY_FINDINGS } from './en-policy-findings';
import { EN_INPUTS } from './en-inputs';
import { EN_INPUTS2 } from './en-inputs2';
import { EN_USAGE } from './en-usage';

/**
 * The English catalog: every message id with its ICU MessageFormat text (issue #14). The Chinese
 * catalog (zh.ts) has the same ids, which the compiler checks; tests/i18n.test.ts checks that the
 * placeholders agree. Ids are `area.what`; a hint's id ends in `.hint`.
 */
const EN_BASE = {
  // Words every output shares.
  'severity.error': 'error',
  'severity.warning': 'warning',
  'label.hint': 'hint: ',
  'label.see': 'see: ',
  'label.note': 'note: ',
  'verdict.valid': 'valid',
  'verdict.invalid': 'invalid',
  /** An English text from elsewhere (a schema description, a parser's error) that has no Chinese yet: Chinese shows `fallback`. */
  'text.untranslated': '{text}',
  'text.join': '{first}; {second}',
  'text.described': '{text} — {description}',
  'text.unknown-error': 'an unknown error',
  'list.truncated': '{shown}, … ({count} in all)',

  // validate, new: the summary and what the commands say.
  'summary.counts':
    '{files, plural, one {# file} other {# files}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}: {verdict}',
  'summary.unconfirmed':
    '{unconfirmed} of {files, plural, one {# file} other {# files}} {unconfirmed, plural, one {still carries} other {still carry}} importer defaults (metadata.defaulted); confirm or correct each listed field, then remove it from the list (`envcloud report` counts these manifests as unconfirmed)',
  'validate.near-yaml':
    'note: {count, plural, one {# file was} other {# files were}} not read, {count, plural, one {its name looks} other {their names look}} like YAML without ending in .yaml or .yml: {files}\nhint: rename it to end in .yaml to have it checked (a file manager may have hidden an extension such as .txt)',
  'validate.baseline-skipped':
    'note: {count, plural, one {# file} other {# files}} of the baseline could not be read as a manifest (failing the schema, or too large) and {count, plural, one {was} other {were}} left out: the status changes of {count, plural, one {its system were} other {their systems were}} not judged: {files}\nhint: fix the baseline, or validate against a baseline whose manifests this version of envcloud reads',
  'validate.wrote':
    'wrote {out}: {files, plural, one {# file} other {# files}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {unconfirmed} with importer defaults to confirm',
  'validate.jobs-capped': 'warning: --jobs {jobs} is more than the {cores} cores here; using {cores} threads',
  'validate.both-baselines': 'give --baseline-dir or --baseline-ref, not both: there is one baseline',
  'validate.watch.done':
    '[{time}] validated {files, plural, one {# file} other {# files}} in {seconds} s: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}; watching for changes (Ctrl-C to stop)',
  'validate.watch.failed': '[{time}] {detail}; watching for changes (Ctrl-C to stop)',
  'validate.watch.unwatchable': 'cannot watch {path} for changes: {reason}',
  'validate.watch.inotify':
    "the system's limit on watched folders is reached (on Linux, raise fs.inotify.max_user_watches)",
  'junit.failure': '{count, plural, one {# error} other {# errors}}: {first}',
  'sarif.with-hint': '{message}. Hint: {hint}',
  'new.created': 'created {file} for system {number}',
  'new.confirm': 'confirm the fields listed under metadata.defaulted, then run `envcloud validate`',
  'new.refused': 'refused: {file} would not validate (see the errors above); nothing was written',
  'new.exists': '{file} already exists (envcloud new never overwrites; choose another --slug or edit that file)',
  'findings.too-many':
    '… and {count} more findings in this file ({errors, plural, =0 {} one {# error} other {# errors}}{both, select, yes {, } other {}}{warnings, plural, =0 {} one {# warning} other {# warnings}}), from this line on, not listed',
  'findings.too-many.hint':
    'only the first {limit} findings of a file are listed (the summary counts them all): fix those, often one mistake repeated, and validate again',

  // The command line: options, usage errors, the parser's own errors.
  'option.lang':
    'language of messages and output, zh or en (default: from LC_ALL, LC_MESSAGES or LANG: zh_* is zh, anything else en)',
  'option.lang-report':
    'language of the reports and of the messages, zh or en (default zh, whatever the locale: the reports are for the ministry)',
  'option.positive-integer': 'expected a positive whole number, got "{value}"',
  'option.jobs-max': 'expected at most {max} threads, got "{value}"',
  'option.date': 'expected a date YYYY-MM-DD, got "{value}"',
  'option.no-such-day': '"{value}" is not a day of the calendar (the month has no such day)',
  'option.too-early': '"{value}" is before {first}: no report or plan of this tool is of that time',
  'option.platform-stack': 'expected a stack such as org/envcloud/prod (each part a name Pulumi takes), got "{value}"',
  'option.year': 'expected a year such as 2018, got "{value}"',
  'cli.internal-error': 'internal error: {detail}',
  'cli.report-bug': 'this is a bug in envcloud; please report it with the command you ran',
  'cli.help-after-error': '(run with --help for usage)',
  'cli.unknown-option': "error: unknown option ''{option}''",
  'cli.unknown-command': "error: unknown command ''{command}''",
  'cli.did-you-mean': '(Did you mean {suggestion}?)',
  'cli.missing-argument': "error: missing required argument ''{argument}''",
  'cli.option-missing-argument': "error: option ''{option}'' argument missing",
  'cli.missing-mandatory-option': "error: required option ''{option}'' not specified",
  'cli.invalid-option-argument': "error: option ''{option}'' argument ''{value}'' is invalid. {reason}",
  'cli.invalid-argument': "error: command-argument value ''{value}'' is invalid for argument ''{argument}''. {reason}",
  'cli.allowed-choices': 'Allowed choices are {choices}.',
  'cli.too-many-arguments':
    "error: too many arguments{command, select, none {} other { for ''{command}''}}. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.",
  'cli.conflicting-options': 'error: {first} cannot be used with {second}',

  // Bytes and encoding (document/encoding.ts, load.ts).
  'file.bom': 'file starts with a UTF-8 byte-order mark (BOM)',
  'file.utf16': 'file is UTF-16, not UTF-8',
  'file.save-utf8.hint': 'save the file as UTF-8 without BOM',
  'file.invalid-utf8': 'invalid UTF-8 byte 0x{byte} at byte offset {offset}',
  'file.invalid-utf8.hint':
    'save the file as UTF-8 (files saved as GBK/GB18030 must be converted, e.g. `iconv -f GB18030 -t UTF-8`)',
  'file.cr-only':
    'file uses CR line endings (old Mac OS style): its {count} lines each end with a carriage return alone, which YAML parsers do not read alike',
  'file.cr-only.hint':
    "save the file with LF (Unix) line endings: your editor's line-ending setting, or `tr '\\r' '\\n' < old.yaml > new.yaml`",
  'file.stray-cr':
    'a carriage return (CR) ends this line on its own: {count, plural, one {# line} other {# lines}} of the file end so, which YAML parsers do not read alike',
  'file.stray-cr.hint':
    "save the file with LF (Unix) line endings: your editor's line-ending setting, or delete the stray carriage return",
  'file.too-large': 'file is {size} ({bytes} bytes), more than the {limit} ({limitBytes} bytes) limit',
  'file.too-large.hint':
    'a manifest describes one system and is a few KiB; split generated content out, or raise the limit with --max-file-size',
  'file.empty': 'file is empty (no YAML content)',
  'file.no-content': 'file has no YAML content',
  'file.empty.hint': 'start from `envcloud new`, or delete the file',

  // YAML (document/load.ts, yaml-errors.ts).
  'yaml.parser': 'YAML syntax error ({code})',
  'yaml.hint.DUPLICATE_KEY': 'each key may appear once per mapping: delete or merge the second one',
  'yaml.hint.TAB_AS_INDENT': 'YAML indentation must use spaces: replace the tab with spaces',
  'yaml.hint.TAG_RESOLVE_FAILED': 'manifests use plain YAML values: remove the `!tag`',
  'yaml.hint.BAD_INDENT': 'align the key with its siblings, using spaces',
  'yaml.hint.MISSING_CHAR':
    'check the characters around here: a space, a comma, a colon, or the closing quote or bracket may be missing',
  'yaml.missing.comment-space': 'a `#` right after other text starts no comment: YAML needs a space before it',
  'yaml.missing.comment-space.hint': 'put a space before `#`, or quote the whole value if the `#` is part of it',
  'yaml.missing.props-space': 'an anchor (`&name`) or a tag (`!tag`) must be followed by a space',
  'yaml.missing.props-space.hint': 'add a space between the anchor or tag and the value',
  'yaml.missing.comma': 'the items inside brackets or braces must be separated by commas',
  'yaml.missing.comma.hint': 'add a half-width comma `,` between the items',
  'yaml.missing.value': 'a line with no `:` after its key: YAML cannot read it as a key and its value',
  'yaml.missing.value.hint': 'write it as `key: value`, or remove the line',
  'yaml.nesting.hint': 'a manifest is a handful of levels deep (limit {max}): check the brackets and indentation here',
  'yaml.multiple-documents': 'file holds {count} YAML documents; a manifest holds exactly one',
  'yaml.multiple-documents.hint': 'put each system in its own file and remove the extra `---`',
  'yaml.bad-merge': 'a merge key `<<` must name a mapping, or a list of mappings, to copy keys from',
  'yaml.bad-merge.hint': 'point `<<` at an anchored mapping (`<<: *defaults`), or write the keys out',
  'yaml.found.alias': 'an alias `*{name}`',
  'yaml.found.value': 'a value',
  'yaml.not-mapping': 'top level is {kind}, expected a mapping',
  'yaml.not-mapping.hint': 'a manifest starts with `apiVersion: envcloud/v1` and `kind: SystemMigration` at column 1',
  'yaml.unresolved-alias': 'alias `*{name}` refers to no anchor `&{name}` above it',
  'yaml.unresolved-alias.hint': 'define `&{name}` on an earlier value, or write the value out',
  'yaml.alias-bomb': 'aliases expand to more than {max} nodes (possible alias bomb)',
  'yaml.alias-bomb.hint': 'write values out instead of chaining anchors and aliases',
  'yaml.too-deep': 'nesting is too deep to parse (limit {max} levels)',
  'yaml.cannot-parse': 'cannot parse the file: {detail}',
  'yaml.check-brackets.hint': 'check the brackets and indentation of the file',
  'yaml.deeper-than': 'nesting is deeper than {max} levels',
  'yaml.deeper-than.hint': 'a manifest is a handful of levels deep: check the indentation or brackets here',
  'yaml.forbidden-key': 'key `{key}` is not allowed',
  'yaml.forbidden-key.hint': '`__proto__`, `constructor` and `prototype` are reserved: rename or remove the key',
  'yaml.complex-key':
    'a key here is {alias, select, none {a } other {an alias `*{alias}` of a }}{kind, select, mapping {mapping} other {list}}, not a name',
  'yaml.complex-key.hint':
    'keys are plain field names (`name:`): write the field name, and put the list or mapping after the colon',
  'text.chinese-quotes': '`{field}` is wrapped in Chinese quotation marks “ ”, which YAML keeps as part of the text',
  'text.chinese-quotes.hint':
    'type half-width quotes " ", or leave the value unquoted; as written, the quotes are part of the value',
  'text.char.named': '{hex} ({name})',
  'text.char.control': '{hex} (a control character)',
  'text.char.bom': '{hex} ({name}, the byte-order mark)',
  'text.non-printable':
    '`{field}` contains {char}, an invisible character a terminal, spreadsheet or browser would act on',
  'text.non-printable.key':
    'the key `{field}` contains {char}, an invisible character a terminal, spreadsheet or browser would act on',
  'text.non-printable.hint':
    'retype the text without it (it often comes with copy and paste); names and free text are plain printable text',
  'yaml.indented-deeper':
    'line {line} is indented deeper than the keys around it, so YAML reads it as part of the value on line {previous}',
  'yaml.indented-deeper.hint': 'indent this key exactly like its sibling keys (spaces, same column)',
  'yaml.unclosed-quote': 'the {quote} opened here is never closed',
  'yaml.unclosed-quote.hint': 'close the string with {quote} on this line',

  // Slips of a Chinese input method (document/input-method.ts).
  'slip.message':
    '{name} {where}: YAML does not read it as {what, select, colon {the colon that ends a key} other {a space}}',
  'slip.where.indentation': 'in the indentation',
  'slip.where.after-key': 'after the key `{key}`',
  'slip.name.fullwidth-colon': 'a full-width colon `：` (U+FF1A)',
  'slip.name.nbsp': 'a non-breaking space (U+00A0)',
  'slip.name.fullwidth-space': 'a full-width space `　` (U+3000)',
  'slip.name.fullwidth-comma': 'a full-width comma `，` (U+FF0C)',
  'slip.name.left-quote': 'a Chinese quotation mark `“` (U+201C)',
  'slip.name.right-quote': 'a Chinese quotation mark `”` (U+201D)',
  'slip.fullwidth-colon.hint': 'type a half-width colon `:` and a space instead of the full-width colon `：`',
  'slip.nbsp.hint': 'retype it as an ordinary space (a non-breaking space often comes with copy and paste)',
  'slip.fullwidth-space.hint': 'indent with ordinary half-width spaces instead of the full-width space `　`',
  'slip.fullwidth-comma.hint': 'type a half-width comma `,` instead of the full-width comma `，`',
  'slip.quotes.hint': 'replace the Chinese quotation marks “ ” with " " (or leave the value unquoted)',
  'slip.digits.hint': 'type the number with half-width digits (27, not ２７)',

  // The schema check (validation/schema-check.ts), one template per ajv keyword.
  'where.top': 'the top level',
  'where.field': '`{field}`',
  'schema.required': 'missing required field `{missing}` in {where}',
  'schema.required.hint': 'add `{missing}:`',
  'schema.unknown-field': 'unknown field `{extra}` in {where}',
  'schema.unknown-field.hint': 'allowed fields: {allowed}',
  'schema.unknown-field.hint-suggest': 'did you mean `{suggestion}`? allowed fields: {allowed}',
  'schema.enum': '{value} is not an allowed value for {where}',
  'schema.enum.hint': 'allowed: {allowed}',
  'schema.enum.hint-suggest': 'did you mean `{suggestion}`? allowed: {allowed}',
  'schema.const': '{where} must be {expected}, found {value}',
  'schema.const.hint': 'write `{key}: {expected}`',
  'schema.type': '{where} must be {expected}, found {found}',
  'schema.type.hint': 'write {expected}',
  'schema.type.finite.hint': 'write a finite number',
  'schema.type-name': '{type, select, integer {an integer} array {an array} object {an object} other {a {type}}}',
  'schema.found.null': 'null (an empty value)',
  'schema.found.list': 'a list',
  'schema.found.mapping': 'a mapping',
  'schema.found.scalar': '{type} {value}',
  'schema.found.nan': "`.nan` (YAML's not-a-number)",
  'schema.found.infinity': "`.inf` (YAML's infinity)",
  'schema.found.negative-infinity': "`-.inf` (YAML's negative infinity)",
  'schema.found.not-finite': '{value}, which is not a finite number',
  'schema.format':
    '{value} is not a valid value for {where} (expected {format, select, email {an email address} date {a date} uri {a URI} hostname {a host name} other {the format {format}}})',
  'schema.pattern': '{value} is not a valid value for {where}',
  'schema.pattern.hint': 'must match {pattern}',
  'schema.limit': '{where} must be {comparison} {limit}',
  'schema.length':
    '{where} must NOT have {bound, select, min {fewer} other {more}} than {limit} {unit, select, items {items} other {characters}}',
  'schema.found': '{text}, found {found}',
  'schema.range.hint': 'change the value to fit the range',
  'schema.unique-items': '{where} must NOT have duplicate items (items ## {j} and {i} are identical)',
  'schema.one-of': '{where} must match exactly one schema in oneOf',
  'schema.any-of': '{where} must match a schema in anyOf',
  'schema.if': '{where} must match "{failing}" schema',
  'schema.keyword': 'does not satisfy `{keyword}`',
  'schema.invalid': '{where} {detail}',
} as const;

/** The English catalog: the words above, then the rules beyond the schema (validation/rules/) and the other areas, each in its own file. */
export const EN = catalogOf(
  EN_BASE,
  EN_RULES,
  EN_HELP,
  EN_CLI,
  EN_REQUESTS,
  EN_RULE_TITLES,
  EN_SHARING2,
  EN_CORRECTIONS,
  EN_AS_OF,
  EN_POLICY_FINDINGS,
  EN_INPUTS,
  EN_INPUTS2,
  EN_USAGE,
);

export type MessageId = keyof typeof EN;
