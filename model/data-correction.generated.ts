/* Generated from schema/data-correction.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 使用单位对获取的共享信息资源有疑义或发现明显错误时向提供单位的反馈，以及提供单位的校核和答复（《共享办法》第7条(四)、第8条(二)）。每个文件一条记录，放在 `corrections/` 文件夹中。
 *
 * A doubt about or an evident error in a shared data resource, reported by the using unit, and the providing unit's check and answer (疑义或错误的反馈与校核; rules art. 7(四), art. 8(二)). One record per file, in the folder `corrections/`.
 */
export interface DataCorrection {
  /**
   * 清单格式的版本，固定写 `envcloud/v1`。
   *
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * 清单的类型，固定写 `DataCorrection`（系统的迁移清单为 `SystemMigration`，共享申请为 `SharingRequest`）。
   *
   * Manifest kind. Always `DataCorrection` (a system's migration manifest is `SystemMigration`, a sharing request `SharingRequest`).
   */
  kind: 'DataCorrection';
  metadata: Metadata;
  spec: Spec;
}
/**
 * 记录的标识。
 *
 * Identity of the record.
 */
export interface Metadata {
  /**
   * 记录编号，在所有校核记录中唯一：`dc-`、反馈的年份、`-` 和三至五位数字的序号（如 dc-2025-001）。
   *
   * Record identifier, unique among all corrections: `dc-`, the year reported, `-` and a sequence number of three to five digits (dc-2025-001).
   */
  id: string;
  /**
   * 记录的简短标题。
   *
   * A short title of the record.
   */
  title?: string;
}
/**
 * 反馈的内容，以及提供单位的答复。
 *
 * What was reported, and the providing unit's answer.
 */
export interface Spec {
  reporter: Reporter;
  resource: ResourceRef;
  issue: Issue;
  /**
   * 使用单位向提供单位反馈的日期，格式 YYYY-MM-DD。答复时限从次日起按工作日计算。
   *
   * Day the using unit reported it to the providing unit (反馈), YYYY-MM-DD. The time limit of the answer counts working days from the day after.
   */
  reportedOn: string;
  answer?: Answer;
}
/**
 * 反馈疑义或错误的使用单位，以及它获取该数据所用的系统。
 *
 * The using unit (使用单位) that reports the doubt or error, and the system through which it read the data.
 */
export interface Reporter {
  /**
   * 反馈单位的名称：部机关各部门、派出机构或直属单位之一。
   *
   * Name of the reporting unit: a department, agency or institution of the ministry.
   */
  unit: string;
  /**
   * 该单位获取数据所用系统的序号（见附1）。该系统须有权获取该数据：资源为无条件共享，或 `sharing/` 中有在 `reportedOn` 当日对该系统有效的同意共享的答复。
   *
   * Inventory number (序号, Annex 1) of the system through which the unit read the data. It must be allowed to read it: the resource is shared unconditionally, or a grant in `sharing/` is live for this system on `reportedOn`.
   */
  system: number;
}
/**
 * 所反馈的数据资源。
 *
 * The data resource the report is about.
 */
export interface ResourceRef {
  /**
   * 资源的信息资源代码，与提供系统的清单所写的一致（`spec.dataResources[].catalogCode`）。
   *
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode: string;
  /**
   * 资源在信息资源目录中的名称（可选，会与代码核对）。
   *
   * The catalog's name of the resource (optional, checked against the code).
   */
  name?: string;
}
/**
 * 数据存在的问题。
 *
 * What is wrong with the data.
 */
export interface Issue {
  /**
   * doubt（疑义：数据可能有误）或 evident-error（明显错误：数据显然有误），见《共享办法》第8条(二)。
   *
   * doubt (疑义: the data may be wrong) or evident-error (明显错误: it is plainly wrong), rules art. 8(二).
   */
  kind: 'doubt' | 'evident-error';
  /**
   * 发现的问题：哪些记录或字段，现在的内容是什么，应当是什么。
   *
   * What was found: which records or fields, what they say and what was expected.
   */
  description: string;
}
/**
 * 提供单位的校核和答复；尚未答复时不写。
 *
 * The providing unit's check and answer (校核和答复). Absent while it is pending.
 */
