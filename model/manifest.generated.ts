/* Generated from schema/system-migration.v1.schema.json by `npm run gen:types`. Do not edit. */

/**
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
 * Sharing type (共享类型, rules art. 15): unconditional (无条件共享), conditional (有条件共享), not-shared (不予共享).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "sharingType".
 */
export type SharingType = 'unconditional' | 'conditional' | 'not-shared';
/**
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
 * Resource pool (资源池): central (中心资源池), environmental-monitoring (环境监测), satellite-remote-sensing (卫星遥感), nuclear-safety (核安全).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "pool".
 */
export type Pool = 'central' | 'environmental-monitoring' | 'satellite-remote-sensing' | 'nuclear-safety';
/**
 * Network zone the workload is reachable from: internal (platform only), extranet (government extranet, 电子政务外网), internet (public).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "exposure".
 */
export type Exposure = 'internal' | 'extranet' | 'internet';
/**
 * gold (RPO 15 min, RTO 1 h; replica in the remote center), silver (RPO 24 h, RTO 8 h; copies to both backup centers), bronze (RPO 7 d, RTO 72 h; weekly copy to the remote center), none (nothing to back up).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "backupTier".
 */
export type BackupTier = 'gold' | 'silver' | 'bronze' | 'none';
/**
 * Migration state (迁移状态): not-started (未开始) → planned (已排期) → migrating (迁移中) → cut-over (已割接) → completed (已完成); blocked (受阻) from any state but completed, with spec.schedule.blocked saying why and who clears it. `envcloud validate --baseline-dir` checks each change against the legal transitions.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "migrationStatus".
 */
export type MigrationStatus = 'not-started' | 'planned' | 'migrating' | 'cut-over' | 'completed' | 'blocked';
/**
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
 * Migration manifest of one government information system onto the environmental protection cloud (环保云平台): its identity, its disposition under Annex 1, the answers of the Annex 2 opinion form, its data resources, cloud placement, protection, schedule and project filing.
 */
export interface SystemMigration {
  /**
   * Manifest format version. Always `envcloud/v1`.
   */
  apiVersion: 'envcloud/v1';
  /**
   * Manifest kind. Always `SystemMigration`.
   */
  kind: 'SystemMigration';
  metadata: Metadata;
  spec: Spec;
}
/**
 * Identity of the system (系统标识).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "metadata".
 */
export interface Metadata {
  /**
   * Inventory number (序号): 1–182 for the systems of Annex 1; new systems take the next free number.
   */
  number: number;
  /**
   * Official Chinese name of the system (系统名称), as in Annex 1.
   */
  name: string;
  /**
   * DNS-safe identifier (RFC 1123 label: lower-case letters, digits and '-', at most 63 characters) used for namespaces, resource names and host names. To rename a system, change it and add the old slug to previousSlugs.
   */
  slug: string;
  /**
   * Slugs the system had before, oldest first. Its resources keep their identity (Pulumi aliases), and its Kubernetes objects keep the names and selectors of the oldest slug, so a rename replaces nothing.
   *
   * Items: An earlier slug of this system.
   */
  previousSlugs?: string[];
  /**
   * Unit that manages the system (系统管理单位). Several units are joined with '、'.
   */
  managingUnit: string;
  /**
   * Unit that reported the system in the 2017 survey (系统填报单位).
   */
  reportingUnit: string;
  contact: Contact;
  /**
   * Fields the importer filled with defaults (dot paths such as `spec.placement.pool`). The unit confirms each one and removes it from this list.
   *
   * Items: Dot path of a defaulted field.
   */
  defaulted?: string[];
}
/**
 * Person responsible for the migration in the managing unit (联系人).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * Contact person's name.
   */
  name: string;
  /**
   * Contact e-mail address.
   */
  email?: string;
  /**
   * Contact telephone number (digits, spaces, '+', '-' and parentheses).
   */
  phone?: string;
}
/**
 * What happens to the system and how it runs on the platform.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "spec".
 */
