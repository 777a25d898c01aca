/**
 * The managing units of a system. Annex 1 joins the units of a jointly managed system with '、'
 * (no. 11: 办公厅、行政体制与人事司): such a system belongs to each of them, never to a unit of that name.
 */
export function managingUnits(managingUnit: string): string[] {
  return managingUnit
    .split('、')
    .map((unit) => unit.trim())
    .filter((unit) => unit !== '');
}

/**
 * The units of the ministry as the 182-system inventory (Annex 1, `inventory/system-inventory.tsv`) names
 * them, managing and reporting, joint units apart. The reports count each unit a system names, so a unit
 * spelt another way made a unit of its own (rule `unit-in-inventory`); a new unit is added here.
 */
export const INVENTORY_UNITS: readonly string[] = [
  '中华环保联合会',
  '中国—东盟环境保护合作中心',
  '中国环境保护产业协会',
  '中国环境出版有限公司',
  '中国环境报社',
  '中国环境文化促进会',
  '中国环境监测总站',
  '中国环境科学学会',
  '中国环境科学研究院',
  '中国生态文明研究与促进会',
  '信息中心',
  '办公厅',
  '华南环境科学研究所',
  '南京环境科学研究所',
  '卫星环境应用中心',
  '固体废物与化学品管理技术中心',
  '国际合作司',
  '土壤环境管理司',
  '大气环境管理司',
  '宣传教育司',
  '政策法规司',
  '新闻工作者协会',
  '核与辐射安全中心',
  '核设施安全监管司',
  '水环境管理司',
  '环境与经济政策研究中心',
  '环境保护对外合作中心',
  '环境保护部东北核与辐射安全监督站',
  '环境保护部东北督察局',
  '环境保护部华东核与辐射安全监督站',
  '环境保护部华东督察局',
  '环境保护部华北核与辐射安全监督站',
  '环境保护部华北督察局',
  '环境保护部华南核与辐射安全监督站',
  '环境保护部华南督察局',
  '环境保护部环境发展中心',
  '环境保护部西北核与辐射安全监督站',
  '环境保护部西北督察局',
  '环境保护部西南核与辐射安全监督站',
  '环境保护部西南督察局',
  '环境工程评估中心',
  '环境应急与事故调查中心',
  '环境影响评价司',
  '环境监察局',
  '环境规划院',
  '科技标准司',
  '自然生态保护司',
  '行政体制与人事司',
  '规划财务司',
];
