/* Generated from schema/system-migration.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 整合建议（见附1）：keep（保留）；merge（纳入八大业务系统之一，在 businessSystem 中写明）；extranet-portal（接入生态环境外网业务管理门户）；internet-portal（接入生态环境互联网政务服务门户）；data-onboarding（数据接入环境信息资源中心）；decommission（清理下线，即“僵尸”信息系统）；exempt（单位内部使用系统，不予整合，须写明理由）；website-cluster（纳入部网站群）；already-integrated（已整合入部政府网站）。
 *
 * keep (保留); merge (纳入八大业务系统之一, name it in businessSystem); extranet-portal (接入生态环境外网业务管理门户); internet-portal (接入生态环境互联网政务服务门户); data-onboarding (数据接入环境信息资源中心); decommission (清理下线, zombie system); exempt (单位内部使用系统，不予整合, give reason); website-cluster (纳入部网站群); already-integrated (已整合入部政府网站).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "outcome".
 */
export type Outcome =
  | 'keep'
  | 'merge'
  | 'extranet-portal'
  | 'internet-portal'
  | 'data-onboarding'
  | 'decommission'
  | 'exempt'
  | 'website-cluster'
  | 'already-integrated';
/**
 * 目录分类，即五个基础数据库之一：environmental-quality（环境质量）、pollution-source（污染源）、ecological-protection（生态保护）、nuclear-radiation-safety（核与辐射安全）、integrated-management（综合管理）。
 *
 * Catalog class (目录分类), one of the five base databases: environmental-quality (环境质量), pollution-source (污染源), ecological-protection (生态保护), nuclear-radiation-safety (核与辐射安全), integrated-management (综合管理).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "catalogClass".
 */
export type CatalogClass =
  | 'environmental-quality'
  | 'pollution-source'
  | 'ecological-protection'
  | 'nuclear-radiation-safety'
  | 'integrated-management';
/**
 * 共享类型（《共享办法》第15条）：unconditional（无条件共享）、conditional（有条件共享）、not-shared（不予共享）。
 *
 * Sharing type (共享类型, rules art. 15): unconditional (无条件共享), conditional (有条件共享), not-shared (不予共享).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "sharingType".
 */
export type SharingType = 'unconditional' | 'conditional' | 'not-shared';
/**
 * 依据的类别：law（法律）、administrative-regulation（行政法规）、central-document（党中央、国务院文件）、departmental-rule（部门规章）、normative-document（规范性文件）、internal-rule（内部规定）。只有前三类属于《共享办法》第18条所说的层级。
 *
 * Kind of legal basis: law (法律), administrative-regulation (行政法规), central-document (党中央、国务院文件), departmental-rule (部门规章), normative-document (规范性文件), internal-rule (内部规定). Only the first three are of the level rules art. 18 names.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "legalBasisKind".
 */
export type LegalBasisKind =
  | 'law'
  | 'administrative-regulation'
  | 'central-document'
  | 'departmental-rule'
  | 'normative-document'
  | 'internal-rule';
/**
 * 资源池：central（中心资源池）、environmental-monitoring（环境监测专业资源池）、satellite-remote-sensing（卫星遥感专业资源池）、nuclear-safety（核安全专业资源池）。
 *
 * Resource pool (资源池): central (中心资源池), environmental-monitoring (环境监测), satellite-remote-sensing (卫星遥感), nuclear-safety (核安全).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "pool".
 */
export type Pool = 'central' | 'environmental-monitoring' | 'satellite-remote-sensing' | 'nuclear-safety';
/**
 * 可从哪个网络区访问该工作负载：internal（只在平台内部）、extranet（电子政务外网）、internet（互联网，面向公众）。
 *
 * Network zone the workload is reachable from: internal (platform only), extranet (government extranet, 电子政务外网), internet (public).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "exposure".
 */
export type Exposure = 'internal' | 'extranet' | 'internet';
/**
 * 备份级别（两地三中心）：gold（金级：RPO 15 分钟，RTO 1 小时；在异地灾备中心有副本）、silver（银级：RPO 24 小时，RTO 8 小时；复制到同城备份中心和异地灾备中心）、bronze（铜级：RPO 7 天，RTO 72 小时；每周复制一份到异地灾备中心）、none（无需备份）。
 *
 * gold (RPO 15 min, RTO 1 h; replica in the remote center), silver (RPO 24 h, RTO 8 h; copies to both backup centers), bronze (RPO 7 d, RTO 72 h; weekly copy to the remote center), none (nothing to back up).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "backupTier".
 */
