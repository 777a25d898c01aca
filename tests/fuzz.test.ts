import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigError, parsePlatformConfig } from '../stacks/config';
import type { Finding } from '../validation/findings';
import { ALL_RULE_INFO } from '../validation/rules';
import { checkSource } from '../validation/validate';
import { happyManifest, yamlOf } from './support/manifests';

const KNOWN_RULES = new Set(ALL_RULE_INFO.map((rule) => rule.id));
const base = yamlOf(happyManifest());

/** The contract for any input: a manifest, or located findings with a known rule; never a throw. */
function holdsContract(bytes: Buffer): void {
  const { findings, entry } = checkSource({ file: 'fuzz.yaml', bytes });
  const lines = bytes.toString('utf8').split('\n').length;
  for (const finding of findings as Finding[]) {
    expect(KNOWN_RULES.has(finding.ruleId)).toBe(true);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines + 1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  if (!entry) expect(findings.length).toBeGreaterThan(0);
}

/** Edits of a valid manifest: characters YAML cares about, inserted, replaced or deleted anywhere. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(':', ' ', '\t', '-', '"', "'", '[', ']', '{', '}', '\n', '#', '|', '>', '&a', '*a', '!!str', '<<', '? ', '---', '\uFEFF', '\u0000', '名', '0x1F', '1e999'), { maxLength: 6 }),
});

function applyEdits(text: string, edits: { at: number; remove: number; insert: string[] }[]): string {
  return edits.reduce((current, { at, remove, insert }) => {
    const position = at % (current.length + 1);
    return current.slice(0, position) + insert.join('') + current.slice(position + remove);
  }, text);
}

describe('fuzzing the loader and the validator (fast-check)', () => {
  it('never throw on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => holdsContract(Buffer.from(bytes))), { numRuns: 300 });
  });

  it('never throw on arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1024 }), (text) => holdsContract(Buffer.from(text))), { numRuns: 300 });
  });

  it('answer every edit of a valid manifest with a manifest or located findings', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => holdsContract(Buffer.from(applyEdits(base, edits)))), { numRuns: 400 });
  });

  it('answer any well-formed YAML data, however shaped, with schema findings rather than a crash', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => holdsContract(Buffer.from(stringify(value)))), { numRuns: 200 });
  });

  it('keep pathological nesting and aliasing bounded: a finding, not a stack overflow or an expansion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 600 }), fc.constantFrom('[', '{', '- '), (depth, opener) => {
        const text = opener === '- ' ? Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- `).join('\n') : `a: ${opener.repeat(depth)}`;
        holdsContract(Buffer.from(text));
      }),
      { numRuns: 25 },
    );
  });
});

describe('fuzzing the stack config parser (fast-check)', () => {
  it('accepts a config or throws a ConfigError naming keys, nothing else', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('mode', 'centers', 'pools', 'systems', 'logRetentionDays', 'singleCenterBackups', 'approvedRegistry', 'platformStack', 'unknown'), fc.jsonValue({ maxDepth: 4 })), (values) => {
        try {
          parsePlatformConfig(values);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          for (const problem of (error as ConfigError).problems) expect(problem.key).toMatch(/^envcloud:/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
