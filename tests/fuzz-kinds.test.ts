// Fuzzing the input kinds tests/fuzz.test.ts leaves out (#17): sharing requests and data corrections
// (edits and keys, read with the catalog they are judged against), the project file Pulumi.yaml, and
// credentials pasted anywhere, as a value or as a key, in every file kind validate reads, which must
// never reach any output format in either language.
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, REPORT_FORMATS } from '../cli/format';
import type { Finding } from '../document/findings';
import { EnvcloudError } from '../model/errors';
import { loadStackFile } from '../stacks/stack-file';
import { validateSources } from '../validation/validate';
import { applyEdits } from './support/edits';

const root = join(__dirname, '..');
const corpus = join(__dirname, 'corpus');
const read = (file: string) => readFileSync(join(corpus, file), 'utf8');
const MANIFEST = read('base.yaml');
const REQUEST = read('base-request.yaml');
const CORRECTION = read('base-correction.yaml');
const AS_OF = '2026-06-01';

/** Characters YAML cares about, inserted or cut anywhere (as in tests/fuzz.test.ts). */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(
    fc.constantFrom(':', ' ', '\t', '-', '"', "'", '[', ']', '{', '}', '\n', '#', '&a', '*a', '<<', '? ', '名'),
    {
      maxLength: 5,
    },
  ),
});
const edits = fc.array(edit, { minLength: 1, maxLength: 3 });

/** The manifests, and for a correction the request, a case of the corpus reads them with (valid together). */
const context = (kind: 'request' | 'correction') => [
  ...['a.yaml', 'b.yaml'].map(
    (name) => `cases/${kind === 'request' ? '092-request-unknown-requester' : '104-correction-repeated-id'}/${name}`,
  ),
  ...(kind === 'correction' ? ['base-request.yaml'] : []),
];

/** The file edited, read as validate reads it, with the files it is judged against. */
function report(kind: 'request' | 'correction', text: string) {
  const sources = [
    ...context(kind).map((file) => ({ file, bytes: readFileSync(join(corpus, file)) })),
    { file: `${kind}s/fuzz.yaml`, bytes: Buffer.from(text) },
  ];
  return validateSources(sources, undefined, AS_OF);
}

function located(findings: readonly Finding[], text: string): void {
  const lines = text.split('\n').length;
  for (const finding of findings) {
    expect(finding.ruleId.length).toBeGreaterThan(0);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines + 1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing sharing requests and data corrections (fast-check)', () => {
  it.each([
    ['request', REQUEST],
    ['correction', CORRECTION],
  ] as const)('a %s: any edit gives a read file or located findings, never a throw', (kind, base) => {
    expect(report(kind, base).errors).toBe(0);
    fc.assert(
      fc.property(edits, (changes) => {
        const text = applyEdits(base, changes);
        const result = report(kind, text);
        const own = result.findings.filter((finding) => finding.file === `${kind}s/fuzz.yaml`);
        located(own, text);
        const read = kind === 'request' ? result.requests : result.corrections;
        if (!read.some((entry) => entry.file === `${kind}s/fuzz.yaml`)) expect(own.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['request', REQUEST],
    ['correction', CORRECTION],
  ] as const)('a %s: any key at any line and indentation gives a read file or located findings', (kind, base) => {
    const lines = base.split('\n');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 12 }),
          fc.constantFrom('__proto__', '<<', '*a', '名：', '\u202e'),
        ),
        fc.nat(),
        fc.constantFrom('', '  ', '    '),
        (name, at, indent) => {
          const copy = [...lines];
          copy.splice(at % (copy.length + 1), 0, `${indent}${name}: 1`);
          const text = copy.join('\n');
          located(
            report(kind, text).findings.filter((finding) => finding.file === `${kind}s/fuzz.yaml`),
            text,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing the project file Pulumi.yaml (fast-check)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-fuzz-project-'));
    copyFileSync(join(root, 'Pulumi.dev.yaml'), join(dir, 'Pulumi.dev.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('any edit gives a stack, or an error envcloud explains (its own exit code), never anything else', () => {
    const project = readFileSync(join(root, 'Pulumi.yaml'), 'utf8');
    fc.assert(
      fc.property(edits, (changes) => {
        writeFileSync(join(dir, 'Pulumi.yaml'), applyEdits(project, changes));
        try {
          loadStackFile(dir, 'dev');
        } catch (error) {
          expect(error).toBeInstanceOf(EnvcloudError);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing credentials pasted into any file validate reads (fast-check)', () => {
  // Each with the part that must never be printed.
  const credentials = [
    { text: 'AKIAIOSFODNN7EXAMPLE', shown: 'IOSFODNN7' },
    { text: 'postgres://admin:hunter22@db.example:5432/app', shown: 'hunter22' },
    { text: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', shown: 'abcdefghijklmnopqrstuvwxyz0123' },
    { text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIz', shown: 'c2lnbmF0dXJlMTIz' },
  ];

  it('never prints one, as a value or a key, at any line, in any format or language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('manifest', 'request', 'correction'),
        fc.constantFrom(...credentials),
        fc.boolean(),
        fc.nat(),
        fc.constantFrom('', '  ', '    '),
        (kind, credential, asKey, at, indent) => {
          const base = kind === 'manifest' ? MANIFEST : kind === 'request' ? REQUEST : CORRECTION;
          const lines = base.split('\n');
          lines.splice(
            at % (lines.length + 1),
            0,
            asKey ? `${indent}${credential.text}: x` : `${indent}note: ${credential.text}`,
          );
          const text = lines.join('\n');
          const result =
            kind === 'manifest'
              ? validateSources([{ file: 'manifests/fuzz.yaml', bytes: Buffer.from(text) }], undefined, AS_OF)
              : report(kind, text);
          for (const format of REPORT_FORMATS)
            for (const lang of ['en', 'zh'] as const)
              expect(formatReport(result, format, { lang, color: false })).not.toContain(credential.shown);
        },
      ),
      { numRuns: 120 },
    );
  });
});