export type BackupTier = 'gold' | 'silver' | 'bronze' | 'none';
/**
 * 迁移状态：not-started（未开始）→ planned（已排期）→ migrating（迁移中）→ cut-over（已割接）→ completed（已完成）；除 completed 外，任何状态都可转为 blocked（受阻），并在 spec.schedule.blocked 中写明原因和责任人。`envcloud validate --baseline-dir` 逐一检查每次变化是否为合法的转换。
 *
 * Migration state (迁移状态): not-started (未开始) → planned (已排期) → migrating (迁移中) → cut-over (已割接) → completed (已完成); blocked (受阻) from any state but completed, with spec.schedule.blocked saying why and who clears it. `envcloud validate --baseline-dir` checks each change against the legal transitions.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "migrationStatus".
 */
export type MigrationStatus = 'not-started' | 'planned' | 'migrating' | 'cut-over' | 'completed' | 'blocked';
/**
 * 八大业务系统之一：air（大气环境管理系统）、water（水环境管理系统）、soil（土壤环境管理系统）、pollution-source（污染源管理系统）、ecological-protection（生态保护管理系统）、inspection-enforcement（环境监察执法系统）、nuclear-radiation-safety（核与辐射安全管理系统）、integrated-office（综合办公管理系统）。
 *
 * One of the eight business systems (八大业务系统): air (大气环境管理系统), water (水环境管理系统), soil (土壤环境管理系统), pollution-source (污染源管理系统), ecological-protection (生态保护管理系统), inspection-enforcement (环境监察执法系统), nuclear-radiation-safety (核与辐射安全管理系统), integrated-office (综合办公管理系统).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "businessSystem".
 */
export type BusinessSystem =
  | 'air'
  | 'water'
  | 'soil'
  | 'pollution-source'
  | 'ecological-protection'
  | 'inspection-enforcement'
  | 'nuclear-radiation-safety'
  | 'integrated-office';

/**
 * 一个政务信息系统迁移上云（环保云平台）的清单：系统标识，按整合建议的处置（见附1），部门意见表的各项填写（见附2），数据资源，云上部署，安全保障，迁移计划和项目备案。
 *
 * Migration manifest of one government information system onto the environmental protection cloud (环保云平台): its identity, its disposition under Annex 1, the answers of the Annex 2 opinion form, its data resources, cloud placement, protection, schedule and project filing.
 */
