// The corpus cases of sharing requests and data corrections (issue #13), for scripts/generate-corpus.mjs: one
// per rule of validation/rules/requests.ts and validation/rules/corrections.ts, each made by one edit of a
// valid request or correction (tests/corpus/base-request.yaml, base-correction.yaml) and validated with the
// manifests that give it its catalog: no. 27 (tests/corpus/base.yaml) provides, no. 1028 asks or reports.
// As for the manifests, the expected line and column come from where the edit was made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnOf, Text } from './corpus-kit.mjs';

/** A law as the basis for sharing no. 27's pollution-source data on conditions or not at all (rules art. 16, art. 18). */
const LAW_BASIS = [
  '        legalBasis:',
  '          kind: law',
  '          issuer: 全国人民代表大会常务委员会',
  '          title: 中华人民共和国保守国家秘密法',
  '          documentNumber: 主席令第二十八号',
  '          article: 第9条',
];

/** No. 27, whose one resource (30300000027/0001) is shared as `type` says (the base shares it without conditions). */
function provider(base, type = 'unconditional') {
  const text = new Text(base);
  if (type === 'conditional')
    text.insertAfter(
      '        type: unconditional',
      '        conditions: 仅用于执法核查，不得向第三方提供。',
      '        scope: 环境监察局',
      ...LAW_BASIS,
    );
  if (type === 'not-shared') text.insertAfter('        type: unconditional', ...LAW_BASIS);
  text.replace('        type: unconditional', `        type: ${type}`);
  text.replace('      sharingType: unconditional', `      sharingType: ${type}`);
  return text.toString();
}

/** No. 1028 (环境监察局), the system that asks for no. 27's data or reports an error in it. */
function requester(base) {
  const text = new Text(base);
  text.replace('number: 27', 'number: 1028');
  text.replace('slug: s027-jsxmxzspxtjsxmhpjyssbxt', 'slug: s1028-zfhcxt');
  text.replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）', '  name: 执法核查系统');
  text.replace('  managingUnit: 环境影响评价司', '  managingUnit: 环境监察局');
  text.replace(
    '    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据',
    '    - name: 执法核查系统业务数据',
  );
  text.replace('catalogCode: 30300000027/0001', 'catalogCode: 30300001028/0001');
  text.replace('      providingUnit: 环境影响评价司', '      providingUnit: 环境监察局');
  return text.toString();
}

