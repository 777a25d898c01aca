import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { definePolicy, type JudgedResource } from '../meta';
import { judgeAll } from '../unknowns';
import { t } from '../../document/i18n';

const DISPOSITION = 'envcloud.mee.gov.cn/disposition';
const SYSTEM = 'envcloud.mee.gov.cn/system';
const RUNNING_KINDS = new Set([
  'kubernetes:apps/v1:Deployment',
  'kubernetes:apps/v1:StatefulSet',
  'kubernetes:core/v1:Service',
  'kubernetes:batch/v1:CronJob',
]);

function labelsOf(resource: JudgedResource): Record<string, string> {
  return (resource.props.metadata?.labels ?? {}) as Record<string, string>;
}

export const zombieRunsNothingDataArchived = definePolicy<StackValidationPolicy>(
  {
    name: 'zombie-runs-nothing-data-archived',
    validateStack: (args, reportViolation) => {
      const retired = new Map<string, PolicyResource[]>();
      judgeAll((gaps) => {
        for (const resource of args.resources) {
          gaps.judge(resource.name, () => {
            const labels = labelsOf(resource);
            if (labels[DISPOSITION] !== 'decommission' || !labels[SYSTEM]) return;
            retired.set(labels[SYSTEM], [...(retired.get(labels[SYSTEM]) ?? []), resource]);
          });
        }
        // A system is judged on the resources whose labels are known; an unknown label is reported as open.
        for (const [system, resources] of retired) {
          for (const running of resources.filter((resource) => RUNNING_KINDS.has(resource.type))) {
            reportViolation(
              t('en', 'policy.finding.zombie-runs-nothing-data-archived.running', {
                system,
                kind: running.type.split(':').pop()!,
                name: running.name,
              }),
              running.urn,
            );
          }
          const archive = resources.find(
            (resource) => resource.type === 'kubernetes:core/v1:PersistentVolumeClaim' && resource.opts.protect,
          );
          if (
            !archive &&
            !gaps.leaveOpen(`decommissioned system ${system}`, 'the labels of some resources are not known yet')
          ) {
            reportViolation(t('en', 'policy.finding.zombie-runs-nothing-data-archived.no-archive', { system }));
          }
        }
      });
    },
  },
  {
    severity: 'critical',
    judges: {
      types: ['*'],
      where: (resource) => labelsOf(resource)[DISPOSITION] === 'decommission' && Boolean(labelsOf(resource)[SYSTEM]),
      what: t('en', 'policy.what.decommissioned'),
    },
    manifestField: ['spec', 'archive'],
    clause:
      'Plan §三(二).5 (清理方式包括系统下线、停止运维、设备回收再利用) with §三(一).3 (依托环境信息资源中心…集中汇聚); envcloud: archived first, so no data is lost (数据不丢失)',
    en: {
      description: 'Zombie systems run nothing and their data is archived, protected, first',
      remediation: 'Deploy decommissioned systems only through DecommissionedSystem, with spec.archive.',
    },
    zh: {
      description: '僵尸系统不得运行任何负载，其数据须先归档并受保护',
      remediation: '下线系统只能通过 DecommissionedSystem 组件部署，并填写 spec.archive。',
    },
  },
);
