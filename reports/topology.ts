import { POOLS, type BackupTier, type SystemMigration } from '../model/domain';
import type { CenterConfig, CenterRole } from '../stacks/config';
import { TIER_NEEDS } from '../stacks/topology';
import { CENTER_ROLE_NAMES, POOL_NAMES, TIER_NAMES, type Language } from './labels';
import { escapeHtml } from '../document/formats';

export interface TopologyInput {
  /** The stack's centers; each role appears once. */
  centers: readonly Pick<CenterConfig, 'name' | 'role' | 'region'>[];
  systems: readonly SystemMigration[];
  lang: Language;
  /** Where a system's page is, to link its cell; no links when absent. */
  systemHref?: (slug: string) => string;
}

const FONT = 'WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif';
/** The colour of each backup tier's cells; the dashboard's legend shows the same swatches. */
export const TIER_COLOURS: Readonly<Record<BackupTier, string>> = {
  gold: '#f2cc60',
  silver: '#d0d7de',
  bronze: '#e8b88a',
  none: '#ffffff',
};
const CELLS_PER_ROW = 10;

const TEXT = {
  zh: {
    copies: (tiers: string[]) => `备份副本：${tiers.join('、')}`,
    replicas: '金级数据库副本 / 金银级存储桶复制',
    vault: '备份库',
    replicaStore: '副本',
    systems: '个系统',
    legend: '颜色：金 / 银 / 铜 / 无 备份等级',
  },
  en: {
    copies: (tiers: string[]) => `backup copies: ${tiers.join(', ')}`,
    replicas: 'gold database replicas / gold and silver bucket replication',
    vault: 'backup vault',
    replicaStore: 'replicas',
    systems: 'systems',
    legend: 'colour: gold / silver / bronze / no backup tier',
  },
};

/** Text inside a Graphviz HTML-like label or a quoted attribute. */
const escape = escapeHtml;

/**
 * Graphviz measures text with Latin font metrics, which makes CJK text about half as wide as drawn;
 * a cell this wide (in points) holds the text as a CJK font draws it.
 */
export function drawnWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? fontSize : fontSize * 0.6;
  return Math.ceil(width + 8);
}

/** An HTML-like label wide enough for its text in any script. */
function sizedLabel(text: string, fontSize: number, bold = false): string {
  const body = bold ? `<B>${escape(text)}</B>` : escape(text);
  return `<<TABLE BORDER="0" CELLPADDING="0"><TR><TD WIDTH="${drawnWidth(text, fontSize)}">${body}</TD></TR></TABLE>>`;
}

function id(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '_');
}

function poolNode(pool: (typeof POOLS)[number], systems: readonly SystemMigration[], input: TopologyInput): string {
  const placed = systems
    .filter((manifest) => manifest.spec.placement?.pool === pool)
    .sort((a, b) => a.metadata.number - b.metadata.number);
  const rows: string[] = [];
  for (let start = 0; start < placed.length; start += CELLS_PER_ROW) {
    const cells = placed.slice(start, start + CELLS_PER_ROW).map((manifest) => {
      const href = input.systemHref ? ` HREF="${escape(input.systemHref(manifest.metadata.slug))}"` : '';
      // The tier by its name in the reader's language, as the legend says it (金级, not gold).
      const tier = TIER_NAMES[input.lang][manifest.spec.protection.backup.tier];
      const tip = escape(
        input.lang === 'zh'
          ? `${manifest.metadata.number} ${manifest.metadata.name}（${tier}）`
          : `${manifest.metadata.number} ${manifest.metadata.name} (${tier})`,
      );
      return `<TD BGCOLOR="${TIER_COLOURS[manifest.spec.protection.backup.tier]}"${href} TOOLTIP="${tip}" TITLE="${tip}">${manifest.metadata.number}</TD>`;
    });
    rows.push(`<TR>${cells.join('')}</TR>`);
  }
  const title = `${POOL_NAMES[input.lang][pool]} (${placed.length} ${TEXT[input.lang].systems})`;
  const heading = `<TR><TD COLSPAN="${CELLS_PER_ROW}" WIDTH="${drawnWidth(title, 12)}"><B>${escape(title)}</B></TD></TR>`;
  return `    pool_${id(pool)} [shape=plain, label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3">${heading}${rows.join('')}</TABLE>>];`;
}

/** Which tiers copy their backups to a center of this role. */
function tiersCopiedTo(role: CenterRole): BackupTier[] {
  return (['gold', 'silver', 'bronze'] as const).filter((tier) => TIER_NEEDS[tier].centers.includes(role));
}

/**
 * The platform as Graphviz DOT: the centers as clusters, the four pools with their systems (one cell
 * each, coloured by backup tier, linked to the system's page) in the primary center, and the backup
 * and replication flows to the other centers.
 */
export function topologyDot(input: TopologyInput): string {
  const text = TEXT[input.lang];
  const primary = input.centers.find((center) => center.role === 'primary');
  const lines = [
    'digraph envcloud {',
    `  graph [rankdir=LR, compound=true, fontname="${FONT}", fontsize=12, labelloc=t, label=${sizedLabel(text.legend, 12)}];`,
    `  node [fontname="${FONT}", fontsize=11];`,
    `  edge [fontname="${FONT}", fontsize=10];`,
  ];
  for (const center of input.centers) {
    const label = `${center.name} · ${CENTER_ROLE_NAMES[input.lang][center.role]}${center.region ? ` (${center.region})` : ''}`;
    lines.push(`  subgraph cluster_${id(center.name)} {`, `    label=${sizedLabel(label, 12)}; style=rounded;`);
    if (center.role === 'primary') lines.push(...POOLS.map((pool) => poolNode(pool, input.systems, input)));
    lines.push(`    vault_${id(center.name)} [shape=cylinder, label=${sizedLabel(text.vault, 11)}];`);
    if (center.role === 'remote')
      lines.push(`    replicas_${id(center.name)} [shape=cylinder, label=${sizedLabel(text.replicaStore, 11)}];`);
    lines.push('  }');
  }
  if (primary) {
    for (const pool of POOLS) lines.push(`  pool_${id(pool)} -> vault_${id(primary.name)} [style=dashed];`);
    for (const center of input.centers.filter((candidate) => candidate.role !== 'primary')) {
      const copies = text.copies(tiersCopiedTo(center.role).map((tier) => TIER_NAMES[input.lang][tier]));
      lines.push(`  vault_${id(primary.name)} -> vault_${id(center.name)} [label=${sizedLabel(copies, 10)}];`);
      if (center.role === 'remote')
        lines.push(
          `  pool_${id(POOLS[0]!)} -> replicas_${id(center.name)} [label=${sizedLabel(text.replicas, 10)}, style=bold];`,
        );
    }
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** The topology picture as SVG, laid out by Graphviz (compiled to WebAssembly, so it runs offline). */
export async function topologySvg(input: TopologyInput): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  // Graphviz titles each cluster, node and edge with its id (cluster_primary, pool_central->vault_primary),
  // which a browser shows on hover: in English, whatever the report's language. The cells keep their tooltips.
  return viz.renderString(topologyDot(input), { format: 'svg' }).replace(/<title>[^<]*<\/title>\n?/g, '');
}
