import { localizedText } from '../../document/i18n';
import type { Finding } from '../../document/findings';
import { validateSources } from '../../validation/validate';
import { happyManifest, providerManifest, yamlOf } from './manifests';

/** The resource of the providing system no. 901 (tests/support/manifests.ts providerManifest). */
export const REQUESTED_RESOURCE = '测试大气排放监控系统业务数据';

/**
 * A request of no. 900 for no. 901's conditionally shared data, submitted on Thursday 2025-09-25 and
 * answered on 2025-10-09, the fifth working day (art. 21). Line numbers in the tests are of this text.
 */
export const HAPPY_REQUEST = `apiVersion: envcloud/v1
kind: SharingRequest
metadata:
  id: sr-2025-001
spec:
  requester:
    unit: 环境监察局
    system: 900
  resource:
    system: 901
    name: ${REQUESTED_RESOURCE}
  purpose: 核查排放数据异常是否由监控设备故障造成。
  usage:
    - work-reference
  submittedOn: 2025-09-25
  answer:
    answeredOn: 2025-10-09
    decision: granted-with-conditions
    conditions: 仅用于执法核查。
`;

/** `text` (the happy request unless told) with `from` replaced by `to`; `from` must be in it. */
export function edited(from: string, to: string, text = HAPPY_REQUEST): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

export interface RequestSources {
  asOf?: string;
  /** The sharing of no. 901's resource (providerManifest's). */
  sharing?: Record<string, unknown>;
  /** Manifests read after no. 900 and no. 901, as manifests/x<i>.yaml. */
  manifests?: unknown[];
  /** Requests read after sharing/sr.yaml, as sharing/more<i>.yaml. */
  more?: string[];
}

/** What validate finds in sharing/ with `request` as sharing/sr.yaml beside no. 900 and no. 901. */
export function requestFindings(request: string, options: RequestSources = {}): Finding[] {
  const sources = [
    { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
    { file: 'manifests/s901.yaml', bytes: Buffer.from(yamlOf(providerManifest(options.sharing))) },
    ...(options.manifests ?? []).map((manifest, index) => ({
      file: `manifests/x${index}.yaml`,
      bytes: Buffer.from(yamlOf(manifest)),
    })),
    { file: 'sharing/sr.yaml', bytes: Buffer.from(request) },
    ...(options.more ?? []).map((text, index) => ({ file: `sharing/more${index}.yaml`, bytes: Buffer.from(text) })),
  ];
  return validateSources(sources, undefined, options.asOf ?? '2026-06-01').findings.filter(
    (finding) => !finding.file.startsWith('manifests/'),
  );
}

/** A finding as a reader sees it in both languages: where, what in English and Chinese, and the related locations. */
export function bothLanguages(finding: Finding) {
  const zh = localizedText(finding, 'zh');
  return {
    at: [finding.ruleId, finding.severity, finding.line, finding.column, finding.field],
    en: [finding.message, finding.hint],
    zh: [zh.message, zh.hint],
    ...(finding.related
      ? {
          related: finding.related.map((related) => [
            related.file,
            related.line,
            related.message,
            localizedText(related, 'zh').message,
          ]),
        }
      : {}),
  };
}

/** What validate says of `request` (requestFindings) as a reader sees it in both languages. */
export const requestSaid = (request: string, options?: RequestSources) =>
  requestFindings(request, options).map(bothLanguages);

/** The catalog code of no. 901's one data resource. */
export const PROVIDER_CODE = '30300000901/0001';

/**
 * A data correction: no. 900 reports an evident error in no. 901's data on Friday 2025-09-26, due by
 * 2025-10-16 (National Day and its make-up days) and answered on 2025-10-15 (tests/corrections.test.ts).
 */
export const HAPPY_CORRECTION = `apiVersion: envcloud/v1
kind: DataCorrection
metadata:
  id: dc-2025-001
spec:
  reporter:
    unit: 环境监察局
    system: 900
  resource:
    catalogCode: ${PROVIDER_CODE}
  issue:
    kind: evident-error
    description: 排放口经纬度互换。
  reportedOn: 2025-09-26
  answer:
    answeredOn: 2025-10-15
    result: corrected
`;

/** A grant of no. 901's resource to no. 900, answered 2025-09-01, live until `expiresOn`. */
export const grantRequest = (expiresOn = '2026-12-31') =>
  edited(
    `    system: 901\n    name: ${REQUESTED_RESOURCE}`,
    `    catalogCode: ${PROVIDER_CODE}`,
    edited(
      '  submittedOn: 2025-09-25\n  answer:\n    answeredOn: 2025-10-09',
      '  submittedOn: 2025-08-28\n  answer:\n    answeredOn: 2025-09-01',
      `${HAPPY_REQUEST.replace('sr-2025-001', 'sr-2025-009')}    expiresOn: ${expiresOn}\n`,
    ),
  );

/** What validate finds outside manifests/ with `correction` as corrections/dc.yaml and `grants` in sharing/. */
export function correctionFindings(
  correction: string,
  options: RequestSources & { grants?: string[] } = {},
): Finding[] {
  const sources = [
    { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
    {
      file: 'manifests/s901.yaml',
      bytes: Buffer.from(yamlOf(providerManifest(options.sharing ?? { type: 'unconditional' }))),
    },
    ...(options.manifests ?? []).map((manifest, index) => ({
      file: `manifests/x${index}.yaml`,
      bytes: Buffer.from(yamlOf(manifest)),
    })),
    ...(options.grants ?? []).map((text, index) => ({ file: `sharing/g${index}.yaml`, bytes: Buffer.from(text) })),
    { file: 'corrections/dc.yaml', bytes: Buffer.from(correction) },
    ...(options.more ?? []).map((text, index) => ({ file: `corrections/more${index}.yaml`, bytes: Buffer.from(text) })),
  ];
  return validateSources(sources, undefined, options.asOf ?? '2026-06-01').findings.filter(
    (finding) => !finding.file.startsWith('manifests/'),
  );
}
