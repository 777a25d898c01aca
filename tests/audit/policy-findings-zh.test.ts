import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { policyText } from '../../audit/format/policy-text';
import { CATALOGS, msg, render, type Message, type MessageId, type MessageValue } from '../../document/i18n';
import { root } from '../support/cli';
import { filesUnder } from '../support/sources';
import { cliEnglishSentences } from '../support/english-cli';

/**
 * Every finding of the policy pack, and every reason it gives for judging nothing, reaches a Chinese
 * reader in Chinese (issue #14). The pack reports English through Pulumi; audit/format/policy-text.ts
 * reads the values back out of it with the catalog entry of the same words. Each entry is formatted in
 * English with sample values, said again in Chinese, and compared with the Chinese entry.
 */

const ids = (prefix: string) => (Object.keys(CATALOGS.en) as MessageId[]).filter((id) => id.startsWith(prefix)).sort();
const SENTENCES = [
  ...ids('policy.finding.'),
  ...ids('policy.not-applicable.'),
  ...ids('policy.dr.'),
  ...ids('policy.nothing-to-judge'),
];

/** The placeholders of an entry, in order. */
const names = (id: MessageId) => [...new Set([...CATALOGS.en[id].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];

/** What a placeholder holds: an entry of its own where policy-text.ts reads one, else a plain value. */
function sample(name: string, index: number): MessageValue {
  const sentence = msg('policy.finding.k8s-pods-hardened.host-network');
  const samples: Record<string, Message> = {
    problem: sentence,
    problems: msg('policy.list.sentences', {
      first: sentence,
      rest: msg('policy.finding.k8s-pods-hardened.root', { name: 'app' }),
    }),
    message: sentence,
    label: msg('policy.part.label.bucket', { name: 'files', size: '100' }),
    items: msg('policy.list.items', {
      first: msg('policy.part.label.database', { engine: 'postgresql', size: '50' }),
      rest: msg('policy.part.label.volume', { name: 'data', size: '20' }),
    }),
    which: msg('policy.part.mlps-level-database', { level: '3' }),
    companion: msg('policy.part.companion.versioning'),
    basis: msg('policy.part.basis.none'),
    waiver: msg('policy.part.waiver', {
      rule: 's3-tls-only',
      scope: msg('policy.list.items', {
        first: msg('policy.part.waiver-scope.stack', { stack: 'prod' }),
        rest: msg('policy.part.system-number', { number: '27' }),
      }),
      file: 'policies/waivers.yaml',
      line: '8',
    }),
    scope: msg('policy.part.waiver-scope.resource', { resource: '*' }),
    grants: msg('policy.part.grant', { id: 'G2026-001', expires: msg('policy.part.never') }),
    system: msg('policy.part.system', { number: '27', slug: 'jsxmxzspxt' }),
    tier: msg('policy.part.tier.silver'),
    what: msg('policy.what.s3-buckets'),
    other: msg('policy.what.waivers'),
  };
  return samples[name] ?? `x${index}`;
}

function valuesOf(id: MessageId): Record<string, MessageValue> {
  return Object.fromEntries(names(id).map((name, index) => [name, sample(name, index)]));
}

describe('the findings of the policy pack, said in Chinese', () => {
  it('cover every finding of policies/: no reportViolation, report or notApplicable takes English words of its own', () => {
    const files = filesUnder(join(root, 'policies'), /\.ts$/);
    const calls = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\breportViolation\(/g)]);
    expect(calls.length).toBeGreaterThan(80);
    const literal = files.flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /\b(?:reportViolation|report|notApplicable|problems\.push)\(\s*[`'"][^\n]*|\bproblem: `[^\n]*/g,
        ),
      ].map((match) => `${relative(root, file)}: ${match[0]}`),
    );
    expect(literal).toEqual([]);
    expect(SENTENCES.length).toBeGreaterThan(130);
  });

  it.each(SENTENCES)('%s', (id) => {
    const message = msg(id, valuesOf(id));
    const english = render(message, 'en');
    const chinese = policyText(english, 'zh');
    expect(chinese).toBe(render(message, 'zh'));
    expect(chinese).toMatch(/\p{Script=Han}/u);
    expect(cliEnglishSentences(chinese)).toEqual([]);
  });

  it.each(ids('policy.part.').concat(ids('policy.what.')))('%s, inside a finding', (id) => {
    const part = msg(id, valuesOf(id));
    const carrier = id.startsWith('policy.what.')
      ? msg('policy.nothing-to-judge', { what: part })
      : msg('policy.finding.vpc-flow-logs.missing', { name: part });
    expect(policyText(render(carrier, 'en'), 'zh')).toBe(render(carrier, 'zh'));
  });

  it('reads a list of problems whose items hold lists and sentences of their own', () => {
    const nested = msg('policy.finding.k8s-restore-test-monthly.system', {
      system: msg('policy.part.system', { number: '27', slug: 'jsxmxzspxt' }),
      tier: msg('policy.part.tier.gold'),
      problems: msg('policy.list.sentences', {
        first: msg('policy.finding.k8s-restore-test-monthly.cluster', {
          name: 'remote-k8s',
          problems: msg('policy.list.sentences', {
            first: msg('policy.finding.k8s-restore-test-monthly.suspended', { name: 'restore-test' }),
            rest: msg('policy.finding.k8s-restore-test-monthly.overlap', { name: 'restore-test', policy: 'Allow' }),
          }),
        }),
        rest: msg('policy.finding.dr-data.cluster-copies', {
          name: 's027-db',
          copies: '1',
          tier: msg('policy.part.tier.gold'),
          needed: '2',
          centers: 'same-city, remote',
        }),
      }),
    });
    const chinese = policyText(render(nested, 'en'), 'zh');
    expect(chinese).toBe(render(nested, 'zh'));
    expect(chinese).toContain('恢复测试 CronJob restore-test 已暂停');
    expect(chinese).toContain('金级需要 2 个（same-city, remote）');
    expect(cliEnglishSentences(chinese)).toEqual([]);
  });

  it('leaves English it does not know as written', () => {
    expect(policyText('something no policy says', 'zh')).toBe('something no policy says');
    expect(policyText('a b', 'en')).toBe('a b');
  });
});
