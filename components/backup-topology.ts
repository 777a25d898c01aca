import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import type { CenterRole } from '../model/topology';
import { awsCron, BACKUP_TIER_TAG, copyRoles, DATA_TIERS, TIER_SCHEDULES, type DataTier } from '../model/tiers';
import { assumeRolePolicy, managedPolicyArn } from './aws-naming';

export interface BackupTopologyArgs {
  /** AWS provider of the primary center. Required. */
  provider: aws.Provider;
  /** Region of the primary center, for managed policy ARNs. Required. */
  region: string;
  /** Name of the primary center's vault, where backups are taken. Required. */
  primaryVaultName: pulumi.Input<string>;
  /** ARN of the primary center's vault, for restore testing. Required. */
  primaryVaultArn: pulumi.Input<string>;
  /** Vault ARN of every backup center by role. Default: none (then copies stay in the primary vault). */
  copyVaults?: Partial<Record<CenterRole, pulumi.Input<string>>>;
}

/** Where each tier's copies go: the centers its needs name, whichever of them exist. */
export function copyTargets(
  tier: DataTier,
  copyVaults: Partial<Record<CenterRole, pulumi.Input<string>>>,
): pulumi.Input<string>[] {
  const existing = (Object.keys(copyVaults) as CenterRole[]).filter((role) => copyVaults[role] !== undefined);
  return copyRoles(tier, existing).map((role) => copyVaults[role]!);
}

/**
 * The two-locations-three-centers backups (plan §三(三).9): one plan per tier taking backups in the
 * primary vault and copying them to the same-city and remote vaults the tier needs; resources join
 * by tag; restores are tested monthly.
 */
export class BackupTopology extends pulumi.ComponentResource {
  public readonly planIds: Record<string, pulumi.Output<string>> = {};

  constructor(name: string, args: BackupTopologyArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:BackupTopology', name, {}, opts);
    const options = { parent: this, provider: args.provider };
    const role = new aws.iam.Role(
      `${name}-role`,
      { assumeRolePolicy: assumeRolePolicy('backup.amazonaws.com') },
      options,
    );
    for (const policy of [
      'service-role/AWSBackupServiceRolePolicyForBackup',
      'service-role/AWSBackupServiceRolePolicyForRestores',
      'AWSBackupServiceRolePolicyForS3Backup',
      'AWSBackupServiceRolePolicyForS3Restore',
    ]) {
      new aws.iam.RolePolicyAttachment(
        `${name}-${policy.split('/').pop()}`,
        { role: role.name, policyArn: managedPolicyArn(args.region, policy) },
        options,
      );
    }
    for (const tier of DATA_TIERS) {
      const { keepDays, continuous } = TIER_SCHEDULES[tier];
      const plan = new aws.backup.Plan(
        `${name}-${tier}`,
        {
          rules: [
            {
              ruleName: `${tier}`,
              targetVaultName: args.primaryVaultName,
              schedule: awsCron(tier),
              enableContinuousBackup: continuous,
              lifecycle: { deleteAfter: keepDays },
              copyActions: copyTargets(tier, args.copyVaults ?? {}).map((destinationVaultArn) => ({
                destinationVaultArn,
                lifecycle: { deleteAfter: keepDays },
              })),
            },
          ],
        },
        options,
      );
      new aws.backup.Selection(
        `${name}-${tier}-selection`,
        {
          planId: plan.id,
          iamRoleArn: role.arn,
          selectionTags: [{ type: 'STRINGEQUALS', key: BACKUP_TIER_TAG, value: tier }],
        },
        options,
      );
      this.planIds[tier] = plan.id;
    }
    const restoreTesting = new aws.backup.RestoreTestingPlan(
      `${name}-restore-testing`,
      {
        name: `${name.replace(/-/g, '_')}_restore_testing`,
        scheduleExpression: 'cron(0 20 1 * ? *)',
        recoveryPointSelection: {
          algorithm: 'LATEST_WITHIN_WINDOW',
          includeVaults: [args.primaryVaultArn],
          recoveryPointTypes: ['SNAPSHOT'],
          selectionWindowDays: 30,
        },
      },
      options,
    );
    for (const resourceType of ['RDS', 'S3'] as const) {
      new aws.backup.RestoreTestingSelection(
        `${name}-restore-${resourceType.toLowerCase()}`,
        {
          name: `${resourceType.toLowerCase()}_restores`,
          restoreTestingPlanName: restoreTesting.name,
          protectedResourceType: resourceType,
          iamRoleArn: role.arn,
          protectedResourceConditions: { stringEquals: [{ key: `aws:ResourceTag/${BACKUP_TIER_TAG}`, value: 'gold' }] },
        },
        options,
      );
    }
    this.registerOutputs({ planIds: this.planIds });
  }
}
