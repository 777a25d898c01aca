import type { EN_USAGE } from './en-usage';

/** 用法错误（退出码 2）的中文消息（en-usage.ts 的译文），并入中文目录（zh.ts）。 */
export const ZH_USAGE: Readonly<Record<keyof typeof EN_USAGE, string>> = {
  'usage.stack-name':
    "栈名“{stack}”不符合 Pulumi 的规则：只能用字母、数字、'-'、'_' 和 '.'，最多 100 个字符（栈名不是路径）",
  'usage.path-not-found': '找不到路径：{path}',
  'usage.folder-unreadable': '无法读取文件夹 {dir}：{reason}',
  'usage.no-manifest':
    '在 {path} 中没有找到清单：它及其子文件夹中都没有 .yaml 或 .yml 文件（不搜索隐藏文件夹和 node_modules）',
  'usage.baseline-dir.missing': '--baseline-dir {dir}：没有这个文件夹',
  'usage.baseline-dir.problem': '基线文件夹 --baseline-dir {dir}：{problem}',
  'usage.baseline-ref.not-revision': '--baseline-ref {ref}：不是 git 版本（分支、标签，或 HEAD 这样的提交）',
  'usage.baseline-ref.no-repository': '--baseline-ref {ref}：{cwd} 不在 git 仓库中（{detail}）',
  'usage.baseline-ref.no-commit': '--baseline-ref {ref}：{top} 处的仓库中没有这个提交（可试 HEAD、HEAD~1、分支或标签）',
  'usage.new.slug':
    "--slug “{slug}”不是合法的短名：只能用小写字母、数字和 '-'，以字母开头，最多 63 个字符（RFC 1123 标签）",
  'usage.new.exists': '系统 {number} 已有清单：{file}（envcloud new 从不覆盖文件；请编辑该文件）',
  'usage.new.not-annex1': '{number} 不是附件1清单中的编号；新系统需要 {flags}',
  'usage.new.needs': '新系统需要 {flags}（附件1中的系统请用 --number N）',
  'usage.new.business-system': '--outcome merge 需要 --business-system（取值之一：{systems}）',
  'usage.new.outside': '拒绝写入 {file}：它在 {dir} 之外',
  'usage.write': '无法写入 {path}：{reason}',
  'usage.write.not-folder': '路径中的某一段是文件而不是文件夹：请换一个 {option}，或把该文件移开',
  'usage.write.is-folder': '它是一个文件夹：这里的 {option} 应指定文件，例如 {option} report.txt',
  'usage.write.exists': '有同名文件挡住了要建的文件夹：请换一个 {option}，或把该文件移开',
  'usage.write.denied': '没有权限：请选择你可以写入的文件夹，或修改其权限（ls -ld 可查看）',
  'usage.write.read-only': '文件系统是只读的：请把 {option} 指到可写的磁盘上',
  'usage.write.full': '磁盘已满：请腾出空间，或把 {option} 指到另一块磁盘上',
  'usage.write.too-long': '路径太长：请换一个更短的 {option}',
  'usage.write.loop': '路径中的符号链接指回自身：请换一个 {option}',
  'usage.option.share': '应为资源池容量的份额，大于 0 且不超过 1，例如 0.1，实际为“{value}”',
  'usage.option.wave-ends': '各批次的结束日期必须递增：{date} 不晚于 {previous}',
  'usage.option.max-waves': '最多 100 个批次（模式的上限），实际为“{value}”',
  'usage.waves.not-a-number': '{file}：spec.schedule.wave 在文件中写的不是数字；请手工设置',
  'usage.waves.not-digits': '{file}：spec.schedule.wave 写成了 `{written}`，不是普通的数字；请手工设置',
  'usage.waves.more-than-wave': '{file}：写入批次 {wave} 会改动 spec.schedule.wave 以外的内容；请手工设置',
  'usage.waves.other-bytes': '{file}：写入批次 {wave} 会改动其他字节；请手工设置',
  'usage.deploy-state.unreadable': '{path}：不是部署状态文件（{detail}）；删除它即可重新开始',
  'usage.deploy-state.other-stack': '{path}：不是栈 {stack} 的部署状态文件；删除它即可重新开始',
};