export interface Spec {
  disposition: Disposition;
  integration: Integration;
  /**
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
 * Integration outcome for the system (整合建议, Annex 1).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "disposition".
 */
export interface Disposition {
  outcome: Outcome;
  /**
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
   * Detailed reason when the system is not integrated (不予整合理由). Required when outcome is exempt.
   */
  reason?: string;
  /**
   * The recommendation text of Annex 1, verbatim (整合建议), kept for traceability.
   */
  annex1Recommendation?: string;
}
/**
 * Answers to the Annex 2 opinion form (信息系统整合共享部门意见表).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "integration".
 */
export interface Integration {
  /**
   * Decommissioned as a zombie system (是否作为“僵尸系统”清理下线).
   */
  zombie: boolean;
  /**
   * Data integration with the environmental information resource center (数据整合).
   */
  resourceCenter: {
    /**
     * Data is onboarded to the resource center (是否接入环境信息资源中心).
     */
    onboard: boolean;
    /**
     * Already onboarded (已接入).
     */
    alreadyOnboarded?: boolean;
    /**
     * Onboarding method (接入方式): file-upload (文件上传), interface-extraction (接口抽取), data-exchange (数据交换).
     */
    method?: 'file-upload' | 'interface-extraction' | 'data-exchange';
    /**
     * Sharing type of the system's data as a whole (数据共享类型).
     */
    sharingType?: 'unconditional' | 'conditional' | 'not-shared';
  };
  /**
   * Connection to the extranet business portal (接入生态环境外网业务管理门户).
   */
  extranetPortal: {
    /**
     * The system connects to the extranet business portal.
     */
    connect: boolean;
    /**
     * Already connected through the e-government information exchange platform (已接入部电子政务信息交换平台).
     */
    alreadyConnected?: boolean;
    /**
     * Connection method (接入外网门户方式): unified-entry (统一入口), unified-user (统一用户), single-sign-on (单点登录).
     */
    method?: 'unified-entry' | 'unified-user' | 'single-sign-on';
  };
  /**
   * Connection to the internet government service portal (接入生态环境互联网政务服务门户).
   */
  internetPortal?: {
    /**
     * The system connects to the internet service portal.
     */
    connect: boolean;
    /**
     * Already connected.
     */
    alreadyConnected?: boolean;
  };
  /**
   * Migration to the environmental protection cloud (迁移上云).
   */
  cloud: {
    /**
     * The system migrates to the cloud (系统是否迁移至环保云).
     */
    migrate: boolean;
    /**
     * Already on the cloud (已在云上).
     */
    alreadyOnCloud?: boolean;
    /**
     * The system's hardware moves into the ministry data center (系统硬件设备是否迁入部数据中心机房).
     */
    hardwareToMinistryDataCenter?: boolean;
  };
  /**
   * Website migration to the ministry website cluster (网站是否迁移至部网站群).
   */
  websiteCluster: {
    /**
     * The website moves to the website cluster.
     */
    migrate: boolean;
    /**
     * Already in the website cluster (已在部网站群上).
     */
    alreadyInCluster?: boolean;
  };
}
/**
 * One entry of the environmental information resource catalog (一个目录).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "dataResource".
 */
export interface DataResource {
  /**
   * Name of the data resource (名称). One data item, one source: no other system may provide a resource of the same name.
   */
  name: string;
  /**
   * Catalog code (信息资源代码) in the form of the catalog compilation guide (政务信息资源目录编制指南, 发改高技〔2017〕1272号): the classification code — class (类) 3, a department's catalog; item (项, 2 digits) and heading (目, 3 digits) of the ministry; the providing system's inventory number as the sub-heading (细目, 5 digits) — then `/` and a 4-digit sequence number within the system (顺序码), e.g. `30300000049/0001`. Assigned once by the importer (or by the unit, with the next free sequence number); it never changes once published, whatever the resource or the system is renamed to, and is unique across all manifests.
   */
  catalogCode: string;
  catalogClass: CatalogClass;
  /**
   * Format (格式): database (数据库表), spreadsheet (电子表格), document (文档), spatial (空间数据), imagery (影像), stream (实时数据流), api (接口).
   */
  format: 'database' | 'spreadsheet' | 'document' | 'spatial' | 'imagery' | 'stream' | 'api';
  /**
   * Content description (内容描述).
   */
  description: string;
  /**
   * Providing unit (提供部门).
   */
  providingUnit: string;
  /**
   * Update cycle (更新周期).
   */
  updateCycle: 'real-time' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'irregular';
  /**
   * Publication date (发布日期), YYYY-MM-DD.
   */
  publishedOn: string;
  /**
   * The day the resource last changed (最近变更日期), YYYY-MM-DD: its data were last updated, its system went live or was upgraded, the laws it rests on were revised or the providing unit's functions changed. Optional. With `updateCycle` it tells whether the resource is stale (`catalog-update-cycle-stale`); its catalog entry is published again within 15 working days of it (rules art. 12, `catalog-published-in-time`).
   */
  lastChangedOn?: string;
  /**
   * The day the catalog entry was last published to the resource center (最近发布日期), YYYY-MM-DD; on or after `publishedOn`. Optional; when absent the entry was last published on `publishedOn`.
   */
  lastPublishedOn?: string;
  /**
   * The units that built the resource together (共同建设单位), when several did (rules art. 13). Optional; with it, `leadUnit` names the one that compiles and maintains the catalog entry.
   *
   * @minItems 2
   *
   * Items: A building unit.
   */
  jointlyBuiltBy?: [string, string, ...string[]];
  /**
   * The lead unit of a jointly built resource (牵头司局、单位, rules art. 13): one of `jointlyBuiltBy`; it compiles the catalog entry and keeps it up to date.
   */
  leadUnit?: string;
  /**
   * Base data (基础信息, rules art. 14): spatial-geographic (空间地理信息) or public-code (公共代码). Optional; base data is catalogued and maintained by the information center (信息中心), its `providingUnit`.
   */
  baseData?: 'spatial-geographic' | 'public-code';
  sharing: Sharing;
  /**
   * Sharing methods (共享方式): query (数据查询), bulk-download (批量下载), system-integration (系统对接).
   *
   * Items: A sharing method.
   */
  methods: ('query' | 'bulk-download' | 'system-integration')[];
  /**
   * Openness to the public (开放属性): open (向社会开放), restricted (依申请开放), closed (不向社会开放).
   */
  openness: 'open' | 'restricted' | 'closed';
  /**
   * Usage requirements (使用要求, rules art. 17): administrative-basis (作为行政依据), work-reference (用于工作参考), data-verification (用于数据校核), business-collaboration (业务协同).
   *
   * Items: A usage requirement.
   */
  usage: ('administrative-basis' | 'work-reference' | 'data-verification' | 'business-collaboration')[];
}
/**
 * Sharing terms (共享类型与条件).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "sharing".
 */
export interface Sharing {
  type: SharingType;
  /**
   * Sharing conditions (共享条件); required for conditional sharing (rules art. 17).
   */
  conditions?: string;
  /**
   * Sharing scope (共享范围): who may receive the data; required for conditional sharing (rules art. 17).
   */
  scope?: string;
  legalBasis?: LegalBasis;
}
/**
 * The written basis (依据) for not sharing data (rules art. 18), or for sharing only on conditions data that must be shared without conditions (rules art. 16). Only a law (法律), an administrative regulation (行政法规) or a document of the Party Central Committee or the State Council (党中央、国务院文件) is a basis of the level rules art. 18 names; envcloud: a structured record, so that the level can be checked.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export interface LegalBasis {
  kind: LegalBasisKind;
  /**
   * The body that issued it (发布机关), e.g. 全国人民代表大会常务委员会, 国务院, 中共中央办公厅.
   */
  issuer: string;
  /**
   * Its title (名称), without book-title marks, e.g. 中华人民共和国保守国家秘密法.
   */
  title: string;
  /**
   * Its document number (文号), e.g. 主席令第二十八号 or 国发〔2016〕51号.
   */
  documentNumber: string;
  /**
   * The article or clause relied on (条款), numbered as the document numbers it.
   */
  article: string;
}
/**
 * Where and how the system runs on the cloud platform (云上部署).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "placement".
 */