export interface SystemMigration {
  /**
   * 清单格式的版本，固定写 `envcloud/v1`。
   *
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * 清单的类型，固定写 `SystemMigration`。
   *
   * Manifest kind. Always `SystemMigration`.
   */
  kind: 'SystemMigration';
  metadata: Metadata;
  spec: Spec;
}
/**
 * 系统标识。
 *
 * Identity of the system (系统标识).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata {
  /**
   * 序号（见附1）：调查结果清单中的系统为 1–182；新系统取下一个未用的序号。
   *
   * Inventory number (序号): 1–182 for the systems of Annex 1; new systems take the next free number.
   */
  number: number;
  /**
   * 系统的正式中文名称，与调查结果清单中的系统名称一致（见附1）。
   *
   * Official Chinese name of the system (系统名称), as in Annex 1.
   */
  name: string;
  /**
   * 可用于 DNS 的标识（RFC 1123 标签：小写字母、数字和“-”，不能连续两个“-”（RDS 和 S3 不接受），最多 63 个字符），用作命名空间、资源名称和主机名。系统改名时修改它，并把旧的 slug 加入 previousSlugs。
   *
   * DNS-safe identifier (RFC 1123 label: lower-case letters, digits and '-', never two in a row, which RDS and S3 refuse; at most 63 characters) used for namespaces, resource names and host names. To rename a system, change it and add the old slug to previousSlugs.
   */
  slug: string;
  /**
   * 系统以前用过的 slug，最早的在前。系统的资源保持原有身份（Pulumi 别名），其 Kubernetes 对象保留最早的 slug 的名称和选择器，因此改名不会替换任何资源。
   *
   * Slugs the system had before, oldest first. Its resources keep their identity (Pulumi aliases), and its Kubernetes objects keep the names and selectors of the oldest slug, so a rename replaces nothing.
   *
   * Items: 本系统以前用过的一个 slug。
   *
   * An earlier slug of this system.
   */
  previousSlugs?: string[];
  /**
   * 系统管理单位。多个单位用“、”连接。
   *
   * Unit that manages the system (系统管理单位). Several units are joined with '、'.
   */
  managingUnit: string;
  /**
   * 系统填报单位：在2017年度信息系统调查中填报该系统的单位。
   *
   * Unit that reported the system in the 2017 survey (系统填报单位).
   */
  reportingUnit: string;
  contact: Contact;
  /**
   * 导入时以默认值填入的字段（点分路径，如 `spec.placement.pool`）。单位逐一确认后，把它从这个列表中删除。
   *
   * Fields the importer filled with defaults (dot paths such as `spec.placement.pool`). The unit confirms each one and removes it from this list.
   *
   * Items: 以默认值填入的一个字段的点分路径。
   *
   * Dot path of a defaulted field.
   */
  defaulted?: string[];
}
/**
 * 联系人：系统管理单位中负责迁移的人员。
 *
 * Person responsible for the migration in the managing unit (联系人).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * 联系人姓名。
   *
   * Contact person's name.
   */
  name: string;
  /**
   * 联系人的电子邮箱。
   *
   * Contact e-mail address.
   */
  email?: string;
  /**
   * 联系电话（数字、空格、“+”、“-”和括号）。
   *
   * Contact telephone number (digits, spaces, '+', '-' and parentheses).
   */
  phone?: string;
}
/**
 * 系统如何处置，以及在云平台上如何运行。
 *
 * What happens to the system and how it runs on the platform.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "spec".
 */
export interface Spec {
  disposition: Disposition;
  integration: Integration;
  /**
   * 系统提供的数据资源，即它在信息资源目录中的条目（见实施方案§三(一).1）。
   *
   * Data resources the system provides (信息资源目录条目, plan §三(一).1).
   *
   * @maxItems 200
   */
  dataResources?: DataResource[];
  placement?: Placement;
  archive?: Archive;
  protection: Protection;
  schedule: Schedule;
  project?: Project;
}
/**
 * 系统的整合建议（见附1）。
 *
 * Integration outcome for the system (整合建议, Annex 1).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "disposition".
 */
export interface Disposition {
  outcome: Outcome;
  /**
   * 系统纳入的业务系统（是否纳入八大业务系统之一）。outcome 为 merge 时必填。
   *
   * Business system the system is merged into (是否纳入八大业务系统之一). Required when outcome is merge.
   */
  businessSystem?:
    | 'air'
    | 'water'
    | 'soil'
    | 'pollution-source'
    | 'ecological-protection'
    | 'inspection-enforcement'
    | 'nuclear-radiation-safety'
    | 'integrated-office';
  /**
   * 系统不予整合时的详细理由。outcome 为 exempt 时必填。
   *
   * Detailed reason when the system is not integrated (不予整合理由). Required when outcome is exempt.
   */
  reason?: string;
  /**
   * 原文照录的整合建议（见附1），留作追溯。
   *
   * The recommendation text of Annex 1, verbatim (整合建议), kept for traceability.
   */
  annex1Recommendation?: string;
}
/**
 * 信息系统整合共享部门意见表中的各项填写（见附2）。
 *
 * Answers to the Annex 2 opinion form (信息系统整合共享部门意见表).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "integration".
 */
