import type { BusinessSystem, CatalogClass, SystemMigration } from './domain';

/**
 * The plan's dates and the milestones of its task breakdown (Annex 3, 工作任务分解表), in one place: the
 * wave planner judges deadlines against them and `envcloud waves status` reports what is overdue, with
 * the lead unit (牵头单位) of each. A month written “2017年10月底” is due on its last day.
 */
export interface Milestone {
  /** envcloud's id of the row, stable for JSON and tests. */
  id: string;
  /** The task's number in Annex 3 (序号). */
  item: number;
  /** Its key task (重点任务), verbatim. */
  task: string;
  /** Its work content (工作内容), verbatim. */
  content: string;
  /** The lead units (牵头单位), verbatim, one entry each. */
  leadUnits: readonly string[];
  /** Its deadline (完成时限) as written; rows left blank in the table take the one above. */
  dueText: string;
  /** The last day, YYYY-MM-DD; undefined for 长期 (ongoing). */
  due?: string;
  /** envcloud: the systems whose migration step this milestone covers; none for the tasks no manifest tracks. */
  covers?: (manifest: SystemMigration) => boolean;
}

// A step Annex 2 answers as already done (已接入, 已在部网站群上) is no task left, as the metrics count it
// achieved: `waves status` listed no. 17 open on the base-database milestone while metrics counted it onboarded.
const ONBOARDS = (manifest: SystemMigration, catalogClass: CatalogClass): boolean =>
  manifest.spec.integration.resourceCenter.onboard &&
  manifest.spec.integration.resourceCenter.alreadyOnboarded !== true &&
  (manifest.spec.dataResources ?? []).some((resource) => resource.catalogClass === catalogClass);
const TO_CLUSTER = (manifest: SystemMigration): boolean =>
  manifest.spec.disposition.outcome === 'website-cluster' &&
  manifest.spec.integration.websiteCluster.alreadyInCluster !== true;
const MERGED_INTO = (manifest: SystemMigration, businessSystem: BusinessSystem): boolean =>
  manifest.spec.disposition.outcome === 'merge' && manifest.spec.disposition.businessSystem === businessSystem;

