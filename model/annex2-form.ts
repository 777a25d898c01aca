import type { BusinessSystem, SystemMigration } from './domain';
import { BUSINESS_SYSTEM_NAMES } from './domain';

/**
 * The Annex 2 opinion form (附2 信息系统整合共享部门意见表), worded as the plan prints it: each unit fills
 * one for all its systems (plan §三(二).6: 完成填写本单位所有系统的整合共享部门意见表（…部门意见表格式见附2）).
 * Its header asks 部门名称 (with the unit's seal, 盖章) and 填表时间; one row per system; the columns
 * below, grouped under 系 统 整 合 意 见 as the form groups them. The answers come from each manifest's
 * `spec.integration` and `spec.disposition`.
 */
export const ANNEX2_FORM = {
  annex: '附 2',
  title: '信息系统整合共享部门意见表',
  unitLabel: '部门名称:',
  sealNote: '(盖章)',
  filledOnLabel: '填表时间:',
  opinionsHeading: '系 统 整 合 意 见',
} as const;

export type Annex2ColumnId =
  | 'number'
  | 'name'
  | 'zombie'
  | 'resourceCenter'
  | 'resourceCenterMethod'
  | 'sharingType'
  | 'extranetPortal'
  | 'extranetPortalMethod'
  | 'internetPortal'
  | 'cloud'
  | 'hardware'
  | 'websiteCluster'
  | 'businessSystem'
  | 'notIntegratedReason';

export interface Annex2Column {
  id: Annex2ColumnId;
  /** The column's heading, verbatim from the form. */
  label: string;
  /** The group heading above it under 系 统 整 合 意 见; none for 序号, 系统名称 and 不予整合. */
  group?: '清理下线' | '数据整合' | '接入门户' | '迁移上云' | '业务协同';
}

/** The form's columns, in its order, with its wording. */
export const ANNEX2_COLUMNS: readonly Annex2Column[] = [
  { id: 'number', label: '序号' },
  { id: 'name', label: '系统名称' },
  { id: 'zombie', label: '是否作为“僵尸系统”清理下线', group: '清理下线' },
  { id: 'resourceCenter', label: '是否接入环境信息资源中心(已接入的请注明)', group: '数据整合' },
  { id: 'resourceCenterMethod', label: '接入方式(文件上传/接口抽取/数据交换)', group: '数据整合' },
  { id: 'sharingType', label: '数据共享类型(无条件共享/有条件共享/不予共享)', group: '数据整合' },
  {
    id: 'extranetPortal',
    label: '是否接入生态环境外网业务管理门户(已接入部电子政务信息交换平台的请注明)',
    group: '接入门户',
  },
  { id: 'extranetPortalMethod', label: '接入外网门户方式(统一入口/统一用户/单点登录)', group: '接入门户' },
  // The form repeats the extranet portal's wording in this third portal column; the plan's other portal is
  // the internet service portal (§三(二).8), which this column is filled from (spec.integration.internetPortal).
  { id: 'internetPortal', label: '是否接入生态环境外网业务管理门户', group: '接入门户' },
  { id: 'cloud', label: '系统是否迁移至环保云(已在云上的请注明)', group: '迁移上云' },
  { id: 'hardware', label: '系统硬件设备是否迁入部数据中心机房', group: '迁移上云' },
  { id: 'websiteCluster', label: '网站是否迁移至部网站群(已在部网站群上的请注明)', group: '迁移上云' },
  { id: 'businessSystem', label: '是否纳入八大业务系统之一(请注明业务系统名称)', group: '业务协同' },
  { id: 'notIntegratedReason', label: '不予整合 (请详细说明理由)' },
];

const YES = '是';
const NO = '否';
const METHODS = { 'file-upload': '文件上传', 'interface-extraction': '接口抽取', 'data-exchange': '数据交换' } as const;
const SHARING = { unconditional: '无条件共享', conditional: '有条件共享', 'not-shared': '不予共享' } as const;
const PORTAL_METHODS = {
  'unified-entry': '统一入口',
  'unified-user': '统一用户',
  'single-sign-on': '单点登录',
} as const;

/** A system's answers on the form, one cell per column, in the form's words (是/否, the noted 已… cases). */
export function annex2Row(manifest: SystemMigration): Record<Annex2ColumnId, string> {
  const { integration, disposition } = manifest.spec;
  const { resourceCenter, extranetPortal, internetPortal, cloud, websiteCluster } = integration;
  const businessSystem = disposition.outcome === 'merge' ? disposition.businessSystem : undefined;
  return {
    number: String(manifest.metadata.number),
    name: manifest.metadata.name,
    zombie: integration.zombie ? YES : NO,
    resourceCenter: resourceCenter.alreadyOnboarded ? `${YES}(已接入)` : resourceCenter.onboard ? YES : NO,
    resourceCenterMethod: resourceCenter.onboard && resourceCenter.method ? METHODS[resourceCenter.method] : '',
    sharingType: resourceCenter.onboard && resourceCenter.sharingType ? SHARING[resourceCenter.sharingType] : '',
    extranetPortal: extranetPortal.alreadyConnected
      ? `${YES}(已接入部电子政务信息交换平台)`
      : extranetPortal.connect
        ? YES
        : NO,
    extranetPortalMethod: extranetPortal.connect && extranetPortal.method ? PORTAL_METHODS[extranetPortal.method] : '',
    internetPortal: internetPortal?.alreadyConnected ? `${YES}(已接入)` : internetPortal?.connect ? YES : NO,
    cloud: cloud.alreadyOnCloud ? `${YES}(已在云上)` : cloud.migrate ? YES : NO,
    hardware: cloud.hardwareToMinistryDataCenter ? YES : NO,
    websiteCluster: websiteCluster.alreadyInCluster ? `${YES}(已在部网站群上)` : websiteCluster.migrate ? YES : NO,
    businessSystem: businessSystem ? `${YES}(${BUSINESS_SYSTEM_NAMES[businessSystem as BusinessSystem]})` : NO,
    notIntegratedReason: disposition.outcome === 'exempt' ? (disposition.reason ?? '') : '',
  };
}