export interface Integration {
  /**
   * 是否作为“僵尸系统”清理下线。
   *
   * Decommissioned as a zombie system (是否作为“僵尸系统”清理下线).
   */
  zombie: boolean;
  /**
   * 数据整合：接入环境信息资源中心。
   *
   * Data integration with the environmental information resource center (数据整合).
   */
  resourceCenter: {
    /**
     * 是否接入环境信息资源中心。
     *
     * Data is onboarded to the resource center (是否接入环境信息资源中心).
     */
    onboard: boolean;
    /**
     * 已接入环境信息资源中心。
     *
     * Already onboarded (已接入).
     */
    alreadyOnboarded?: boolean;
    /**
     * 接入方式：file-upload（文件上传）、interface-extraction（接口抽取）、data-exchange（数据交换）。
     *
     * Onboarding method (接入方式): file-upload (文件上传), interface-extraction (接口抽取), data-exchange (数据交换).
     */
    method?: 'file-upload' | 'interface-extraction' | 'data-exchange';
    /**
     * 系统数据总体的数据共享类型。
     *
     * Sharing type of the system's data as a whole (数据共享类型).
     */
    sharingType?: 'unconditional' | 'conditional' | 'not-shared';
  };
  /**
   * 接入生态环境外网业务管理门户。
   *
   * Connection to the extranet business portal (接入生态环境外网业务管理门户).
   */
  extranetPortal: {
    /**
     * 系统是否接入生态环境外网业务管理门户。
     *
     * The system connects to the extranet business portal.
     */
    connect: boolean;
    /**
     * 已通过部电子政务信息交换平台接入。
     *
     * Already connected through the e-government information exchange platform (已接入部电子政务信息交换平台).
     */
    alreadyConnected?: boolean;
    /**
     * 接入外网门户方式：unified-entry（统一入口）、unified-user（统一用户）、single-sign-on（单点登录）。
     *
     * Connection method (接入外网门户方式): unified-entry (统一入口), unified-user (统一用户), single-sign-on (单点登录).
     */
    method?: 'unified-entry' | 'unified-user' | 'single-sign-on';
  };
  /**
   * 接入生态环境互联网政务服务门户。
   *
   * Connection to the internet government service portal (接入生态环境互联网政务服务门户).
   */
  internetPortal?: {
    /**
     * 系统是否接入生态环境互联网政务服务门户。
     *
     * The system connects to the internet service portal.
     */
    connect: boolean;
    /**
     * 已接入。
     *
     * Already connected.
     */
    alreadyConnected?: boolean;
  };
  /**
   * 迁移上云：迁移至环保云。
   *
   * Migration to the environmental protection cloud (迁移上云).
   */
  cloud: {
    /**
     * 系统是否迁移至环保云。
     *
     * The system migrates to the cloud (系统是否迁移至环保云).
     */
    migrate: boolean;
    /**
     * 已在云上。
     *
     * Already on the cloud (已在云上).
     */
    alreadyOnCloud?: boolean;
    /**
     * 系统硬件设备是否迁入部数据中心机房。
     *
     * The system's hardware moves into the ministry data center (系统硬件设备是否迁入部数据中心机房).
     */
    hardwareToMinistryDataCenter?: boolean;
  };
  /**
   * 网站是否迁移至部网站群。
   *
   * Website migration to the ministry website cluster (网站是否迁移至部网站群).
   */
  websiteCluster: {
    /**
     * 网站是否迁移至部网站群。
     *
     * The website moves to the website cluster.
     */
    migrate: boolean;
    /**
     * 已在部网站群上。
     *
     * Already in the website cluster (已在部网站群上).
     */
    alreadyInCluster?: boolean;
  };
}
/**
 * 生态环境信息资源目录（“一个目录”）中的一个条目。
 *
 * One entry of the environmental information resource catalog (一个目录).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "dataResource".
 */
