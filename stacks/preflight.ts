import type { SystemMigration } from '../model/domain';
import { capacityProblems, describeCapacityProblem } from './capacity';
import type { PlatformConfig } from './config';
import { tierProblems } from './topology';

/** Raised before any resource is registered: the stack cannot deliver what the manifests ask for. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
  constructor(readonly problems: string[]) {
    super(`the stack cannot be deployed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Pool capacities and backup tiers, checked together so one run reports every problem. */
export function preflightProblems(manifests: readonly SystemMigration[], config: PlatformConfig): string[] {
  return [
    ...capacityProblems(manifests, config.pools).map(describeCapacityProblem),
    ...tierProblems(manifests, config).map((problem) => `system ${problem.number} (${problem.slug}): ${problem.reason}`),
  ];
}

export function assertDeployable(manifests: readonly SystemMigration[], config: PlatformConfig): void {
  const problems = preflightProblems(manifests, config);
  if (problems.length > 0) throw new PreflightError(problems);
}
