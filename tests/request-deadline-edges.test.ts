import { parse } from 'yaml';
import type { SharingRequest } from '../model/sharing-request.generated';
import { requestContext, resolveResource, trackOf } from '../validation/rules/request-context';
import { entryOf, happyManifest, LAW_BASIS, providerManifest } from './support/manifests';
import {
  edited,
  HAPPY_REQUEST as HAPPY,
  REQUESTED_RESOURCE as RESOURCE,
  requestSaid as said,
} from './support/requests';

// What answer-within-deadline says, the unique request id, and the resolution and track of a request as
// functions (validation/rules/answer-deadline.ts, requests.ts, request-context.ts); tests/request-rules-edges.test.ts
// pins the other request rules.

const NO_ANSWER = edited(
  '  answer:\n    answeredOn: 2025-10-09\n    decision: granted-with-conditions\n    conditions: 仅用于执法核查。\n',
  '',
);

describe('what answer-within-deadline says', () => {
  const pending = edited('  submittedOn: 2025-09-25', '  submittedOn: 2026-11-20', NO_ANSWER);
  const LIMIT =
    'a request for conditionally shared data is answered within 5 working days (rules art. 21): submitted 2026-11-20, due by 2026-11-27';
  const LIMIT_ZH =
    '申请有条件共享的数据，应在 5 个工作日内答复（共享办法第21条）：2026-11-20 提交，最迟 2026-11-27 答复';

  it('late: the working days taken, when the calendar counts the day of the answer', () => {
    expect(said(edited('answeredOn: 2025-10-09', 'answeredOn: 2025-10-10'))).toEqual([
      {
        at: ['answer-within-deadline', 'error', 17, 17, 'spec.answer.answeredOn'],
        en: [
          'answered late on 2025-10-10, 6 working days after submission: a request for conditionally shared data is answered within 5 working days (rules art. 21): submitted 2025-09-25, due by 2025-10-09',
          'the answer stays on record as late; if the date is wrong, correct `answeredOn`',
        ],
        zh: [
          '2025-10-10 才答复，已超过期限（提交后第 6 个工作日）：申请有条件共享的数据，应在 5 个工作日内答复（共享办法第21条）：2025-09-25 提交，最迟 2025-10-09 答复',
          '答复超期的记录会保留；如果日期填错了，请更正 `answeredOn`',
        ],
      },
    ]);
    const beyond = edited('  submittedOn: 2025-09-25', '  submittedOn: 2026-11-20', edited('2025-10-09', '2027-01-05'));
    const [late] = said(beyond);
    expect(late!.en[0]).toBe(`answered late on 2027-01-05: ${LIMIT}`);
    expect(late!.zh[0]).toBe(`2027-01-05 才答复，已超过期限：${LIMIT_ZH}`);
  });

  it('overdue after the deadline, pending up to it with the working days left', () => {
    expect(said(pending, { asOf: '2026-11-30' })).toEqual([
      {
        at: ['answer-within-deadline', 'error', 15, 16, 'spec.submittedOn'],
        en: [
          `no answer, overdue as of 2026-11-30: ${LIMIT}`,
          'the providing unit answers now and records it under `answer:`; the requesting unit may refer the delay upwards (`escalations:`)',
        ],
        zh: [
          `截至 2026-11-30 仍未答复，已超期：${LIMIT_ZH}`,
          '提供单位应立即答复，并记录在 `answer:` 下；申请单位可以向上报请协调（`escalations:`）',
        ],
      },
    ]);
    expect(said(pending, { asOf: '2026-11-25' })).toEqual([
      {
        at: ['answer-within-deadline', 'warning', 15, 16, 'spec.submittedOn'],
        en: [
          `pending: ${LIMIT} (2 working days left as of 2026-11-25)`,
          'record the answer under `answer:` (`answeredOn`, `decision`) when it is given',
        ],
        zh: [
          `待答复：${LIMIT_ZH}（截至 2026-11-25 还剩 2 个工作日）`,
          '作出答复后，在 `answer:` 下记录（`answeredOn`、`decision`）',
        ],
      },
    ]);
    expect(said(pending, { asOf: '2026-11-27' })[0]!.en[0]).toBe(
      `pending: ${LIMIT} (0 working days left as of 2026-11-27)`,
    );
    // A day the calendar does not cover: no count of days left.
    expect(said(pending, { asOf: '2003-06-02' })[0]!.en[0]).toBe(`pending: ${LIMIT}`);
  });
});