export interface DataResource {
  /**
   * 数据资源的名称。“一数一源”：其他系统不得提供同名的资源。
   *
   * Name of the data resource (名称). One data item, one source: no other system may provide a resource of the same name.
   */
  name: string;
  /**
   * 信息资源代码，按《政务信息资源目录编制指南》（发改高技〔2017〕1272号）的形式：先是分类码——类为 3（部门目录），项（2 位）和目（3 位）为本部的编码，细目（5 位）为提供系统的序号——再是 `/` 和系统内 4 位的顺序码，如 `30300000049/0001`。由导入程序（或由单位按下一个未用的顺序码）一次分配；一经发布不再改变，无论资源或系统改成什么名称；在所有清单中唯一。
   *
   * Catalog code (信息资源代码) in the form of the catalog compilation guide (政务信息资源目录编制指南, 发改高技〔2017〕1272号): the classification code — class (类) 3, a department's catalog; item (项, 2 digits) and heading (目, 3 digits) of the ministry; the providing system's inventory number as the sub-heading (细目, 5 digits) — then `/` and a 4-digit sequence number within the system (顺序码), e.g. `30300000049/0001`. Assigned once by the importer (or by the unit, with the next free sequence number); it never changes once published, whatever the resource or the system is renamed to, and is unique across all manifests.
   */
  catalogCode: string;
  catalogClass: CatalogClass;
  /**
   * 格式：database（数据库表）、spreadsheet（电子表格）、document（文档）、spatial（空间数据）、imagery（影像）、stream（实时数据流）、api（接口）。
   *
   * Format (格式): database (数据库表), spreadsheet (电子表格), document (文档), spatial (空间数据), imagery (影像), stream (实时数据流), api (接口).
   */
  format: 'database' | 'spreadsheet' | 'document' | 'spatial' | 'imagery' | 'stream' | 'api';
  /**
   * 内容描述。
   *
   * Content description (内容描述).
   */
  description: string;
  /**
   * 提供部门。
   *
   * Providing unit (提供部门).
   */
  providingUnit: string;
  /**
   * 更新周期。
   *
   * Update cycle (更新周期).
   */
  updateCycle: 'real-time' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'irregular';
  /**
   * 发布日期，格式 YYYY-MM-DD。
   *
   * Publication date (发布日期), YYYY-MM-DD.
   */
  publishedOn: string;
  /**
   * 资源最近一次变更的日期（最近变更日期），格式 YYYY-MM-DD：数据最近一次更新、系统上线或升级、所依据的法律法规修订或提供单位职能发生变化之日。可选。与 `updateCycle` 一起判断资源是否过期未更新（`catalog-update-cycle-stale`）；其目录条目应在此日起15个工作日内重新发布（《共享办法》第12条，`catalog-published-in-time`）。
   *
   * The day the resource last changed (最近变更日期), YYYY-MM-DD: its data were last updated, its system went live or was upgraded, the laws it rests on were revised or the providing unit's functions changed. Optional. With `updateCycle` it tells whether the resource is stale (`catalog-update-cycle-stale`); its catalog entry is published again within 15 working days of it (rules art. 12, `catalog-published-in-time`).
   */
  lastChangedOn?: string;
  /**
   * 目录条目最近一次发布到环境信息资源中心的日期（最近发布日期），格式 YYYY-MM-DD，不早于 `publishedOn`。可选；不写时，最近一次发布即在 `publishedOn`。
   *
   * The day the catalog entry was last published to the resource center (最近发布日期), YYYY-MM-DD; on or after `publishedOn`. Optional; when absent the entry was last published on `publishedOn`.
   */
  lastPublishedOn?: string;
  /**
   * 由部内多个司局、单位共同建设的资源的共同建设单位（《共享办法》第13条）。可选；写了它，就要用 `leadUnit` 指明负责编制并维护目录条目的牵头单位。
   *
   * The units that built the resource together (共同建设单位), when several did (rules art. 13). Optional; with it, `leadUnit` names the one that compiles and maintains the catalog entry.
   *
   * @minItems 2
   *
   * Items: 一个共同建设单位。
   *
   * A building unit.
   */
  jointlyBuiltBy?: [string, string, ...string[]];
  /**
   * 共同建设的资源的牵头司局、单位（《共享办法》第13条）：须为 `jointlyBuiltBy` 之一；由它负责编制目录条目并定期更新、维护。
   *
   * The lead unit of a jointly built resource (牵头司局、单位, rules art. 13): one of `jointlyBuiltBy`; it compiles the catalog entry and keeps it up to date.
   */
  leadUnit?: string;
  /**
   * 基础信息（《共享办法》第14条）：spatial-geographic（空间地理信息）或 public-code（公共代码）。可选；基础信息由部信息中心负责目录编制并定期更新、维护，其 `providingUnit` 为信息中心。
   *
   * Base data (基础信息, rules art. 14): spatial-geographic (空间地理信息) or public-code (公共代码). Optional; base data is catalogued and maintained by the information center (信息中心), its `providingUnit`.
   */
  baseData?: 'spatial-geographic' | 'public-code';
  sharing: Sharing;
  /**
   * 共享方式：query（数据查询）、bulk-download（批量下载）、system-integration（系统对接）。
   *
   * Sharing methods (共享方式): query (数据查询), bulk-download (批量下载), system-integration (系统对接).
   *
   * Items: 一种共享方式。
   *
   * A sharing method.
   */
  methods: ('query' | 'bulk-download' | 'system-integration')[];
  /**
   * 开放属性：open（向社会开放）、restricted（依申请开放）、closed（不向社会开放）。
   *
   * Openness to the public (开放属性): open (向社会开放), restricted (依申请开放), closed (不向社会开放).
   */
  openness: 'open' | 'restricted' | 'closed';
  /**
   * 使用要求（《共享办法》第17条）：administrative-basis（作为行政依据）、work-reference（用于工作参考）、data-verification（用于数据校核）、business-collaboration（业务协同）。
   *
   * Usage requirements (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * Items: 一项使用要求。
   *
   * A usage requirement.
   */
  usage: ('administrative-basis' | 'work-reference' | 'data-verification' | 'business-collaboration')[];
}
/**
 * 共享类型与条件。
 *
 * Sharing terms (共享类型与条件).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "sharing".
 */
