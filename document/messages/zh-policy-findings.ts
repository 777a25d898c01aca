import type { EN_POLICY_FINDINGS } from './en-policy-findings';
import { ZH_POLICY_MLPS } from './zh-policy-mlps';
import { ZH_POLICY_DR } from './zh-policy-dr';

/**
 * 策略包（policies/）所报问题及“无可判定”理由的中文，并入中文目录（zh.ts）。策略包经 Pulumi 报出英文，
 * 审计输出时由 audit/format/policy-text.ts 从英文中读回各个值，再按这里的中文说出。引用《共享办法》的
 * 条款写作“第17条”（阿拉伯数字），引用附件写作“（见附1）”。
 */
export const ZH_POLICY_FINDINGS: Readonly<Record<keyof typeof EN_POLICY_FINDINGS, string>> = {
  ...ZH_POLICY_MLPS,
  ...ZH_POLICY_DR,

  'policy.not-applicable.disabled': '已在策略包配置中停用',
  'policy.part.system': '系统 {number}（{slug}）',
  'policy.part.system-number': '系统 {number}',
  'policy.part.tier.gold': '金',
  'policy.part.tier.silver': '银',
  'policy.part.tier.bronze': '铜',
  'policy.part.none': '（无）',
  'policy.part.default': '（默认）',
  'policy.part.unnamed': '（未命名）',
  'policy.part.any': '（任意）',
  'policy.part.nothing': '（无）',
  'policy.part.no-method': '（未写明方式）',
  'policy.part.no-bucket-name': '（没有 bucketName）',
  'policy.part.missing': '缺失',
  'policy.part.never': '永不',
  'policy.part.or': '{first} 或 {second}',
  'policy.list.sentences': '{first}；{rest}',
  'policy.list.items': '{first}、{rest}',

  'policy.finding.data-sharing-terms.conditional':
    '{system}的数据资源 "{name}" 有条件共享，却没有写明{terms}（见第17条）',
  'policy.finding.data-sharing-terms.usage': '{system}的数据资源 "{name}" 共享时没有写明使用要求（见第17条）',
  'policy.finding.data-sharing-terms.legal-basis':
    '{system}的数据资源 "{name}" 不予共享，却没有引用法律依据（见第18条）',
  'policy.finding.data-sharing-terms.basis-level':
    '{system}的数据资源 "{name}" 不予共享所依据的文件低于法律、行政法规或党中央、国务院文件（见第18条）',
  'policy.part.terms.conditions': '共享条件',
  'policy.part.terms.scope': '共享范围',
  'policy.part.terms.both': '共享条件和共享范围',
  'policy.finding.internet-only-unconditional-data.exposed': '{system}暴露在互联网区，却存有{type}的数据 "{name}"',
  'policy.part.sharing.unconditional': '无条件共享',
  'policy.part.sharing.conditional': '有条件共享',
  'policy.part.sharing.not-shared': '不予共享',

  'policy.finding.sharing-article-16.published':
    '{who}把第16条所列的数据 "{name}"（{code}）以{type}方式发布到资源中心，{basis}（见第16条、第18条）',
  'policy.part.basis.below': '依据的是{kindName}（{kind}），低于法律、行政法规或党中央、国务院文件',
  'policy.part.basis.none': '没有法律依据',

  'policy.finding.no-infrastructure-outside-pools.not-platform':
    '{kind} {name} 不属于平台（没有 `{tag}` 标签）：各系统运行在平台的资源池中，而不是自建的集群或网络上',
  'policy.finding.no-infrastructure-outside-pools.bucket':
    '存储桶 {name} 不属于任何资源池（`envcloud:pool` 为{pool}），也不是平台存储桶',
  'policy.finding.no-infrastructure-outside-pools.namespace':
    '命名空间 {name} 不是平台的资源池、业务系统或服务命名空间',

  'policy.finding.websites-in-website-cluster.namespace':
    '{kind} {name} 属于要迁入网站集群的网站，却位于命名空间 {namespace}',
  'policy.finding.websites-in-website-cluster.ingress':
    'Ingress {name} 从命名空间 {namespace} 发布网站；网站只能由网站集群（{entries}）提供',
  'policy.finding.websites-in-website-cluster.own-site':
    '系统 {number}（{slug}）自行运行网站 {website}，没有把它迁入网站集群',

  'policy.finding.data-access-follows-grants.no-record':
    '{kind} {name} 开放了系统 {provider} 的数据，而计划中没有任何系统登记记录（即目录）声明该系统',
  'policy.finding.data-access-follows-grants.not-shared':
    '{kind} {name} 可访问系统 {provider} 不予共享的数据 "{data}"（见第15条第三项：不宜提供给部内其他单位）',
  'policy.finding.data-access-follows-grants.unnamed':
    '{kind} {name} 把系统 {provider} 的数据开放给{consumer}，任何授权都无法指明它们',
  'policy.part.consumer.addresses': '地址段 {cidr}',
  'policy.part.consumer.other-labels': '按其他标签选出的命名空间中的 Pod',
  'policy.part.consumer.namespace': '命名空间 {namespace} 中的所有 Pod',
  'policy.part.consumer.rgw-user': 'RGW 用户 {user}（它不是任何授权的凭据）',
  'policy.part.consumer.database-role': '数据库角色 {role}（没有任何授权指明它）',
  'policy.what.data-access-credentials':
    '作用于系统数据库 Pod 的 NetworkPolicy，或读取系统数据的 IAM 角色、RGW 用户、存储桶策略或数据库角色',
  'policy.finding.data-access-follows-grants.empty-catalog':
    '{kind} {name} 向资源中心开放了系统 {provider}，但该系统的目录没有列出任何数据',
  'policy.finding.data-access-follows-grants.resource-center':
    '{kind} {name} 向资源中心开放了系统 {provider}，但其数据 "{data}" 为{type}：只有生效的授权才能开放它（见第21条）',
  'policy.finding.data-access-follows-grants.not-live':
    '{kind} {name} 把系统 {provider} 的数据开放给{who}，其授权 {grants} 在 {on} 未生效',
  'policy.part.grant': '{id}（到期日：{expires}）',
  'policy.finding.data-access-follows-grants.no-grant':
    '{kind} {name} 把系统 {provider} 的数据开放给{who}，而后者没有相应的授权（见第21条：向提供单位提出申请）',
  'policy.finding.data-access-follows-grants.granted-not-shared':
    '{kind} {name} 把系统 {provider} 不予共享的数据开放给{who}',

  'policy.finding.zombie-runs-nothing-data-archived.running': '已下线的系统 {system} 仍在运行 {kind} {name}',
  'policy.finding.zombie-runs-nothing-data-archived.no-archive': '已下线的系统 {system} 没有受保护的数据归档',
  'policy.finding.cloud-is-the-norm.no-placement':
    '{system}的处置结果为 `{outcome}`，却没有上云的部署位置（spec.placement.pool）',
  'policy.finding.cloud-is-the-norm.exempt-without-reason':
    '{system}免于上云，却没有写明理由（spec.disposition.reason）',

  'policy.finding.k8s-system-labels.labels': '缺少标签（label）：{labels}',
  'policy.finding.k8s-system-labels.annotations': '缺少注解（annotation）：{annotations}',
  'policy.finding.aws-resource-tags.tags': '缺少标签（tag）：{tags}（平台资源可改用 `{tag}`）',
  'policy.finding.portal-unified-identity.identity':
    '门户接入项 {name} 通过 {identity} 登录用户，而不是统一身份认证 {unified}',
  'policy.finding.portal-unified-identity.method': '门户接入项 {name} 的接入方式为 {method}；请使用 {methods}',
  'policy.finding.resource-center-mlps-level-3.namespace':
    '命名空间 {name} 标记的等保级别为 {level}；资源中心须按等保三级保护',
  'policy.finding.resource-center-mlps-level-3.volume':
    '资源中心的卷 {name} 使用存储类 {storageClass}；其数据需要 {classes}（加密，并复制到两个备份中心）',
  'policy.what.resource-center': '资源中心命名空间或其中的卷',

  'policy.part.waiver': '{file}:{line} 中针对 {rule} 的豁免（{scope}）',
  'policy.part.waiver-scope.stack': '栈 {stack}',
  'policy.part.waiver-scope.resource': '资源 {resource}',
  'policy.finding.waivers.expired': '{waiver}已于 {expires} 过期（负责人：{owner}）：请更新有效期，或整改该问题',
  'policy.finding.waivers.waived': '[已豁免] {policy}：{message} — {reason}（负责人 {owner}，有效期至 {expires}）',
  'policy.finding.waivers.unused': '{waiver}没有匹配任何问题：请删除它',
};
