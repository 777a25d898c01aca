/* Generated from schema/sharing-request.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 所申请的数据资源。
 *
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
   * 资源的信息资源代码，与提供系统的清单所写的一致（`spec.dataResources[].catalogCode`）。
   *
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode?: string;
  /**
   * 目录以外的数据：持有该数据的系统的序号。
   *
   * For data outside the catalog: inventory number of the system that holds it.
   */
  system?: number;
  /**
   * 数据的名称：目录以外的数据，写所申请的内容；写了信息资源代码的，写目录中的名称（会核对）。
   *
   * Name of the data: for data outside the catalog, what is asked for; with a catalog code, the catalog's name (checked).
   */
  name?: string;
};
/**
 * 一项使用要求：administrative-basis（作为行政依据）、work-reference（用于工作参考）、data-verification（用于数据校核）、business-collaboration（业务协同）。
 *
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
 * 申请使用其他单位的数据资源，及其答复（《共享办法》第5章、实施方案§三(一).4）。每个文件一份申请，放在 `sharing/` 文件夹中。
 *
 * A request to use a data resource of another unit, and its answer (共享申请与答复; rules ch. 5, plan §三(一).4). One request per file, in the folder `sharing/`.
 */
export interface SharingRequest {
  /**
   * 清单格式的版本，固定写 `envcloud/v1`。
   *
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * 清单的类型，固定写 `SharingRequest`（系统的迁移清单为 `SystemMigration`）。
   *
   * Manifest kind. Always `SharingRequest` (a system's migration manifest is `SystemMigration`).
   */
  kind: 'SharingRequest';
  metadata: Metadata;
  spec: Spec;
}
/**
 * 申请的标识。
 *
 * Identity of the request.
 */
export interface Metadata {
  /**
   * 申请编号，在所有申请中唯一：`sr-`、提交的年份、`-` 和三至五位数字的序号（如 sr-2018-001）。
   *
   * Request identifier, unique among all requests: `sr-`, the year submitted, `-` and a sequence number of three to five digits (sr-2018-001).
   */
  id: string;
  /**
   * 申请的简短标题。
   *
   * A short title of the request.
   */
  title?: string;
}
/**
 * 申请的内容、答复及后续处理。
 *
 * The request, its answer and what followed.
 */
export interface Spec {
  requester: Requester;
  resource: ResourceRef;
  /**
   * 只用于有条件共享的资源：申请单位是否在信息资源目录所定的共享范围内。`false` 为共享范围以外的申请，提供部门应在10个工作日内予以答复（见实施方案§三(一).4）。默认 `true`。
   *
   * For a conditionally shared resource: whether the requesting unit is within the sharing scope the catalog states (共享范围). `false` is a request outside the scope, answered within 10 working days (plan §三(一).4). Default `true`.
   */
  withinScope?: boolean;
  /**
   * 使用单位提出的明确的共享需求和信息使用用途（需求导向，《共享办法》第4条(二)）。
   *
   * The stated need and the use the data will be put to (需求导向: 明确的共享需求和信息使用用途, rules art. 4(二)).
   */
  purpose: string;
  /**
   * 所申请的使用要求，应为信息资源目录对该资源标明的使用要求（《共享办法》第17条）：administrative-basis（作为行政依据）、work-reference（用于工作参考）、data-verification（用于数据校核）、business-collaboration（业务协同）。
   *
   * Usage requirements asked for, as the catalog lists them for the resource (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * @minItems 1
   */
  usage: [Usage, ...Usage[]];
  /**
   * 通过共享平台提出申请的日期，格式 YYYY-MM-DD。各项时限从次日起按工作日计算。
   *
   * Day the request was submitted through the sharing platform, YYYY-MM-DD. Time limits count working days from the day after.
   */
  submittedOn: string;
  answer?: Answer;
  /**
   * 使用单位与提供单位之间的协商记录；申请不予共享类数据时须有（《共享办法》第22条）。
   *
   * Records of negotiation between the using and the providing unit (协商), needed for data that is not shared (rules art. 22).
   */
  negotiations?: Negotiation[];
  /**
   * 报请协调的争议：协商未果后报请网信办协调（《共享办法》第21条、第22条），或涉及国家其他政务部门的，报请领导小组（《共享办法》第23条）。
   *
   * Disputes referred upwards (报请协调): to the cyberspace office after a failed negotiation (rules art. 21, art. 22), or to the leading group for other national government departments (rules art. 23).
   */
  escalations?: Escalation[];
}
/**
 * 申请使用数据的使用单位。
 *
 * The using unit (使用单位) that asks for the data.
 */