export interface Sharing {
  type: SharingType;
  /**
   * 共享条件；有条件共享时必填（《共享办法》第17条）。
   *
   * Sharing conditions (共享条件); required for conditional sharing (rules art. 17).
   */
  conditions?: string;
  /**
   * 共享范围：哪些单位可以获取该数据；有条件共享时必填（《共享办法》第17条）。
   *
   * Sharing scope (共享范围): who may receive the data; required for conditional sharing (rules art. 17).
   */
  scope?: string;
  legalBasis?: LegalBasis;
}
/**
 * 数据不予共享的书面依据（《共享办法》第18条），或对应予无条件共享的数据只作有条件共享的依据（第16条）。只有法律、行政法规或党中央、国务院文件才是第18条所说层级的依据；envcloud 要求写成结构化的记录，以便检查其层级。
 *
 * The written basis (依据) for not sharing data (rules art. 18), or for sharing only on conditions data that must be shared without conditions (rules art. 16). Only a law (法律), an administrative regulation (行政法规) or a document of the Party Central Committee or the State Council (党中央、国务院文件) is a basis of the level rules art. 18 names; envcloud: a structured record, so that the level can be checked.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export interface LegalBasis {
  kind: LegalBasisKind;
  /**
   * 发布机关，如全国人民代表大会常务委员会、国务院、中共中央办公厅。
   *
   * The body that issued it (发布机关), e.g. 全国人民代表大会常务委员会, 国务院, 中共中央办公厅.
   */
  issuer: string;
  /**
   * 名称，不加书名号，如中华人民共和国保守国家秘密法。
   *
   * Its title (名称), without book-title marks, e.g. 中华人民共和国保守国家秘密法.
   */
  title: string;
  /**
   * 文号，如主席令第二十八号或国发〔2016〕51号。
   *
   * Its document number (文号), e.g. 主席令第二十八号 or 国发〔2016〕51号.
   */
  documentNumber: string;
  /**
   * 所依据的条款，按该文件自己的编号写。
   *
   * The article or clause relied on (条款), numbered as the document numbers it.
   */
  article: string;
}
/**
 * 云上部署：系统在环保云平台上的部署位置和方式。
 *
 * Where and how the system runs on the cloud platform (云上部署).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "placement".
 */
export interface Placement {
  pool: Pool;
  /**
   * 系统的容器化工作负载。
   *
   * Containerised workloads of the system.
   *
   * @maxItems 50
   */
  workloads?: Workload[];
  storage?: Storage;
  database?: Database;
  website?: Website;
}
/**
 * 一个容器化工作负载（Deployment 和 Service）。
 *
 * A containerised workload (Deployment and Service).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "workload".
 */
