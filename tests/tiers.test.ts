import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_TIERS } from '../model/domain';
import {
  awsCron,
  DATA_TIERS,
  keepDays,
  secondsCron,
  standardCron,
  storageClassOf,
  tierOfStorageClass,
  tiersCopiedTo,
} from '../model/tiers';

const root = join(__dirname, '..');

describe('the tier facts (model/tiers.ts)', () => {
  it('gives each tier its schedule in the three cron dialects and its retention', () => {
    expect(DATA_TIERS.map(awsCron)).toEqual(['cron(0 * ? * * *)', 'cron(0 18 ? * * *)', 'cron(0 18 ? * SUN *)']);
    expect(DATA_TIERS.map(standardCron)).toEqual(['0 * * * *', '0 18 * * *', '0 18 * * 0']);
    expect(secondsCron('bronze')).toBe('0 0 18 * * 0');
    expect(DATA_TIERS.map(keepDays)).toEqual([35, 90, 365]);
  });

  it('names each tier’s storage class and reads the tier back from it, and nothing else', () => {
    for (const tier of BACKUP_TIERS) expect(tierOfStorageClass(storageClassOf(tier))).toBe(tier);
    for (const other of ['gold', 'envcloud-objects', 'envcloud-', 'gp3', undefined, 3])
      expect(tierOfStorageClass(other)).toBeUndefined();
  });

  it('knows which tiers reach both backup centers', () => {
    expect(tiersCopiedTo(['same-city', 'remote']).map(storageClassOf)).toEqual(['envcloud-gold', 'envcloud-silver']);
    expect(tiersCopiedTo(['remote'])).toEqual(['gold', 'silver', 'bronze']);
  });

  it('is the one place that writes them: no other source builds a class name, the tier tag or a tier cron', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(join(root, dir))) {
        const path = join(dir, name);
        if (statSync(join(root, path)).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) sources.push(path);
      }
    };
    for (const dir of ['components', 'stacks', 'policies', 'engine', 'waves', 'audit', 'inventory', 'validation'])
      walk(dir);
    const facts = [
      /envcloud-\$\{tier\}`/,
      /'envcloud-(gold|silver|bronze)'/,
      /'envcloud:backup-tier'/,
      /cron\(0 (\*|18) /,
    ];
    const offenders = sources.filter((path) => facts.some((fact) => fact.test(readFileSync(join(root, path), 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