export interface Requester {
  /**
   * 申请单位的名称：部机关各部门、派出机构或直属单位之一；部外申请写国家其他政务部门的名称。
   *
   * Name of the requesting unit: a department, agency or institution of the ministry, or for an external request another national government department.
   */
  unit: string;
  /**
   * 将使用该数据的系统的序号（见附1）。除 `external` 的申请外必填。
   *
   * Inventory number (序号, Annex 1) of the system that will use the data. Required unless `external`.
   */
  system?: number;
  /**
   * 国家其他政务部门的申请写 `true`（《共享办法》第23条）：在10个工作日内予以答复。默认 `false`。
   *
   * `true` for another national government department (国家其他政务部门, rules art. 23): answered within 10 working days. Default `false`.
   */
  external?: boolean;
}
/**
 * 提供单位的答复意见；申请尚未答复时不写。
 *
 * The providing unit's answer (答复意见). Absent while the request is pending.
 */
export interface Answer {
  /**
   * 答复日期，格式 YYYY-MM-DD。
   *
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * granted（同意）、granted-with-conditions（有条件同意：写明 `conditions`）、refused（不同意：写明 `reasons`）。
   *
   * granted (同意), granted-with-conditions (有条件同意: state `conditions`), refused (不同意: state `reasons`).
   */
  decision: 'granted' | 'granted-with-conditions' | 'refused';
  /**
   * 不提供共享的理由（提供单位应说明理由）；`refused` 时必填。
   *
   * Why the data is refused (说明理由); required for `refused`.
   */
  reasons?: string;
  /**
   * 同意时规定的使用条件（使用单位按答复意见使用）；`granted-with-conditions` 时必填。
   *
   * The terms of use the grant sets (按答复意见使用); required for `granted-with-conditions`.
   */
  conditions?: string;
  /**
   * 可按答复使用数据的最后一天，格式 YYYY-MM-DD；不设期限的不写。
   *
   * Last day the grant may be used, YYYY-MM-DD; absent for a grant without end.
   */
  expiresOn?: string;
}
/**
 * 使用单位与提供单位之间的一次协商。
 *
 * One negotiation between the using and the providing unit (协商).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "negotiation".
 */
export interface Negotiation {
  /**
   * 协商日期，格式 YYYY-MM-DD。
   *
   * Day of the negotiation, YYYY-MM-DD.
   */
  date: string;
  /**
   * agreed（协商一致）或 failed（协商未果）。
   *
   * agreed (协商一致) or failed (协商未果).
   */
  outcome: 'agreed' | 'failed';
  /**
   * 参加协商的各方，以及商定的内容或未果的原因。
   *
   * Who took part and what was agreed or why it failed.
   */
  summary: string;
}
/**
 * 一次报请协调。
 *
 * One referral of a dispute (报请协调).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "escalation".
 */
export interface Escalation {
  /**
   * 报请日期，格式 YYYY-MM-DD。
   *
   * Day of the referral, YYYY-MM-DD.
   */
  date: string;
  /**
   * cyberspace-office（网信办，《共享办法》第21条、第22条）、leading-group（领导小组，第23条）、inter-ministerial-conference（国家促进大数据发展部际联席会议，第23条(五)）。
   *
   * cyberspace-office (网信办, rules art. 21, art. 22), leading-group (领导小组, rules art. 23), inter-ministerial-conference (国家促进大数据发展部际联席会议, rules art. 23(五)).
   */
  to: 'cyberspace-office' | 'leading-group' | 'inter-ministerial-conference';
  /**
   * 争议的内容。
   *
   * What is in dispute.
   */
  reason: string;
  /**
   * 争议解决的日期，格式 YYYY-MM-DD；尚未解决时不写。
   *
   * Day the dispute was settled, YYYY-MM-DD; absent while open.
   */
  resolvedOn?: string;
  /**
   * 争议如何解决。
   *
   * How it was settled.
   */
  resolution?: string;
}
/**
 * 申请的标识。
 *
 * Identity of the request.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata1 {
  /**
   * 申请编号，在所有申请中唯一：`sr-`、提交的年份、`-` 和三至五位数字的序号（如 sr-2018-001）。
   *
   * Request identifier, unique among all requests: `sr-`, the year submitted, `-` and a sequence number of three to five digits (sr-2018-001).
   */
  id: string;
  /**
   * 申请的简短标题。
   *
   * A short title of the request.
   */
  title?: string;
}
/**
 * 申请的内容、答复及后续处理。
 *
 * The request, its answer and what followed.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "spec".
 */