export interface Workload {
  /**
   * 工作负载在系统内的名称（DNS 标签）。
   *
   * Workload name within the system (DNS label).
   */
  name: string;
  /**
   * 容器镜像引用，须带明确的标签或摘要，如 `registry.envcloud.example/unit/app:1.2.3`。
   *
   * Container image reference with an explicit tag or digest, e.g. `registry.envcloud.example/unit/app:1.2.3`.
   */
  image: string;
  /**
   * 副本数。
   *
   * Number of replicas.
   */
  replicas: number;
  /**
   * 每个副本的 CPU，按 Kubernetes 数量的写法：`500m`、`1`、`2.5`。
   *
   * CPU per replica as a Kubernetes quantity: `500m`, `1`, `2.5`.
   */
  cpu: string;
  /**
   * 每个副本的内存，按 Kubernetes 数量的写法：`512Mi`、`2Gi`。
   *
   * Memory per replica as a Kubernetes quantity: `512Mi`, `2Gi`.
   */
  memory: string;
  /**
   * Service 对外提供的容器端口，至少一个。
   *
   * Container ports the Service exposes, at least one (Kubernetes refuses a Service without a port).
   *
   * @minItems 1
   * @maxItems 20
   */
  ports: [Port, ...Port[]];
  exposure: Exposure;
}
/**
 * 一个容器端口。
 *
 * A container port.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "port".
 */
export interface Port {
  /**
   * 端口号。
   *
   * Port number.
   */
  port: number;
  /**
   * 协议（默认 TCP）。
   *
   * Protocol (default TCP).
   */
  protocol?: 'TCP' | 'UDP';
}
/**
 * 系统所需的存储。
 *
 * Storage the system needs.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "storage".
 */
export interface Storage {
  /**
   * 对象存储桶。
   *
   * Object-storage buckets.
   *
   * @maxItems 20
   */
  object?: Bucket[];
  /**
   * 块存储卷。
   *
   * Block volumes.
   *
   * @maxItems 20
   */
  block?: Volume[];
}
/**
 * 一个对象存储桶。
 *
 * An object-storage bucket.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "bucket".
 */
export interface Bucket {
  /**
   * 存储桶在系统内的名称（DNS 标签）。
   *
   * Bucket name within the system (DNS label).
   */
  name: string;
  /**
   * 预计大小，单位 GiB。
   *
   * Expected size in GiB.
   */
  sizeGiB: number;
}
/**
 * 一个块存储卷。
 *
 * A block volume.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "volume".
 */
export interface Volume {
  /**
   * 存储卷在系统内的名称（DNS 标签）。
   *
   * Volume name within the system (DNS label).
   */
  name: string;
  /**
   * 大小，单位 GiB；一个卷最大 16384 GiB（16 TiB，云上 gp3 块存储卷的上限），更大的数据请分成多个卷或用对象存储。
   *
   * Size in GiB; at most 16384 GiB (16 TiB, the most an AWS gp3 volume holds) a volume: split larger data into volumes, or use object storage.
   */
  sizeGiB: number;
}
/**
 * 托管的关系型数据库。
 *
 * Managed relational database.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "database".
 */
export interface Database {
  /**
   * 数据库引擎。
   *
   * Database engine.
   */
  engine: 'postgresql' | 'mysql';
  /**
   * 数据库引擎的主版本号，如 `16` 或 `8.0`。
   *
   * Engine major version, e.g. `16` or `8.0`.
   */
  version?: string;
  /**
   * 分配的存储空间，单位 GiB。
   *
   * Allocated storage in GiB.
   */
  sizeGiB: number;
}
/**
 * 网站在部网站群中的设置。
 *
 * Website settings in the ministry website cluster (部网站群).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "website".
 */
export interface Website {
  /**
   * 网站对外服务所用的主机名。
   *
   * Host name the site is served at.
   */
  domain: string;
  /**
   * 网站内容的大小，单位 GiB。
   *
   * Size of the site's content in GiB.
   */
  contentSizeGiB?: number;
}
/**
 * 系统退役前的数据归档计划（数据不丢失）：数据存往何处，保存多久。
 *
 * Archive plan for the system's data before it is retired (数据不丢失): where the data goes and how long it is kept.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "archive".
 */
