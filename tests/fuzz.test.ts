import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigError, parsePlatformConfig } from '../stacks/config';
import type { Finding } from '../document/findings';
import { ALL_RULE_INFO } from '../validation/rules';
import { checkSource } from '../validation/validate';
import { applyEdits } from './support/edits';
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
  insert: fc.array(
    fc.constantFrom(
      ':',
      ' ',
      '\t',
      '-',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '\n',
      '#',
      '|',
      '>',
      '&a',
      '*a',
      '!!str',
      '<<',
      '? ',
      '---',
      '\uFEFF',
      '\u0000',
      '名',
      '0x1F',
      '1e999',
    ),
    { maxLength: 6 },
  ),
});

describe('fuzzing the loader and the validator (fast-check)', () => {
  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => holdsContract(Buffer.from(bytes))),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1024 }), (text) => holdsContract(Buffer.from(text))),
      { numRuns: 300 },
    );
  });

  it('answer every edit of a valid manifest with a manifest or located findings', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) =>
        holdsContract(Buffer.from(applyEdits(base, edits))),
      ),
      { numRuns: 400 },
    );
  });

  it('answer any well-formed YAML data, however shaped, with schema findings rather than a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => holdsContract(Buffer.from(stringify(value)))),
      { numRuns: 200 },
    );
  });

  it('keep pathological nesting and aliasing bounded: a finding, not a stack overflow or an expansion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 600 }), fc.constantFrom('[', '{', '- '), (depth, opener) => {
        const text =
          opener === '- '
            ? Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- `).join('\n')
            : `a: ${opener.repeat(depth)}`;
        holdsContract(Buffer.from(text));
      }),
      { numRuns: 25 },
    );
  });
});

describe('fuzzing the stack config parser (fast-check)', () => {
  it('accepts a config or throws a ConfigError naming keys, nothing else', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'mode',
            'centers',
            'pools',
            'systems',
            'logRetentionDays',
            'singleCenterBackups',
            'approvedRegistry',
            'platformStack',
            'unknown',
          ),
          fc.jsonValue({ maxDepth: 4 }),
        ),
        (values) => {
          try {
            parsePlatformConfig(values);
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            for (const problem of (error as ConfigError).problems) expect(problem.key).toMatch(/^envcloud:/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Keys as well as values (#17): a key is where a credential, a control character or an alias hid. */
describe('fuzzing keys and finding counts (fast-check)', () => {
  const key = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'AKIAIOSFODNN7EXAMPLE',
      '*a',
      '&a x',
      '? [a]',
      '<<',
      '"quoted"',
      '名：',
      '.inf',
      '\u202e',
      '\u001b[8m',
      '- a',
      '!!binary',
    ),
  );
  const lineNumber = fc.nat();

  it('answer any key, inserted at any line and indentation, with a manifest or located findings', () => {
    const lines = base.split('\n');
    fc.assert(
      fc.property(
        key,
        lineNumber,
        fc.constantFrom('', '  ', '    ', '      '),
        fc.constantFrom('1', '', '{}', '[x]', '*a'),
        (name, at, indent, value) => {
          const copy = [...lines];
          copy.splice(at % (copy.length + 1), 0, `${indent}${name}: ${value}`);
          holdsContract(Buffer.from(copy.join('\n')));
        },
      ),
      { numRuns: 400 },
    );
  });

  // Their time is measured by the bench, not here: a timed assertion fails on a busy machine, not on slow code.
  it('answer thousands of findings in one file, every one located', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 5000 }),
        fc.constantFrom('unknown', 'enum', 'alias-key'),
        (count, kind) => {
          const rows = Array.from({ length: count }, (_, index) =>
            kind === 'unknown'
              ? `  extra${index}: 1`
              : kind === 'enum'
                ? `  - outcome${index}: merg`
                : `  *a${index % 3} : x${index}`,
          );
          const text =
            kind === 'alias-key'
              ? `a0: &a0 x\na1: &a1 y\na2: &a2 z\nm:\n${rows.join('\n')}\n`
              : base.replace('  reportingUnit: 信息中心', `  reportingUnit: 信息中心\n${rows.join('\n')}`);
          holdsContract(Buffer.from(text));
        },
      ),
      { numRuns: 6, seed: 1717 },
    );
  });
});

/**
 * Every input file kind (#17): stack config files, waiver files, the pack config and baselines each
 * answer a located error or a valid result for any edit of a valid file; never a throw of anything
 * else (the CLI's exit 70).
 */
describe('fuzzing every input file kind (fast-check)', () => {
  const { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } =
    require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { join } = require('node:path') as typeof import('node:path');
  const { loadStackFile, StackConfigError } = require('../stacks/stack-file') as typeof import('../stacks/stack-file');
  const { parseWaivers } = require('../policies/waivers/load') as typeof import('../policies/waivers/load');
  const { readPackConfig } = require('../audit/pack-config-file') as typeof import('../audit/pack-config-file');
  const { readPlanFile, PlanFileError } = require('../engine/plan-file') as typeof import('../engine/plan-file');
  const root = join(__dirname, '..');
  const located = /:\d+:\d+[:\s]/;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-fuzz-'));
    copyFileSync(join(root, 'Pulumi.yaml'), join(dir, 'Pulumi.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const edits = fc.array(edit, { minLength: 1, maxLength: 3 });
  const checkFindings = (findings: readonly Finding[]) => {
    for (const finding of findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.message.length).toBeGreaterThan(0);
    }
  };

  it('stack config files: a StackConfigError with located problems, or a stack', () => {
    const stack = readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8');
    fc.assert(
      fc.property(edits, (changes) => {
        writeFileSync(join(dir, 'Pulumi.fuzz.yaml'), applyEdits(stack, changes));
        try {
          loadStackFile(dir, 'fuzz');
        } catch (error) {
          expect(error).toBeInstanceOf(StackConfigError);
          for (const problem of (error as InstanceType<typeof StackConfigError>).problems)
            expect(problem.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('waiver files: located findings, or waivers', () => {
    const waivers = readFileSync(join(root, 'policies/waivers.yaml'), 'utf8');
    fc.assert(
      fc.property(edits, (changes) => {
        const { waivers: parsed, findings } = parseWaivers(
          'waivers.yaml',
          Buffer.from(applyEdits(waivers, changes)),
          ['dr-tier-realised', 'stateful-in-backup-plan'],
          ['dev', 'prod', 'onprem'],
        );
        checkFindings(findings);
        if (findings.length === 0) expect(Array.isArray(parsed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('pack config: located findings, or a config', () => {
    const config = readFileSync(join(root, 'policies/config.json'), 'utf8');
    const policies = [
      'k8s-approved-registry',
      'log-retention-minimum',
      'no-admin-ports-open-to-world',
      'kms-key-rotation',
      'waived-findings',
    ].map((name) => ({ name }));
    fc.assert(
      fc.property(
        fc.oneof(
          edits.map((changes) => applyEdits(config, changes)),
          fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const { config: parsed, findings } = readPackConfig('config.json', Buffer.from(text), policies);
          checkFindings(findings);
          if (!parsed) expect(findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('baselines: a located PlanFileError, or a plan', () => {
    const plan = `${JSON.stringify({ offline: true, stack: 'dev', resources: [{ urn: 'urn:pulumi:dev::envcloud::aws:s3/bucketV2:BucketV2::b', type: 'aws:s3/bucketV2:BucketV2', name: 'b', protect: true, retainOnDelete: false, dependencies: [], inputs: { bucket: 'b' } }] }, null, 2)}\n`;
    const file = join(dir, 'plan.json');
    fc.assert(
      fc.property(
        fc.oneof(
          edits.map((changes) => applyEdits(plan, changes)),
          fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)),
        ),
        (text) => {
          writeFileSync(file, text);
          try {
            readPlanFile(file);
          } catch (error) {
            expect(error).toBeInstanceOf(PlanFileError);
            expect((error as Error).message.slice(file.length)).toMatch(located);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
