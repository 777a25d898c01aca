/* Generated from schema/data-correction.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
 * A doubt about or an evident error in a shared data resource, reported by the using unit, and the providing unit's check and answer (疑义或错误的反馈与校核; rules art. 7(四), art. 8(二)). One record per file, in the folder `corrections/`.
 */
export interface DataCorrection {
  /**
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * Manifest kind. Always `DataCorrection` (a system's migration manifest is `SystemMigration`, a sharing request `SharingRequest`).
   */
  kind: 'DataCorrection';
  metadata: Metadata;
  spec: Spec;
}
/**
 * Identity of the record.
 */
export interface Metadata {
  /**
   * Record identifier, unique among all corrections: `dc-`, the year reported, `-` and a sequence number of three to five digits (dc-2025-001).
   */
  id: string;
  /**
   * A short title of the record.
   */
  title?: string;
}
/**
 * What was reported, and the providing unit's answer.
 */
export interface Spec {
  reporter: Reporter;
  resource: ResourceRef;
  issue: Issue;
  /**
   * Day the using unit reported it to the providing unit (反馈), YYYY-MM-DD. The time limit of the answer counts working days from the day after.
   */
  reportedOn: string;
  answer?: Answer;
}
/**
 * The using unit (使用单位) that reports the doubt or error, and the system through which it read the data.
 */
export interface Reporter {
  /**
   * Name of the reporting unit: a department, agency or institution of the ministry.
   */
  unit: string;
  /**
   * Inventory number (序号, Annex 1) of the system through which the unit read the data. It must be allowed to read it: the resource is shared unconditionally, or a grant in `sharing/` is live for this system on `reportedOn`.
   */
  system: number;
}
/**
 * The data resource the report is about.
 */
export interface ResourceRef {
  /**
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode: string;
  /**
   * The catalog's name of the resource (optional, checked against the code).
   */
  name?: string;
}
/**
 * What is wrong with the data.
 */
export interface Issue {
  /**
   * doubt (疑义: the data may be wrong) or evident-error (明显错误: it is plainly wrong), rules art. 8(二).
   */
  kind: 'doubt' | 'evident-error';
  /**
   * What was found: which records or fields, what they say and what was expected.
   */
  description: string;
}
/**
 * The providing unit's check and answer (校核和答复). Absent while it is pending.
 */
export interface Answer {
  /**
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * The result of the check (校核结果): corrected (已更正: the data was wrong and is corrected), confirmed-correct (经核实无误: the data is right as it stands), rejected (不予受理: the report is not taken up; state `reasons`).
   */
  result: 'corrected' | 'confirmed-correct' | 'rejected';
  /**
   * Why the report is rejected, or how the data was confirmed; required for `rejected`.
   */
  reasons?: string;
  /**
   * What was corrected, and from which release of the data it holds.
   */
  note?: string;
}
/**
 * Identity of the record.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata1 {
  /**
   * Record identifier, unique among all corrections: `dc-`, the year reported, `-` and a sequence number of three to five digits (dc-2025-001).
   */
  id: string;
  /**
   * A short title of the record.
   */
  title?: string;
}
/**
 * What was reported, and the providing unit's answer.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "spec".
 */
export interface Spec1 {
  reporter: Reporter;
  resource: ResourceRef;
  issue: Issue;
  /**
   * Day the using unit reported it to the providing unit (反馈), YYYY-MM-DD. The time limit of the answer counts working days from the day after.
   */
  reportedOn: string;
  answer?: Answer;
}
/**
 * The using unit (使用单位) that reports the doubt or error.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "reporter".
 */
export interface Reporter1 {
  /**
   * Name of the reporting unit: a department, agency or institution of the ministry.
   */
  unit: string;
  /**
   * Inventory number (序号, Annex 1) of the system through which the unit read the data. It must be allowed to read it: the resource is shared unconditionally, or a grant in `sharing/` is live for this system on `reportedOn`.
   */
  system: number;
}
/**
 * The data resource the report is about, by its catalog code (信息资源代码).
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "resourceRef".
 */
export interface ResourceRef1 {
  /**
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode: string;
  /**
   * The catalog's name of the resource (optional, checked against the code).
   */
  name?: string;
}
/**
 * What is wrong with the data.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "issue".
 */
export interface Issue1 {
  /**
   * doubt (疑义: the data may be wrong) or evident-error (明显错误: it is plainly wrong), rules art. 8(二).
   */
  kind: 'doubt' | 'evident-error';
  /**
   * What was found: which records or fields, what they say and what was expected.
   */
  description: string;
}
/**
 * The providing unit's check and answer (校核和答复, rules art. 7(四)).
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "answer".
 */
export interface Answer1 {
  /**
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * The result of the check (校核结果): corrected (已更正: the data was wrong and is corrected), confirmed-correct (经核实无误: the data is right as it stands), rejected (不予受理: the report is not taken up; state `reasons`).
   */
  result: 'corrected' | 'confirmed-correct' | 'rejected';
  /**
   * Why the report is rejected, or how the data was confirmed; required for `rejected`.
   */
  reasons?: string;
  /**
   * What was corrected, and from which release of the data it holds.
   */
  note?: string;
}