export interface Answer {
  /**
   * 答复日期，格式 YYYY-MM-DD。
   *
   * Day of the answer, YYYY-MM-DD.
   */
  answeredOn: string;
  /**
   * 校核结果：corrected（已更正：数据有误，已经更正）、confirmed-correct（经核实无误：数据本身正确）、rejected（不予受理：不受理该反馈，须写明 `reasons`）。
   *
   * The result of the check (校核结果): corrected (已更正: the data was wrong and is corrected), confirmed-correct (经核实无误: the data is right as it stands), rejected (不予受理: the report is not taken up; state `reasons`).
   */
  result: 'corrected' | 'confirmed-correct' | 'rejected';
  /**
   * 不予受理的理由，或核实数据无误的经过；`rejected` 时必填。
   *
   * Why the report is rejected, or how the data was confirmed; required for `rejected`.
   */
  reasons?: string;
  /**
   * 更正了什么，以及自数据的哪一次发布起生效。
   *
   * What was corrected, and from which release of the data it holds.
   */
  note?: string;
}
/**
 * 记录的标识。
 *
 * Identity of the record.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata1 {
  /**
   * 记录编号，在所有校核记录中唯一：`dc-`、反馈的年份、`-` 和三至五位数字的序号（如 dc-2025-001）。
   *
   * Record identifier, unique among all corrections: `dc-`, the year reported, `-` and a sequence number of three to five digits (dc-2025-001).
   */
  id: string;
  /**
   * 记录的简短标题。
   *
   * A short title of the record.
   */
  title?: string;
}
/**
 * 反馈的内容，以及提供单位的答复。
 *
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
   * 使用单位向提供单位反馈的日期，格式 YYYY-MM-DD。答复时限从次日起按工作日计算。
   *
   * Day the using unit reported it to the providing unit (反馈), YYYY-MM-DD. The time limit of the answer counts working days from the day after.
   */
  reportedOn: string;
  answer?: Answer;
}
/**
 * 反馈疑义或错误的使用单位。
 *
 * The using unit (使用单位) that reports the doubt or error.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "reporter".
 */
export interface Reporter1 {
  /**
   * 反馈单位的名称：部机关各部门、派出机构或直属单位之一。
   *
   * Name of the reporting unit: a department, agency or institution of the ministry.
   */
  unit: string;
  /**
   * 该单位获取数据所用系统的序号（见附1）。该系统须有权获取该数据：资源为无条件共享，或 `sharing/` 中有在 `reportedOn` 当日对该系统有效的同意共享的答复。
   *
   * Inventory number (序号, Annex 1) of the system through which the unit read the data. It must be allowed to read it: the resource is shared unconditionally, or a grant in `sharing/` is live for this system on `reportedOn`.
   */
  system: number;
}
/**
 * 所反馈的数据资源，以信息资源代码指明。
 *
 * The data resource the report is about, by its catalog code (信息资源代码).
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "resourceRef".
 */
export interface ResourceRef1 {
  /**
   * 资源的信息资源代码，与提供系统的清单所写的一致（`spec.dataResources[].catalogCode`）。
   *
   * Catalog code of the resource, as its manifest states it (`spec.dataResources[].catalogCode`).
   */
  catalogCode: string;
  /**
   * 资源在信息资源目录中的名称（可选，会与代码核对）。
   *
   * The catalog's name of the resource (optional, checked against the code).
   */
  name?: string;
}
/**
 * 数据存在的问题。
 *
 * What is wrong with the data.
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
 * via the `definition` "issue".
 */
export interface Issue1 {
  /**
   * doubt（疑义：数据可能有误）或 evident-error（明显错误：数据显然有误），见《共享办法》第8条(二)。
   *
   * doubt (疑义: the data may be wrong) or evident-error (明显错误: it is plainly wrong), rules art. 8(二).
   */
  kind: 'doubt' | 'evident-error';
  /**
   * 发现的问题：哪些记录或字段，现在的内容是什么，应当是什么。
   *
   * What was found: which records or fields, what they say and what was expected.
   */
  description: string;
}
/**
 * 提供单位的校核和答复（《共享办法》第7条(四)）。
 *
 * The providing unit's check and answer (校核和答复, rules art. 7(四)).
 *
 * This interface was referenced by `DataCorrection`'s JSON-Schema
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
   * 校核结果：corrected（已更正：数据有误，已经更正）、confirmed-correct（经核实无误：数据本身正确）、rejected（不予受理：不受理该反馈，须写明 `reasons`）。
   *
   * The result of the check (校核结果): corrected (已更正: the data was wrong and is corrected), confirmed-correct (经核实无误: the data is right as it stands), rejected (不予受理: the report is not taken up; state `reasons`).
   */
  result: 'corrected' | 'confirmed-correct' | 'rejected';
  /**
   * 不予受理的理由，或核实数据无误的经过；`rejected` 时必填。
   *
   * Why the report is rejected, or how the data was confirmed; required for `rejected`.
   */
  reasons?: string;
  /**
   * 更正了什么，以及自数据的哪一次发布起生效。
   *
   * What was corrected, and from which release of the data it holds.
   */
  note?: string;
}
