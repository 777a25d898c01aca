// A small YAML input file (a stack file, Pulumi.yaml) read the way manifests are: the encoding checks,
// duplicate keys found in one pass, parser errors relocated to the mistake, and a locator for every
// later problem. One reading of these files, so every kind of input fails the same way.
import type { Document } from 'yaml';
import type { Position } from './findings';
import { duplicateKeyErrors } from './duplicate-keys';
import { encodingProblem } from './encoding';
import { MAX_FLOW_DEPTH, tooDeepFlowPosition } from './flow-depth';
import { Locator } from './locate';
import { relocateYamlError, withoutEchoes } from './yaml-errors';
import { yamlLib } from './yaml-lib';
import { dataProblem } from './yaml-tree';
import { msg, said, untranslated, type Localized, type Message } from './i18n';

export interface LocatedProblem extends Position {
  message: string;
  hint?: string;
  /** The message and hint as catalog messages, said in the reader's language. */
  localized?: Localized;
}

export type LocatedYaml =
  | { text: string; document: Document.Parsed; data: unknown; locator: Locator; problems: [] }
  | { problems: LocatedProblem[] };

/** Aliases a small input file may resolve: none of envcloud's needs one, and more is an alias bomb. */
export const MAX_INPUT_ALIASES = 16;

export function parseLocatedYaml(bytes: Buffer): LocatedYaml {
  const encoding = encodingProblem(bytes);
  if (encoding)
    return {
      problems: [
        {
          message: encoding.message,
          ...(encoding.hint ? { hint: encoding.hint } : {}),
          ...(encoding.localized ? { localized: encoding.localized } : {}),
          line: encoding.line,
          column: encoding.column,
        },
      ],
    };
  const text = bytes.toString('utf8');
  const tooDeep = tooDeepFlowPosition(text);
  if (tooDeep) {
    return {
      problems: [problemAt(msg('yaml.too-deep', { max: MAX_FLOW_DEPTH }), msg('yaml.check-brackets.hint'), tooDeep)],
    };
  }
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  // Duplicate keys are found by duplicateKeyErrors: the parser's own check is quadratic in the keys.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, logLevel: 'error' });
  for (const error of duplicateKeyErrors(document)) document.errors.push(error);
  if (document.errors.length > 0) {
    return {
      problems: withoutEchoes(document.errors).map((error) => {
        const { line, column, message, hint, localized } = relocateYamlError(error, text, lineCounter);
        const english = message ?? error.message.split('\n')[0]!;
        // The parser's own words are English: said as they are in English, by their code in Chinese.
        const words = localized ?? { message: untranslated(english, msg('yaml.parser', { code: error.code })) };
        return { message: english, ...(hint ? { hint } : {}), localized: words, line, column };
      }),
    };
  }
  const locator = new Locator(document, lineCounter);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_INPUT_ALIASES });
  } catch (error) {
    // An alias to no anchor, a bad merge or an alias bomb, located as in a manifest (load.ts).
    const problem = dataProblem(error, document, MAX_INPUT_ALIASES);
    if (!problem) throw error;
    return { problems: [problemAt(problem.message, problem.hint, locator.position(problem.offset))] };
  }
  return { text, document, data, locator, problems: [] };
}

/** A problem of envcloud's own words at a position: the English, and the catalog messages for Chinese. */
function problemAt(message: Message, hint: Message, position: Position): LocatedProblem {
  const words = said(message, hint);
  return { message: words.message, hint: words.hint!, localized: words.localized, ...position };
}
