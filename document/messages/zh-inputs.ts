import type { EN_INPUTS } from './en-inputs';

/** 清单以外输入的中文消息（与 en-inputs.ts 一一对应）：preview 的 Kubernetes 模式问题、基线计划文件、JSON 模式检查的通用说法。 */
export const ZH_INPUTS: Readonly<Record<keyof typeof EN_INPUTS, string>> = {
  'ajv.required': '缺少必填属性 `{missing}`',
  'ajv.type':
    '应为{type, select, integer {整数} number {数字} string {字符串} boolean {布尔值} object {对象（映射）} array {数组（列表）} null {空值 null} other {类型 {type}}}',
  'ajv.enum': '不是允许的取值之一',
  'ajv.const': '应等于规定的常量',
  'ajv.additional-properties': '不允许有未定义的属性',
  'ajv.format': '应符合格式 “{format}”',
  'ajv.pattern': '应匹配正则表达式 “{pattern}”',
  'ajv.limit': '应 {comparison} {limit}',
  'ajv.fewer': '{unit, select, items {项数} properties {属性数} other {字符数}}不能少于 {limit}',
  'ajv.more': '{unit, select, items {项数} properties {属性数} other {字符数}}不能多于 {limit}',
  'ajv.multiple-of': '应为 {multiple} 的整数倍',
  'ajv.unique-items': '不能有重复项（第 {j} 项与第 {i} 项相同，从 0 数起）',
  'ajv.one-of': '应恰好符合 oneOf 中的一个模式',
  'ajv.any-of': '应符合 anyOf 中的某一个模式',
  'ajv.not': '不应符合 not 中的模式',
  'ajv.if': '应符合“{failing}”分支的模式',
  'ajv.keyword': '不符合模式中 `{keyword}` 的要求',

  'inputs.k8s.line': '错误[kubernetes-schema]：{problem}',
  'inputs.k8s.in-file': '{file}: {problem}',
  'inputs.k8s.at': '{where} {problem}',
  'inputs.k8s.and': '{first}；{second}',
  'inputs.k8s.crd': '{kind} {name}：{where} {problem}{extra}（按 CRD 模式检查）',
  'inputs.k8s.unknown-kind': '未知的资源类型 {kind}：没有可用于检查它的模式',
  'inputs.k8s.embedded': '内嵌对象 data.{key}：{problem}',

  'inputs.plan.how-to-fix': '请给 --baseline 指定之前某次 `envcloud preview --stack <name>` 写出的 plan.json',
  'inputs.plan.too-deep': '{at}: 嵌套超过 {max} 层，任何计划都不会这么深；{fix}',
  'inputs.plan.not-json': '{at}: 不是有效的 JSON{detail}；{fix}',
  'inputs.plan.shape': '{at}: {field} {problem}；这不是 envcloud 的计划文件，{fix}',
  'inputs.plan.top-level': '顶层',
  'inputs.plan.unreadable': '{file}: 无法读取基线计划（{reason}）；{fix}',
  'inputs.plan.folder': '{file}: 是一个文件夹，不是计划文件；{fix}',
  'inputs.plan.not-file': '{file}: 不是普通文件（而是设备、FIFO 或套接字），不是计划文件；{fix}',
  'inputs.plan.too-large': '{file}: 大小为 {size}，超过基线计划的上限 {limit}（5000 个系统的计划约 230 MB）；{fix}',
  'inputs.plan.grew': '{file}: 读取期间增长到超过基线计划的上限 {limit}；{fix}',
  'inputs.plan.repeated-urn':
    '{at}: resources[{index}].urn `{urn}` 也是 resources[{first}]（第 {line} 行）的 URN；计划中每个资源只列一次，所以这不是 preview 写出的计划；{fix}',
};