export interface Spec1 {
  requester: Requester;
  resource: ResourceRef;
  /**
   * 只用于有条件共享的资源：申请单位是否在信息资源目录所定的共享范围内。`false` 为共享范围以外的申请，提供部门应在10个工作日内予以答复（见实施方案§三(一).4）。默认 `true`。
   *
   * For a conditionally shared resource: whether the requesting unit is within the sharing scope the catalog states (共享范围). `false` is a request outside the scope, answered within 10 working days (plan §三(一).4). Default `true`.
   */
  withinScope?: boolean;
  /**
   * 使用单位提出的明确的共享需求和信息使用用途（需求导向，《共享办法》第4条(二)）。
   *
   * The stated need and the use the data will be put to (需求导向: 明确的共享需求和信息使用用途, rules art. 4(二)).
   */
  purpose: string;
  /**
   * 所申请的使用要求，应为信息资源目录对该资源标明的使用要求（《共享办法》第17条）：administrative-basis（作为行政依据）、work-reference（用于工作参考）、data-verification（用于数据校核）、business-collaboration（业务协同）。
   *
   * Usage requirements asked for, as the catalog lists them for the resource (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * @minItems 1
   */
  usage: [Usage, ...Usage[]];
  /**
   * 通过共享平台提出申请的日期，格式 YYYY-MM-DD。各项时限从次日起按工作日计算。
   *
   * Day the request was submitted through the sharing platform, YYYY-MM-DD. Time limits count working days from the day after.
   */
  submittedOn: string;
  answer?: Answer;
  /**
   * 使用单位与提供单位之间的协商记录；申请不予共享类数据时须有（《共享办法》第22条）。
   *
   * Records of negotiation between the using and the providing unit (协商), needed for data that is not shared (rules art. 22).
   */
  negotiations?: Negotiation[];
  /**
   * 报请协调的争议：协商未果后报请网信办协调（《共享办法》第21条、第22条），或涉及国家其他政务部门的，报请领导小组（《共享办法》第23条）。
   *
   * Disputes referred upwards (报请协调): to the cyberspace office after a failed negotiation (rules art. 21, art. 22), or to the leading group for other national government departments (rules art. 23).
   */
  escalations?: Escalation[];
}
/**
 * 申请使用数据的使用单位。
 *
 * The using unit (使用单位) that asks for the data.
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "requester".
 */
export interface Requester1 {
  /**
   * 申请单位的名称：部机关各部门、派出机构或直属单位之一；部外申请写国家其他政务部门的名称。
   *
   * Name of the requesting unit: a department, agency or institution of the ministry, or for an external request another national government department.
   */
  unit: string;
  /**
   * 将使用该数据的系统的序号（见附1）。除 `external` 的申请外必填。
   *
   * Inventory number (序号, Annex 1) of the system that will use the data. Required unless `external`.
   */
  system?: number;
  /**
   * 国家其他政务部门的申请写 `true`（《共享办法》第23条）：在10个工作日内予以答复。默认 `false`。
   *
   * `true` for another national government department (国家其他政务部门, rules art. 23): answered within 10 working days. Default `false`.
   */
  external?: boolean;
}
export interface ResourceRef2 {
  /**
   * 资源的信息资源代码，与提供系统的清单所写的一致（`spec.dataResources[].catalogCode`）。
   *
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode?: string;
  /**
   * 目录以外的数据：持有该数据的系统的序号。
   *
   * For data outside the catalog: inventory number of the system that holds it.
   */
  system?: number;
  /**
   * 数据的名称：目录以外的数据，写所申请的内容；写了信息资源代码的，写目录中的名称（会核对）。
   *
   * Name of the data: for data outside the catalog, what is asked for; with a catalog code, the catalog's name (checked).
   */
  name?: string;
}
/**
 * 提供单位的答复意见。
 *
 * The providing unit's answer (答复意见).
 *
 * This interface was referenced by `SharingRequest`'s JSON-Schema
 * via the `definition` "answer".
 */
export interface Answer1 {
  /**
   * 答复日期，格式 YYYY-MM-DD。
   *
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * granted（同意）、granted-with-conditions（有条件同意：写明 `conditions`）、refused（不同意：写明 `reasons`）。
   *
   * granted (同意), granted-with-conditions (有条件同意: state `conditions`), refused (不同意: state `reasons`).
   */
  decision: 'granted' | 'granted-with-conditions' | 'refused';
  /**
   * 不提供共享的理由（提供单位应说明理由）；`refused` 时必填。
   *
   * Why the data is refused (说明理由); required for `refused`.
   */
  reasons?: string;
  /**
   * 同意时规定的使用条件（使用单位按答复意见使用）；`granted-with-conditions` 时必填。
   *
   * The terms of use the grant sets (按答复意见使用); required for `granted-with-conditions`.
   */
  conditions?: string;
  /**
   * 可按答复使用数据的最后一天，格式 YYYY-MM-DD；不设期限的不写。
   *
   * Last day the grant may be used, YYYY-MM-DD; absent for a grant without end.
   */
  expiresOn?: string;
}