export interface Placement {
  pool: Pool;
  /**
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
 * A containerised workload (Deployment and Service).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "workload".
 */
export interface Workload {
  /**
   * Workload name within the system (DNS label).
   */
  name: string;
  /**
   * Container image reference with an explicit tag or digest, e.g. `registry.envcloud.example/unit/app:1.2.3`.
   */
  image: string;
  /**
   * Number of replicas.
   */
  replicas: number;
  /**
   * CPU per replica as a Kubernetes quantity: `500m`, `1`, `2.5`.
   */
  cpu: string;
  /**
   * Memory per replica as a Kubernetes quantity: `512Mi`, `2Gi`.
   */
  memory: string;
  /**
   * Container ports the Service exposes.
   *
   * @maxItems 20
   */
  ports: Port[];
  exposure: Exposure;
}
/**
 * A container port.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "port".
 */
export interface Port {
  /**
   * Port number.
   */
  port: number;
  /**
   * Protocol (default TCP).
   */
  protocol?: 'TCP' | 'UDP';
}
/**
 * Storage the system needs.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "storage".
 */
export interface Storage {
  /**
   * Object-storage buckets.
   *
   * @maxItems 20
   */
  object?: Bucket[];
  /**
   * Block volumes.
   *
   * @maxItems 20
   */
  block?: Volume[];
}
/**
 * An object-storage bucket.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "bucket".
 */
export interface Bucket {
  /**
   * Bucket name within the system (DNS label).
   */
  name: string;
  /**
   * Expected size in GiB.
   */
  sizeGiB: number;
}
/**
 * A block volume.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "volume".
 */
export interface Volume {
  /**
   * Volume name within the system (DNS label).
   */
  name: string;
  /**
   * Size in GiB.
   */
  sizeGiB: number;
}
/**
 * Managed relational database.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "database".
 */
export interface Database {
  /**
   * Database engine.
   */
  engine: 'postgresql' | 'mysql';
  /**
   * Engine major version, e.g. `16` or `8.0`.
   */
  version?: string;
  /**
   * Allocated storage in GiB.
   */
  sizeGiB: number;
}
/**
 * Website settings in the ministry website cluster (部网站群).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "website".
 */
export interface Website {
  /**
   * Host name the site is served at.
   */
  domain: string;
  /**
   * Size of the site's content in GiB.
   */
  contentSizeGiB?: number;
}
/**
 * Archive plan for the system's data before it is retired (数据不丢失): where the data goes and how long it is kept.
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "archive".
 */
export interface Archive {
  /**
   * Where the data is archived: the environmental information resource center.
   */
  destination: 'resource-center';
  /**
   * Years the archive is kept.
   */
  retentionYears: number;
  /**
   * Size of the data to archive in GiB.
   */
  sizeGiB?: number;
}
/**
 * Security and resilience (安全保障).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "protection".
 */
export interface Protection {
  /**
   * Classified protection level under MLPS 2.0 (等保级别, GB/T 22239-2019), 1 to 4.
   */
  mlpsLevel: number;
  /**
   * Backup tier in the two-locations-three-centers topology (两地三中心) and the targets the unit needs.
   */
  backup: {
    tier: BackupTier;
    /**
     * Recovery point objective the unit needs, in minutes.
     */
    rpoMinutes?: number;
    /**
     * Recovery time objective the unit needs, in minutes.
     */
    rtoMinutes?: number;
  };
}
/**
 * Migration schedule (迁移计划).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "schedule".
 */
export interface Schedule {
  /**
   * Migration wave (批次), 1 first.
   */
  wave: number;
  /**
   * Deadline (完成时限), YYYY-MM-DD.
   */
  deadline: string;
  status: MigrationStatus;
  /**
   * Why the migration is blocked and who clears it (受阻原因及责任人); required when status is blocked, and only then.
   */
  blocked?: {
    /**
     * What blocks the migration (受阻原因).
     */
    reason: string;
    /**
     * Who clears the block: a person or a unit (责任人).
     */
    owner: string;
  };
}
/**
 * Project filing (项目备案, plan §三(三).11).
 *
 * This interface was referenced by `SystemMigration`'s JSON-Schema
 * via the `definition` "project".
 */
export interface Project {
  /**
   * Project name (项目名称).
   */
  name: string;
  /**
   * Building unit (建设单位).
   */
  buildingUnit: string;
  /**
   * Investment in 10,000 yuan (投资额度, 万元).
   */
  investmentWanYuan?: number;
  /**
   * Yearly operation and maintenance cost in 10,000 yuan (运维费用, 万元).
   */
  annualOmCostWanYuan?: number;
  /**
   * Funding channel (经费渠道): fiscal-investment (财政性资金投资建设), enterprise-cooperation (与社会企业联合建设), purchased-service (向社会采购服务), fiscal-maintenance (财政性资金运行维护).
   */
  fundingChannel: 'fiscal-investment' | 'enterprise-cooperation' | 'purchased-service' | 'fiscal-maintenance';
}