/** The rows of Annex 3, in its order. */
export const ANNEX3_MILESTONES: readonly Milestone[] = [
  {
    id: 'data-survey',
    item: 1,
    task: '开展环境数据资源调查',
    content: '开展信息系统数据资源自查梳理，编制数据资源情况报告',
    leadUnits: ['办公厅'],
    dueText: '2017年11月底',
    due: '2017-11-30',
  },
  {
    id: 'catalog-published',
    item: 2,
    task: '制定生态环境信息资源目录',
    content: '编制并发布《生态环境信息资源目录》',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'catalog-upkeep',
    item: 2,
    task: '制定生态环境信息资源目录',
    content: '动态更新维护《生态环境信息资源目录》',
    leadUnits: ['办公厅'],
    dueText: '长期',
  },
  {
    id: 'base-db-quality',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '环境质量数据整合',
    leadUnits: ['监测司'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => ONBOARDS(m, 'environmental-quality'),
  },
  {
    id: 'base-db-pollution',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '污染源数据整合',
    leadUnits: ['排污许可证管理办公室'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => ONBOARDS(m, 'pollution-source'),
  },
  {
    id: 'base-db-ecology',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '生态保护数据整合',
    leadUnits: ['自然生态保护司'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => ONBOARDS(m, 'ecological-protection'),
  },
  {
    id: 'base-db-nuclear',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '核与辐射安全数据整合',
    leadUnits: ['核设施安全监管司', '核电安全监管司', '辐射源安全监管司'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => ONBOARDS(m, 'nuclear-radiation-safety'),
  },
  {
    id: 'base-db-management',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '综合管理数据整合',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => ONBOARDS(m, 'integrated-management'),
  },
  {
    id: 'national-sharing-platform',
    item: 3,
    task: '构建生态环境基础数据库',
    content: '将整合后的数据资源接入国家数据共享平台',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'sharing-rules',
    item: 4,
    task: '建立数据共享交换机制',
    content: '制定并发布《生态环境信息资源共享管理暂行办法》',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
  },
  {
    id: 'zombie-cleanup',
    item: 5,
    task: '清理“僵尸”信息系统',
    content: '对“僵尸”信息系统进行清理下线',
    leadUnits: ['办公厅'],
    dueText: '2017年10月底',
    due: '2017-10-31',
    covers: (m) => m.spec.disposition.outcome === 'decommission',
  },
  {
    id: 'opinion-forms',
    item: 6,
    task: '推动部门信息系统整合',
    content: '填写信息系统整合共享部门意见表',
    leadUnits: ['办公厅'],
    dueText: '2017年10月底',
    due: '2017-10-31',
  },
  {
    id: 'department-integration',
    item: 6,
    task: '推动部门信息系统整合',
    content: '部门分散信息系统整合',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => m.spec.disposition.outcome === 'merge',
  },
  {
    id: 'extranet-portal',
    item: 6,
    task: '推动部门信息系统整合',
    content: '生态环境外网业务管理门户建设',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => m.spec.integration.extranetPortal.connect && !m.spec.integration.extranetPortal.alreadyConnected,
  },
  {
    id: 'collab-air',
    item: 7,
    task: '促进核心业务应用协同',
    content: '大气环境管理协同',
    leadUnits: ['大气司'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'air'),
  },
  {
    id: 'collab-water',
    item: 7,
    task: '促进核心业务应用协同',
    content: '水环境管理协同',
    leadUnits: ['水司'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'water'),
  },
  {
    id: 'collab-soil',
    item: 7,
    task: '促进核心业务应用协同',
    content: '土壤环境管理协同',
    leadUnits: ['土壤司'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'soil'),
  },
  {
    id: 'collab-pollution',
    item: 7,
    task: '促进核心业务应用协同',
    content: '污染源管理协同',
    leadUnits: ['排污许可证管理办公室'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'pollution-source'),
  },
  {
    id: 'collab-enforcement',
    item: 7,
    task: '促进核心业务应用协同',
    content: '环境监察执法协同',
    leadUnits: ['环境监察局'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'inspection-enforcement'),
  },
  {
    id: 'collab-ecology',
    item: 7,
    task: '促进核心业务应用协同',
    content: '生态保护管理协同',
    leadUnits: ['自然生态保护司'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'ecological-protection'),
  },
  {
    id: 'collab-nuclear',
    item: 7,
    task: '促进核心业务应用协同',
    content: '核与辐射安全管理协同',
    leadUnits: ['核设施安全监管司', '核电安全监管司', '辐射源安全监管司'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'nuclear-radiation-safety'),
  },
  {
    id: 'collab-office',
    item: 7,
    task: '促进核心业务应用协同',
    content: '综合办公管理业务协同',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
    covers: (m) => MERGED_INTO(m, 'integrated-office'),
  },
  {
    id: 'internet-portal',
    item: 8,
    task: '建设互联网政务服务门户',
    content: '生态环境互联网政务服务门户建设',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) =>
      (m.spec.integration.internetPortal?.connect ?? false) && !m.spec.integration.internetPortal?.alreadyConnected,
  },
  {
    id: 'websites-to-cluster',
    item: 8,
    task: '建设互联网政务服务门户',
    content: '各单位门户网站迁入部网站群',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: TO_CLUSTER,
  },
  {
    id: 'data-center-rooms',
    item: 9,
    task: '加强环保云平台建设',
    content: '数据中心机房建设',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'pool-satellite',
    item: 9,
    task: '加强环保云平台建设',
    content: '卫星遥感专业资源池建设',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'pool-monitoring',
    item: 9,
    task: '加强环保云平台建设',
    content: '环境监测专业资源池建设',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'pool-nuclear',
    item: 9,
    task: '加强环保云平台建设',
    content: '核安全专业资源池建设',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
  },
  {
    id: 'same-city-center',
    item: 9,
    task: '加强环保云平台建设',
    content: '同城备份中心建设',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
  },
  {
    id: 'remote-center',
    item: 9,
    task: '加强环保云平台建设',
    content: '异地灾备中心建设',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
  },
  {
    id: 'cloud-migration',
    item: 10,
    task: '加快信息系统迁移上云',
    content: '将分散独立的信息系统及网站接入环保云和部网站群',
    leadUnits: ['办公厅'],
    dueText: '2017年12月底',
    due: '2017-12-31',
    covers: (m) => (m.spec.integration.cloud.migrate && !m.spec.integration.cloud.alreadyOnCloud) || TO_CLUSTER(m),
  },
  {
    id: 'project-rules',
    item: 11,
    task: '加强项目审核备案管理',
    content: '修订发布《环境保护部信息化建设项目管理暂行办法》及实施细则',
    leadUnits: ['办公厅'],
    dueText: '2018年6月底',
    due: '2018-06-30',
  },
];

/**
 * The plan's wave calendar as envcloud reads it: the importer's three waves end on the plan's three
 * dates (inventory/defaults.ts). Wave 1: the zombie clean-up, plan §三(二).5 (Annex 3: 2017年10月底).
 * Wave 2: the migration to the cloud, plan §三(三).10 (Annex 3: 2017年12月底). Wave 3: the items of June
 * 2018, such as the extranet portal of plan §三(二).6 (Annex 3: 2018年6月底). The planner may add waves.
 */
export const PLAN_WAVE_ENDS: readonly string[] = ['2017-10-31', '2017-12-31', '2018-06-30'];

/** Months between the end dates of waves added after the plan's last date. */
export const EXTRA_WAVE_MONTHS = 3;

/**
 * Annex 1 systems that are themselves a platform service other systems need (envcloud's reading of
 * Annex 1): no. 178, the ministry website cluster (环境保护部网站群), serves the sites moved into it;
 * no. 2, the environmental information resource center (环境信息资源中心), serves the data onboarded into it.
 */
export const PLATFORM_SERVICE_SYSTEMS: Readonly<Record<'website-cluster' | 'resource-center', number>> = {
  'website-cluster': 178,
  'resource-center': 2,
};
