import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { join } from 'node:path';
import { render, type Message } from '../../document/i18n';
import { firstJsonError } from '../../document/json-errors';
import { PlanFileError, readPlanFile } from '../../engine/plan-file';

// A baseline's text is an input file like any other (#17): an error in it is located at its own line
// and column, said in both languages, and never quotes a credential back.

const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-plan-text-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The refusal of a baseline with this text, in English and in Chinese. */
function refusal(text: string): { en: string; zh: string } {
  const file = join(dir, 'plan.json');
  writeFileSync(file, text);
  try {
    readPlanFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    const localized = (error as PlanFileError).localized as Message;
    return { en: (error as Error).message, zh: render(localized, 'zh') };
  }
  throw new Error('the baseline was accepted');
}

const resource = (inputs: Record<string, unknown>) => ({
  urn: 'urn:pulumi:dev::envcloud::aws:rds/instance:Instance::db',
  type: 'aws:rds/instance:Instance',
  name: 'db',
  protect: true,
  retainOnDelete: true,
  dependencies: [],
  inputs,
});
const planText = (inputs: Record<string, unknown>) =>
  JSON.stringify({ offline: true, stack: 'dev', resources: [resource(inputs)] }, null, 2);

describe('a baseline that is not JSON', () => {
  it('is refused at the unknown word, without quoting it (Node 20 gives no position and quotes the text)', () => {
    const { en, zh } = refusal(`{\n  "offline": true,\n  "stack": ${AWS_KEY}\n}\n`);
    expect(en).toMatch(/plan\.json:3:12: not valid JSON \(a word JSON does not have: .*\)/);
    expect(zh).toMatch(/plan\.json:3:12: 不是有效的 JSON（出现 JSON 没有的词/);
    for (const text of [en, zh]) expect(text).not.toContain('AKIA');
  });

  it.each([
    ['a comma before a closing brace', '{\n  "offline": true,\n}\n', '3:1', 'a field name in double quotes'],
    ['a missing colon', '{\n  "offline" true\n}\n', '2:13', 'a colon is expected'],
    ['a missing comma', '[\n  1\n  2\n]\n', '3:3', 'a comma is expected'],
    ['an array not closed', '{ "resources": [1, 2', '1:21', 'a closing ] is expected'],
    ['an object not closed', '{ "stack": "dev"', '1:17', 'a closing brace is expected'],
    ['a comment', '// plan\n{}\n', '1:1', 'JSON has no comments'],
    ['an empty file', '', '1:1', 'a value is expected'],
    ['a number JSON does not allow', '{ "a": 1e }', '1:8', 'a number written'],
    ['a string over two lines', '{ "a": "b\nc" }', '1:8', 'a string is not closed'],
    ['a backslash escape', '{ "a": "\\q" }', '1:8', 'a backslash escape'],
  ])('%s: at its line and column, with what is wrong, in both languages', (_, text, where, says) => {
    const { en, zh } = refusal(text);
    expect(en).toContain(`plan.json:${where}: not valid JSON (${says}`);
    expect(zh).toContain(`plan.json:${where}: 不是有效的 JSON（`);
    // Chinese has a sentence of its own for every kind: no English detail in it.
    expect(zh).not.toContain(says);
  });

  it('finds an error exactly where JSON.parse refuses: valid JSON, and the same with one character cut or doubled', () => {
    expect(firstJsonError('{"a": 01}')).toEqual({ offset: 7, kind: 'comma-expected' });
    expect(firstJsonError('{} x')).toEqual({ offset: 3, kind: 'unknown-word' });
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.boolean(), (json, at, cut) => {
        expect(firstJsonError(json)).toBeUndefined();
        const index = at % (json.length + 1);
        const edited = json.slice(0, index + (cut ? 0 : 1)) + json.slice(index + (cut ? 1 : 0));
        let parses = true;
        try {
          JSON.parse(edited);
        } catch {
          parses = false;
        }
        const error = firstJsonError(edited);
        expect(error === undefined).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(edited.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a baseline that holds a credential', () => {
  it('is refused at the value, the credential never printed', () => {
    const text = planText({ engine: 'postgres', connection: 'postgres://admin:hunter22@db.example:5432/app' });
    const line = text.split('\n').findIndex((row) => row.includes('"connection"')) + 1;
    const { en, zh } = refusal(text);
    expect(en).toMatch(
      new RegExp(`plan\\.json:${line}:\\d+: \`resources\\[0\\]\\.inputs\\.connection\` holds a plaintext credential`),
    );
    expect(zh).toContain(`plan.json:${line}:`);
    expect(zh).toContain('含有明文凭据');
    for (const message of [en, zh]) expect(message).not.toContain('hunter22');
  });

  it('is refused when pasted as a field name, the name redacted in the path', () => {
    const { en, zh } = refusal(planText({ [AWS_KEY]: 'x' }));
    expect(en).toContain('`resources[0].inputs.[redacted]` holds a plaintext credential');
    for (const message of [en, zh]) expect(message).not.toContain('AKIA');
  });

  it('is accepted with every credential field written as [redacted], as preview writes it', () => {
    const file = join(dir, 'redacted.json');
    writeFileSync(file, planText({ password: '[redacted]', masterPassword: '[redacted]', engine: 'postgres' }));
    expect(readPlanFile(file).resources).toHaveLength(1);
  });
});