/** Adds the request and correction cases with the corpus builder's `record`. */
export function addRecordCases(corpus, base, record) {
  const baseRequest = readFileSync(join(corpus, 'base-request.yaml'), 'utf8');
  const baseCorrection = readFileSync(join(corpus, 'base-correction.yaml'), 'utf8');
  const asker = requester(base);
  const conditional = [provider(base, 'conditional'), asker];
  const request = (id, rule, edit, options = {}) =>
    record('request', id, rule, baseRequest, options.context ?? conditional, edit, {
      column: options.column,
      ...(options.says ? { says: options.says } : {}),
    });
  const value = (token) => (text, line) => columnOf(token)(text, line) + token.length;
  const key = (token) => (text, line) => columnOf(token)(text, line);

  // Requests (rules art. 17, 20–23, plan §三(一).4), in the order of REQUEST_RULES.
  request('request-repeated-id', 'unique-request-id', (t) => t.line('  id: sr-2025-901'), {
    context: [...conditional, baseRequest],
    column: value('id: '),
  });
  request('request-unknown-requester', 'request-known-parties', (t) => t.replace('system: 1028', 'system: 1099'), {
    column: value('system: '),
  });
  request(
    'request-usage-not-in-catalog',
    'request-usage-in-catalog',
    (t) => t.replace('    - work-reference', '    - administrative-basis'),
    { column: value('- ') },
  );
  request('request-for-unconditional-data', 'unconditional-direct-access', (t) => t.line('  resource:'), {
    context: [provider(base), asker],
    column: key('resource:'),
  });
  request(
    'conditional-data-granted-without-conditions',
    'conditional-within-catalog-terms',
    (t) => {
      t.remove('    conditions: ');
      return t.replace('decision: granted-with-conditions', 'decision: granted');
    },
    { column: value('decision: ') },
  );
  request(
    'grant-without-its-conditions',
    'grant-states-conditions',
    (t) => {
      t.remove('    conditions: ');
      return t.line('  answer:');
    },
    { column: key('answer:') },
  );
  request(
    'refusal-without-reasons',
    'refusal-gives-reasons',
    (t) => {
      t.remove('    conditions: ');
      t.remove('    expiresOn: ');
      t.replace('decision: granted-with-conditions', 'decision: refused');
      return t.line('  answer:');
    },
    { column: key('answer:') },
  );
  // No negotiation recorded: located at the first key of the request's `spec`, where `negotiations` belongs.
  request(
    'not-shared-data-without-negotiation',
    'not-shared-needs-negotiation',
    (t) => {
      t.remove('  answer:');
      t.remove('    answeredOn: ');
      t.remove('    decision: ');
      t.remove('    conditions: ');
      t.remove('    expiresOn: ');
      return t.line('  requester:');
    },
    { context: [provider(base, 'not-shared'), asker], column: key('requester:') },
  );
  request(
    'escalation-without-failed-negotiation',
    'escalation-after-failed-negotiation',
    (t) =>
      t.insertAfter(
        '  submittedOn: 2025-09-25',
        '  escalations:',
        '    - date: 2025-09-30',
        '      to: cyberspace-office',
        '      reason: 提供单位未在期限内答复。',
      ) + 2,
    { column: value('to: ') },
  );
  request(
    'answered-before-submitted',
    'request-dates-in-order',
    (t) => t.replace('answeredOn: 2025-10-09', 'answeredOn: 2025-09-24'),
    { column: value('answeredOn: ') },
  );
  request(
    'submitted-outside-the-calendar',
    'working-day-calendar',
    (t) => {
      t.replace('answeredOn: 2025-10-09', 'answeredOn: 2031-03-10');
      t.replace('expiresOn: 2026-12-31', 'expiresOn: 2032-12-31');
      return t.replace('submittedOn: 2025-09-25', 'submittedOn: 2031-03-03');
    },
    { column: value('submittedOn: ') },
  );
  // Across the National Day holiday: the fifth working day after Thursday 2025-09-25 is 9 October (Sunday
  // 28 September a make-up day, 1–8 October off), so the 10th is a day late; counting weekdays it would be 2 October.
  request(
    'answered-late-across-national-day',
    'answer-within-deadline',
    (t) => t.replace('answeredOn: 2025-10-09', 'answeredOn: 2025-10-10'),
    { column: value('answeredOn: '), says: '2025-10-09' },
  );
  // Across a 调休 weekend: from Thursday 2025-10-09 the working days are 10, Saturday 11 (make-up), 13, 14
  // and 15 October; the 16th is a day late, though it would be on time counting Monday to Friday.
  request(
    'answered-late-across-make-up-saturday',
    'answer-within-deadline',
    (t) => {
      t.replace('submittedOn: 2025-09-25', 'submittedOn: 2025-10-09');
      return t.replace('answeredOn: 2025-10-09', 'answeredOn: 2025-10-16');
    },
    { column: value('answeredOn: '), says: '2025-10-15' },
  );

  // Data corrections (rules art. 7(四), art. 8(二)), in the order of CORRECTION_RULES.
  const open = [provider(base), asker];
  const correction = (id, rule, edit, options) =>
    record('correction', id, rule, baseCorrection, options.context ?? open, edit, {
      column: options.column,
      ...(options.says ? { says: options.says } : {}),
    });
  correction('correction-repeated-id', 'unique-correction-id', (t) => t.line('  id: dc-2025-901'), {
    context: [...open, baseCorrection],
    column: value('id: '),
  });
  // Conditional data and no grant in sharing/: the reporting system may not read it (rules art. 21).
  correction('correction-of-data-not-granted', 'correction-resource-readable', (t) => t.line('    system: 1028'), {
    context: conditional,
    column: value('system: '),
  });
  correction(
    'correction-rejected-without-reasons',
    'correction-rejection-gives-reasons',
    (t) => {
      t.remove('    note: ');
      t.replace('result: corrected', 'result: rejected');
      return t.line('  answer:');
    },
    { column: key('answer:') },
  );
  correction(
    'correction-answered-before-reported',
    'correction-dates-in-order',
    (t) => t.replace('answeredOn: 2025-10-15', 'answeredOn: 2025-09-25'),
    { column: value('answeredOn: ') },
  );
  // Due by 16 October (Saturday 11 October a make-up day): the 17th is late.
  correction(
    'correction-answered-late',
    'correction-answer-within-deadline',
    (t) => t.replace('answeredOn: 2025-10-15', 'answeredOn: 2025-10-17'),
    { column: value('answeredOn: '), says: '2025-10-16' },
  );
}