describe('unique-request-id', () => {
  it('names the file that used the id first and points at it', () => {
    expect(said(HAPPY, { more: [HAPPY] })).toEqual([
      {
        at: ['unique-request-id', 'error', 4, 7, 'metadata.id'],
        en: [
          'request id `sr-2025-001` is already used by sharing/sr.yaml',
          'give this request the next free sequence number of its year',
        ],
        zh: ['申请编号 `sr-2025-001` 已被 sharing/sr.yaml 使用', '给本申请换用当年下一个未用的序号'],
        related: [['sharing/sr.yaml', 4, 'the id is first used here', '该编号首次在这里使用']],
      },
    ]);
  });
});

describe('the resolution and the track of a request, as functions', () => {
  const context = requestContext(
    [entryOf(happyManifest(), 'manifests/s900.yaml'), entryOf(providerManifest())],
    '2026-06-01',
  );
  const request = (text: string) => parse(text) as SharingRequest;

  it('a resource named by neither code nor system and name is unknown, at the resource', () => {
    const bare = request(HAPPY);
    bare.spec.resource = {} as SharingRequest['spec']['resource'];
    const resolution = resolveResource(bare, context);
    expect(resolution).toMatchObject({ kind: 'unknown', path: ['spec', 'resource'] });
    expect(trackOf(bare, resolution)).toBeUndefined();
    bare.spec.resource = { system: 901 } as SharingRequest['spec']['resource'];
    expect(resolveResource(bare, context)).toMatchObject({ kind: 'unknown', path: ['spec', 'resource'] });
    bare.spec.resource = { name: RESOURCE } as SharingRequest['spec']['resource'];
    expect(resolveResource(bare, context)).toMatchObject({ kind: 'unknown', path: ['spec', 'resource'] });
  });

  it('the track: who asks for what, with its days and clause', () => {
    const track = (text: string, sharing?: Record<string, unknown>) => {
      const provider = sharing ? providerManifest(sharing) : providerManifest();
      const ctx = requestContext([entryOf(happyManifest(), 'manifests/s900.yaml'), entryOf(provider)], '2026-06-01');
      const one = request(text);
      return trackOf(one, resolveResource(one, ctx));
    };
    expect(track(HAPPY)).toEqual({ kind: 'answer', days: 5, clause: 'art21', asked: 'conditional' });
    expect(track(`${HAPPY}  withinScope: false\n`)).toEqual({
      kind: 'answer',
      days: 10,
      clause: 'plan34',
      asked: 'outsideScope',
    });
    expect(track(`${HAPPY}  withinScope: true\n`)).toMatchObject({ asked: 'conditional' });
    expect(track(edited(`    name: ${RESOURCE}`, '    name: 未编目的数据'))).toEqual({
      kind: 'answer',
      days: 10,
      clause: 'plan34',
      asked: 'outsideCatalog',
    });
    expect(track(edited('    unit: 环境监察局\n    system: 900', '    unit: 国家统计局\n    external: true'))).toEqual({
      kind: 'answer',
      days: 10,
      clause: 'art23',
      asked: 'external',
    });
    expect(track(HAPPY, { type: 'unconditional' })).toEqual({ kind: 'direct' });
    expect(track(HAPPY, { type: 'not-shared', legalBasis: LAW_BASIS })).toEqual({ kind: 'not-shared' });
    expect(track(edited('    system: 901', '    system: 977'))).toBeUndefined();
  });
});