export interface Archive {
  /**
   * 数据归档的去处：环境信息资源中心。
   *
   * Where the data is archived: the environmental information resource center.
   */
  destination: 'resource-center';
  /**
   * 归档保存的年数。
   *
   * Years the archive is kept.
   */
  retentionYears: number;
  /**
   * 待归档数据的大小，单位 GiB。
   *
   * Size of the data to archive in GiB.
   */
  sizeGiB?: number;
}
/**
 * 安全保障：网络安全等级保护和备份容灾。
 *
 * Security and resilience (安全保障).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "protection".
 */
export interface Protection {
  /**
   * 网络安全等级保护 2.0 的等保级别（GB/T 22239-2019），第 1 至 4 级。
   *
   * Classified protection level under MLPS 2.0 (等保级别, GB/T 22239-2019), 1 to 4.
   */
  mlpsLevel: number;
  /**
   * 在“两地三中心”架构中的备份级别，以及单位要求的恢复目标。
   *
   * Backup tier in the two-locations-three-centers topology (两地三中心) and the targets the unit needs.
   */
  backup: {
    tier: BackupTier;
    /**
     * 单位要求的恢复点目标（RPO），单位为分钟。
     *
     * Recovery point objective the unit needs, in minutes.
     */
    rpoMinutes?: number;
    /**
     * 单位要求的恢复时间目标（RTO），单位为分钟。
     *
     * Recovery time objective the unit needs, in minutes.
     */
    rtoMinutes?: number;
  };
}
/**
 * 迁移计划。
 *
 * Migration schedule (迁移计划).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "schedule".
 */
export interface Schedule {
  /**
   * 迁移批次，第 1 批最先迁移。
   *
   * Migration wave (批次), 1 first.
   */
  wave: number;
  /**
   * 完成时限，格式 YYYY-MM-DD。
   *
   * Deadline (完成时限), YYYY-MM-DD.
   */
  deadline: string;
  status: MigrationStatus;
  /**
   * 迁移完成的日期，格式 YYYY-MM-DD；状态为 completed 时必填，也只在此时填写（整合建议为 already-integrated 的系统除外：它在本方案之前已完成整合）。报告按 --as-of 统计时，只计入此日或之前完成的系统。
   *
   * The day the migration was completed, YYYY-MM-DD; required when status is completed, and only then (except a system whose outcome is already-integrated: it was integrated before the plan). A report as of a day counts only the systems completed by that day.
   */
  completedOn?: string;
  /**
   * 迁移受阻的原因及负责解除受阻的责任人；状态为 blocked 时必填，也只在此时填写。
   *
   * Why the migration is blocked and who clears it (受阻原因及责任人); required when status is blocked, and only then.
   */
  blocked?: {
    /**
     * 迁移受阻的原因。
     *
     * What blocks the migration (受阻原因).
     */
    reason: string;
    /**
     * 责任人：负责解除受阻的个人或单位。
     *
     * Who clears the block: a person or a unit (责任人).
     */
    owner: string;
  };
}
/**
 * 信息化建设项目备案（见实施方案§三(三).11）。
 *
 * Project filing (项目备案, plan §三(三).11).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "project".
 */
export interface Project {
  /**
   * 项目名称。
   *
   * Project name (项目名称).
   */
  name: string;
  /**
   * 建设单位。
   *
   * Building unit (建设单位).
   */
  buildingUnit: string;
  /**
   * 投资额度，单位万元。
   *
   * Investment in 10,000 yuan (投资额度, 万元).
   */
  investmentWanYuan?: number;
  /**
   * 每年的运维费用，单位万元。
   *
   * Yearly operation and maintenance cost in 10,000 yuan (运维费用, 万元).
   */
  annualOmCostWanYuan?: number;
  /**
   * 经费渠道：fiscal-investment（财政性资金投资建设）、enterprise-cooperation（与社会企业联合建设）、purchased-service（向社会采购服务）、fiscal-maintenance（财政性资金运行维护）。
   *
   * Funding channel (经费渠道): fiscal-investment (财政性资金投资建设), enterprise-cooperation (与社会企业联合建设), purchased-service (向社会采购服务), fiscal-maintenance (财政性资金运行维护).
   */
  fundingChannel: 'fiscal-investment' | 'enterprise-cooperation' | 'purchased-service' | 'fiscal-maintenance';
}
