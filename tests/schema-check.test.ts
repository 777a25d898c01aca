import { clone, happyManifest, sourceFindings, yamlOf } from './support/manifests';

function findingsFor(mutate: (manifest: any) => void) {
  const manifest: any = clone(happyManifest());
  mutate(manifest);
  return sourceFindings(yamlOf(manifest));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('schema findings', () => {
  it('points an unknown (misspelt) field at its key and suggests the right one', () => {
    const manifest: any = clone(happyManifest());
    manifest.spec.placement.workloads[0].replica = 3;
    delete manifest.spec.placement.workloads[0].replicas;
    const text = yamlOf(manifest);
    const findings = sourceFindings(text);
    const unknown = findings.find((finding) => finding.ruleId === 'schema-unknown-field')!;
    expect(unknown).toMatchObject({
      line: lineOf(text, 'replica:'),
      column: 9,
      field: 'spec.placement.workloads[0].replica',
    });
    expect(unknown.hint).toContain('did you mean `replicas`?');
    const missing = findings.find((finding) => finding.ruleId === 'schema-required')!;
    expect(missing.message).toContain('`replicas`');
  });

  it('refuses what the cloud would refuse after a green validate: a workload without a port, a slug with `--`', () => {
    // A Service without a port is refused by Kubernetes, and its NetworkPolicy rule without ports opened every port.
    const noPorts = findingsFor((manifest) => (manifest.spec.placement.workloads[0].ports = []));
    expect(noPorts.map((finding) => [finding.ruleId, finding.field])).toEqual([
      ['schema-range', 'spec.placement.workloads[0].ports'],
    ]);
    // RDS identifiers and S3 bucket names never hold two hyphens in a row (`xn--` is the IDN prefix).
    for (const slug of ['s900-hjbh--fwz', 'xn--s900']) {
      const findings = findingsFor((manifest) => (manifest.metadata.slug = slug));
      expect(findings.map((finding) => [finding.ruleId, finding.field])).toContainEqual([
        'schema-format',
        'metadata.slug',
      ]);
    }
    expect(findingsFor((manifest) => (manifest.metadata.previousSlugs = ['s900-old--slug']))).toContainEqual(
      expect.objectContaining({ field: 'metadata.previousSlugs[0]' }),
    );
  });

  it('suggests the closest enum value for a misspelt disposition', () => {
    const [finding] = findingsFor((manifest) => (manifest.spec.disposition.outcome = 'merg'));
    expect(finding).toMatchObject({ ruleId: 'schema-enum', field: 'spec.disposition.outcome' });
    expect(finding!.hint).toContain('did you mean `merge`?');
    expect(finding!.hint).toContain('`decommission`');
  });

  it('gives no suggestion when nothing is close', () => {
    const [finding] = findingsFor((manifest) => (manifest.spec.placement.pool = 'zzzzzzzzzzzz'));
    expect(finding!.hint).not.toContain('did you mean');
    expect(finding!.hint).toContain('`nuclear-safety`');
  });

  it('reports a wrong type with the field description as the hint', () => {
    const [finding] = findingsFor((manifest) => (manifest.metadata.number = 'twelve'));
    expect(finding).toMatchObject({ ruleId: 'schema-type', field: 'metadata.number' });
    expect(finding!.message).toContain('must be an integer, found string "twelve"');
    expect(finding!.hint).toContain('Inventory number');
  });

  it('reports a wrong apiVersion and a bad slug and a bad date, all at once', () => {
    const findings = findingsFor((manifest) => {
      manifest.apiVersion = 'envcloud/v2';
      manifest.metadata.slug = 'Not_DNS';
      manifest.spec.schedule.deadline = '2017-13-40';
    });
    expect(findings.map((finding) => finding.field).sort()).toEqual([
      'apiVersion',
      'metadata.slug',
      'spec.schedule.deadline',
    ]);
    expect(findings.every((finding) => finding.line > 0 && finding.column > 0)).toBe(true);
  });

  it('locates a missing required section at its parent mapping', () => {
    const manifest: any = clone(happyManifest());
    delete manifest.spec.schedule;
    const text = yamlOf(manifest);
    const [finding] = sourceFindings(text);
    expect(finding).toMatchObject({
      ruleId: 'schema-required',
      field: 'spec.schedule',
      line: lineOf(text, 'spec:'),
      column: 1,
    });
    expect(finding!.hint).toContain('Migration schedule');
  });

  it('reports range violations', () => {
    const [finding] = findingsFor((manifest) => (manifest.spec.protection.mlpsLevel = 7));
    expect(finding).toMatchObject({ ruleId: 'schema-range', field: 'spec.protection.mlpsLevel' });
    expect(finding!.message).toContain('found 7');
  });

  it('does work in proportion to the unknown fields, not their square: the object around them is not quoted for each', () => {
    const manifest: any = clone(happyManifest());
    for (let index = 0; index < 2000; index++) manifest.metadata[`extra${index}`] = index;
    const text = yamlOf(manifest);
    // Counted, not timed: every unknown field stringified the whole metadata object (10 s at 8,000 keys).
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const findings = sourceFindings(text);
      expect(findings.filter((finding) => finding.ruleId === 'schema-unknown-field')).toHaveLength(2000);
      const characters = stringify.mock.results.reduce(
        (sum, result) => sum + (typeof result.value === 'string' ? result.value.length : 0),
        0,
      );
      expect(characters).toBeLessThan(20 * text.length);
    } finally {
      stringify.mockRestore();
    }
  });
});
