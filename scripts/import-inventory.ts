import { Command } from 'commander';
import { join } from 'node:path';
import { writeFileAtomic } from '../cli/write';
import { readInventory } from '../inventory/annex1';
import { planImport, type ImportAction } from '../inventory/import';
import { packageRoot } from '../model/paths';

const program = new Command('import-inventory')
  .description('Generate one migration manifest per Annex 1 system from inventory/system-inventory.tsv.')
  .option('--dir <dir>', 'manifests folder', join(packageRoot(), 'manifests'))
  .option('--force', 'overwrite manifests a unit has edited (their edits are lost)', false)
  .option('--check', 'write nothing; exit 1 if any manifest would be created or changed', false)
  .addHelpText(
    'after',
    '\nExamples:\n  npm run import:inventory\n  npm run import:inventory -- --check\n  npm run import:inventory -- --force',
  );

function main(): number {
  program.parse();
  const options = program.opts<{ dir: string; force: boolean; check: boolean }>();
  const plan = planImport(readInventory(), options.dir, { force: options.force });
  const counts: Record<ImportAction, number> = {
    create: 0,
    update: 0,
    unchanged: 0,
    'kept-edited': 0,
    'overwrite-edited': 0,
  };
  for (const item of plan) {
    counts[item.action]++;
    if (item.action === 'kept-edited') console.log(`kept ${item.file}: edited by its unit (use --force to overwrite)`);
    if (options.check) {
      if (item.action !== 'unchanged' && item.action !== 'kept-edited')
        console.log(`would ${item.action} ${item.file}`);
      continue;
    }
    if (item.action === 'create' || item.action === 'update' || item.action === 'overwrite-edited') {
      writeFileAtomic(join(options.dir, item.file), item.content);
    }
  }
  console.log(
    `${plan.length} systems: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ` +
      `${counts['kept-edited']} kept (edited), ${counts['overwrite-edited']} overwritten${options.check ? ' (check only: nothing written)' : ''}`,
  );
  const drift = counts.create + counts.update + counts['overwrite-edited'];
  return options.check && drift > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`import-inventory: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
