/* Generated from schema/sharing-request.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The data resource asked for.
 */
export type ResourceRef = (
  | {
      catalogCode: unknown;
    }
  | {
      system: unknown;
      name: unknown;
    }
) & {
  /**
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode?: string;
  /**
   * For data outside the catalog: inventory number of the system that holds it.
   */
  system?: number;
  /**
   * Name of the data: for data outside the catalog, what is asked for; with a catalog code, the catalog's name (checked).
   */
  name?: string;
};
/**
 * A usage requirement: administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "usage".
 */
export type Usage =
  'administrative-basis' | 'work-reference' | 'data-verification' | 'business-collaboration';
export type ResourceRef1 =
  | {
      catalogCode: unknown;
    }
  | {
      system: unknown;
      name: unknown;
    };

/**
 * A request to use a data resource of another unit, and its answer (共享申请与答复; rules ch. 5, plan §三(一).4). One request per file, in the folder `sharing/`.
 */
export interface SharingRequest {
  /**
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * Manifest kind. Always `SharingRequest` (a system's migration manifest is `SystemMigration`).
   */
  kind: 'SharingRequest';
  metadata: Metadata;
  spec: Spec;
}
/**
 * Identity of the request.
 */
export interface Metadata {
  /**
   * Request identifier, unique among all requests: `sr-`, the year submitted, `-` and a sequence number of three to five digits (sr-2018-001).
   */
  id: string;
  /**
   * A short title of the request.
   */
  title?: string;
}
/**
 * The request, its answer and what followed.
 */
export interface Spec {
  requester: Requester;
  resource: ResourceRef;
  /**
   * For a conditionally shared resource: whether the requesting unit is within the sharing scope the catalog states (共享范围). `false` is a request outside the scope, answered within 10 working days (plan §三(一).4). Default `true`.
   */
  withinScope?: boolean;
  /**
   * The stated need and the use the data will be put to (需求导向: 明确的共享需求和信息使用用途, rules art. 4(二)).
   */
  purpose: string;
  /**
   * Usage requirements asked for, as the catalog lists them for the resource (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * @minItems 1
   */
  usage: [Usage, ...Usage[]];
  /**
   * Day the request was submitted through the sharing platform, YYYY-MM-DD. Time limits count working days from the day after.
   */
  submittedOn: string;
  answer?: Answer;
  /**
   * Records of negotiation between the using and the providing unit (协商), needed for data that is not shared (rules art. 22).
   */
  negotiations?: Negotiation[];
  /**
   * Disputes referred upwards (报请协调): to the cyberspace office after a failed negotiation (rules art. 21, art. 22), or to the leading group for other national government departments (rules art. 23).
   */
  escalations?: Escalation[];
}
/**
 * The using unit (使用单位) that asks for the data.
 */
export interface Requester {
  /**
   * Name of the requesting unit: a department, agency or institution of the ministry, or for an external request another national government department.
   */
  unit: string;
  /**
   * Inventory number (序号, Annex 1) of the system that will use the data. Required unless `external`.
   */
  system?: number;
  /**
   * `true` for another national government department (国家其他政务部门, rules art. 23): answered within 10 working days. Default `false`.
   */
  external?: boolean;
}
/**
 * The providing unit's answer (答复意见). Absent while the request is pending.
 */
export interface Answer {
  /**
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * granted (同意), granted-with-conditions (有条件同意: state `conditions`), refused (不同意: state `reasons`).
   */
  decision: 'granted' | 'granted-with-conditions' | 'refused';
  /**
   * Why the data is refused (说明理由); required for `refused`.
   */
  reasons?: string;
  /**
   * The terms of use the grant sets (按答复意见使用); required for `granted-with-conditions`.
   */
  conditions?: string;
  /**
   * Last day the grant may be used, YYYY-MM-DD; absent for a grant without end.
   */
  expiresOn?: string;
}
/**
 * One negotiation between the using and the providing unit (协商).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "negotiation".
 */
