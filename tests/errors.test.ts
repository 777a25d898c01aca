// One error base carries each error's exit code; the CLI maps errors with instanceof, never by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestErrors } from '../engine/offline';
import { PlanFileError } from '../engine/plan-file';
import { InventoryError } from '../inventory/annex1';
import { EnvcloudError, EXIT_FINDINGS, EXIT_USAGE, UsageError } from '../model/errors';
import { WaiverFileError } from '../policies/waivers/load';
import { ConfigError } from '../stacks/config';
import { PreflightError } from '../stacks/preflight';
import { StackConfigError } from '../stacks/stack-file';

describe('errors envcloud explains', () => {
  it.each([
    ['UsageError', new UsageError('x'), EXIT_USAGE],
    ['InventoryError', new InventoryError('x'), EXIT_USAGE],
    ['ConfigError', new ConfigError([]), EXIT_USAGE],
    ['StackConfigError', new StackConfigError('Pulumi.x.yaml', []), EXIT_USAGE],
    ['ManifestErrors', new ManifestErrors(1), EXIT_USAGE],
    ['PlanFileError', new PlanFileError('x'), EXIT_USAGE],
    ['WaiverFileError', new WaiverFileError([]), EXIT_USAGE],
    ['PreflightError', new PreflightError([]), EXIT_FINDINGS],
  ])('%s carries its exit code through the one base', (_name, error, code) => {
    expect(error).toBeInstanceOf(EnvcloudError);
    expect(error.exitCode).toBe(code);
  });
  it('are mapped by the CLI with instanceof, not by their names', () => {
    const main = readFileSync(join(__dirname, '..', 'cli', 'main.ts'), 'utf8');
    expect(main).toContain('instanceof EnvcloudError');
    expect(main).not.toMatch(/error\.name\b/);
  });
});