export interface Negotiation {
  /**
   * Day of the negotiation, YYYY-MM-DD.
   */
  date: string;
  /**
   * agreed (协商一致) or failed (协商未果).
   */
  outcome: 'agreed' | 'failed';
  /**
   * Who took part and what was agreed or why it failed.
   */
  summary: string;
}
/**
 * One referral of a dispute (报请协调).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "escalation".
 */
export interface Escalation {
  /**
   * Day of the referral, YYYY-MM-DD.
   */
  date: string;
  /**
   * cyberspace-office (网信办, rules art. 21, art. 22), leading-group (领导小组, rules art. 23), inter-ministerial-conference (国家促进大数据发展部际联席会议, rules art. 23(五)).
   */
  to: 'cyberspace-office' | 'leading-group' | 'inter-ministerial-conference';
  /**
   * What is in dispute.
   */
  reason: string;
  /**
   * Day the dispute was settled, YYYY-MM-DD; absent while open.
   */
  resolvedOn?: string;
  /**
   * How it was settled.
   */
  resolution?: string;
}
/**
 * Identity of the request.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata1 {
  /**
   * Request identifier, unique among all requests: `sr-`, the year submitted, `-` and a sequence number of three to five digits (sr-2018-001).
   */
  id: string;
  /**
   * A short title of the request.
   */
  title?: string;
}
/**
 * The request, its answer and what followed.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "spec".
 */
export interface Spec1 {
  requester: Requester;
  resource: ResourceRef;
  /**
   * For a conditionally shared resource: whether the requesting unit is within the sharing scope the catalog states (共享范围). `false` is a request outside the scope, answered within 10 working days (plan §三(一).4). Default `true`.
   */
  withinScope?: boolean;
  /**
   * The stated need and the use the data will be put to (需求导向: 明确的共享需求和信息使用用途, rules art. 4(二)).
   */
  purpose: string;
  /**
   * Usage requirements asked for, as the catalog lists them for the resource (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * @minItems 1
   */
  usage: [Usage, ...Usage[]];
  /**
   * Day the request was submitted through the sharing platform, YYYY-MM-DD. Time limits count working days from the day after.
   */
  submittedOn: string;
  answer?: Answer;
  /**
   * Records of negotiation between the using and the providing unit (协商), needed for data that is not shared (rules art. 22).
   */
  negotiations?: Negotiation[];
  /**
   * Disputes referred upwards (报请协调): to the cyberspace office after a failed negotiation (rules art. 21, art. 22), or to the leading group for other national government departments (rules art. 23).
   */
  escalations?: Escalation[];
}
/**
 * The using unit (使用单位) that asks for the data.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "requester".
 */
export interface Requester1 {
  /**
   * Name of the requesting unit: a department, agency or institution of the ministry, or for an external request another national government department.
   */
  unit: string;
  /**
   * Inventory number (序号, Annex 1) of the system that will use the data. Required unless `external`.
   */
  system?: number;
  /**
   * `true` for another national government department (国家其他政务部门, rules art. 23): answered within 10 working days. Default `false`.
   */
  external?: boolean;
}
export interface ResourceRef2 {
  /**
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode?: string;
  /**
   * For data outside the catalog: inventory number of the system that holds it.
   */
  system?: number;
  /**
   * Name of the data: for data outside the catalog, what is asked for; with a catalog code, the catalog's name (checked).
   */
  name?: string;
}
/**
 * The providing unit's answer (答复意见).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "answer".
 */
export interface Answer1 {
  /**
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * granted (同意), granted-with-conditions (有条件同意: state `conditions`), refused (不同意: state `reasons`).
   */
  decision: 'granted' | 'granted-with-conditions' | 'refused';
  /**
   * Why the data is refused (说明理由); required for `refused`.
   */
  reasons?: string;
  /**
   * The terms of use the grant sets (按答复意见使用); required for `granted-with-conditions`.
   */
  conditions?: string;
  /**
   * Last day the grant may be used, YYYY-MM-DD; absent for a grant without end.
   */
  expiresOn?: string;
}
