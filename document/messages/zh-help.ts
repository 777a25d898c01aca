import type { EN_HELP } from './en-help';
import { ZH_HELP_WAVES } from './zh-help-waves';

/**
 * 各命令 `--help` 的中文（issue #14），并入中文目录（zh.ts）：commander 自己的用语（cli/help.ts），程序和各命令的
 * 说明、参数、选项、注释、退出码和示例的注释。选项名、文件名、取值和命令照原样写（命令写在反引号里）；
 * 多行的段落按终端宽度（一个汉字占两列）手工换行，每行约 50 个汉字。
 */
export const ZH_HELP: Readonly<Record<keyof typeof EN_HELP, string>> = {
  'help.heading.usage': '用法：',
  'help.heading.arguments': '参数：',
  'help.heading.options': '选项：',
  'help.heading.global-options': '全局选项：',
  'help.heading.commands': '命令：',
  'help.usage.options': '[选项]',
  'help.usage.command': '[命令]',
  'help.choices': '可选值：{choices}',
  'help.default': '默认值：{value}',
  'help.preset': '预设值：{value}',
  'help.env': '环境变量：{name}',
  'help.extras': '（{extras}）',
  'help.option.help': '显示命令的帮助',
  'help.option.version': '显示版本号',
  'help.command.help': '显示命令的帮助',
  'help.examples': '示例：',

  'help.exit-status': '退出状态：',
  'help.exit.internal': '内部错误：envcloud 的缺陷（请连同所运行的命令一起报告）',
  'help.exit.preflight':
    '预检发现问题，每一处都定位到清单或 Pulumi.<stack>.yaml 中：资源池超出容量、各中心提供不了的备份等级、不在该栈镜像仓库中的镜像',
  'help.exit.stack-input': '用法或输入错误：未知的选项或栈、栈配置有误、清单有错误（请运行 `envcloud validate`）',
  'help.exit.no-manifests': '路径下没有清单（什么都没检查，不等于“通过”）',

  'help.opt.stack': '使用哪个栈的 Pulumi.<stack>.yaml（prod、onprem、dev）',
  'help.opt.output-format': '输出格式',
  'help.opt.out-report': '把报告写入文件，而不是标准输出',
  'help.opt.force-replace': '--out 文件已存在时替换它',
  'help.opt.force-folder': '写入不是 envcloud 创建的非空文件夹',
  'help.opt.manifests': '该栈部署的清单所在的文件夹',
  'help.opt.as-of-deadlines': '按这一天判断是否逾期（YYYY-MM-DD）；默认为今天',
  'help.opt.wave-ends': '各批次的结束日期，以逗号分隔（之后的批次每隔 3 个月结束一批）',
  'help.arg.paths-default': '清单文件或文件夹（默认：manifests/）',

  'help.program.description': '环保云平台的迁移清单、Pulumi 栈和策略。',

  'help.validate.description': '按模式和跨清单规则检查迁移清单；报告每个文件中的每一处问题。',
  'help.validate.paths':
    '清单文件或文件夹（在文件夹中查找 .yaml/.yml 文件）；每个文件按其 `kind` 读取：SystemMigration、SharingRequest 或 DataCorrection',
  'help.validate.max-file-size': '可接受的清单的最大字节数',
  'help.validate.no-color': '即使输出到终端也不加颜色',
  'help.validate.as-of': '按这一天判断待处理的共享申请、目录发布时限和更新周期，YYYY-MM-DD（默认：中国时间的今天）',
  'help.validate.baseline-dir':
    '清单的上一版本（上一次提交的检出）：自那以后每个系统的状态变化（按编号对应）必须是合法的转换',
  'help.validate.baseline-ref':
    '与 --baseline-dir 相同，但清单取自 git 提交 <git-ref>（HEAD：上一次提交），用 `git show` 读取，不需要在磁盘上检出',
  'help.validate.jobs':
    '逐文件检查所用的线程数：1 到 {max}，且不超过核心数（本机 {cores} 个；更大的值会降到核心数，并给出警告）。默认 1；核心多的机器上调大可能更快',
  'help.validate.cache-dir': '缓存每个文件结果的位置，按文件内容、模式、规则和 envcloud 的版本区分（默认：{cache}）',
  'help.validate.no-cache': '重新检查每个文件，不读也不写缓存',
  'help.validate.watch':
    '持续运行：所给路径下的清单一有修改、新增或删除就重新校验，并输出新的报告（按 Ctrl-C 结束；退出码取最后一次校验的结果）',
  'help.validate.exit.0': '通过（允许有警告）',
  'help.validate.exit.1': '发现错误（使用 --baseline-dir 时，还包括非法的状态变化，例如 not-started → completed）',
  'help.validate.exit.2':
    '用法或读写错误：未知选项、路径不存在、{noManifests}、--out 已存在而未给 --force、--baseline-dir 不存在或其中没有清单、--baseline-ref 不是任何提交（或不在 git 仓库中）、两者同时给出',
  'help.validate.states':
    '状态：not-started → planned → migrating → cut-over → completed；除 completed 外，任何状态都可以转为\n' +
    'blocked，并可从 blocked 回到除 completed 外的任何状态；cut-over 可以退回 migrating。使用 --baseline-dir\n' +
    '时，基线中没有的系统可以从任何状态开始；基线中不符合模式的文件不参与比较。\n' +
    '--baseline-ref HEAD 不需要检出即可与上一次提交比较：所校验路径下的每份清单用\n' +
    '`git show <commit>:<path>` 读取，问题的相关位置写作 HEAD:<path>。',
  'help.validate.cache':
    '缓存：每个文件自身的问题和汇总保存在 {cache}（或 --cache-dir）中，按文件名和内容、\n' +
    '模式、规则、envcloud 的版本和 --max-file-size 区分。跨文件规则的结果按各文件的事实（这些规则读取的\n' +
    '内容）保存，只有没有文件的事实改变、所指字段都还在原处时才复用，所以有没有缓存，报告都一样。\n' +
    '--no-cache 既不读也不写缓存。',
  'help.validate.example.default': 'manifests/、sharing/ 和 corrections/',
  'help.validate.example.baseline': 'CI 中上一次提交的检出：`git worktree add /tmp/base HEAD`',
  'help.validate.example.watch': '编辑时使用：每保存一次文件就输出一份新的报告',

  'help.new.description': '按编号（见附1）或按选项生成迁移清单的草稿。从不覆盖已有文件。',
  'help.new.number': '编号（1–182 的情况取自附1）',
  'help.new.name': '新系统的中文名称',
  'help.new.managing-unit': '系统管理单位',
  'help.new.reporting-unit': '系统填报单位；默认为系统管理单位',
  'help.new.outcome': '系统的处置方式',
  'help.new.business-system': '纳入系统所加入的业务系统',
  'help.new.slug': 'DNS 安全的标识（默认：s<number>-<拼音首字母>）',
  'help.new.dir': '清单文件夹',
  'help.new.as-of': '生成清单的日期，YYYY-MM-DD：新系统的截止日期和发布日期都在它之后（默认：中国时间的今天）',
  'help.new.exit.0': '已创建清单（它能通过校验）',
  'help.new.exit.1': '已拒绝：这些选项所描述的清单无法通过校验；打印出问题，不写入任何文件',
  'help.new.exit.2': '用法错误：缺少选项或选项未知、编号未知、文件已存在',
  'help.new.dates':
    '清单中的系统（--number 1–182，见附1）沿用方案中的日期（2017/2018 年）。新系统的截止日期和发布日期沿用\n' +
    '方案中的间隔，从 --as-of 算起：方案的第一个截止日期（2017-10-31）变为其后一个月的月底。\n' +
    '清单在写入前先校验：有错误的清单从不写入。',
  'help.new.example.number': '把第 27 号系统（见附1）写入 drafts/，就像它的文件被删掉了一样',

  'help.preview.description':
    '在 Pulumi 模拟下离线运行一个栈：汇总、plan.json，以及渲染并按模式检查过的每个 Kubernetes 对象。',
  'help.preview.out': '存放 plan.json 和渲染出的对象的文件夹（默认：.envcloud/preview/<stack>）',
  'help.preview.baseline': '该栈较早的 plan.json：列出相对于它的创建、更新、替换和删除',
  'help.preview.allow-data-loss': '与 --baseline 一起使用：放行对承载数据的资源的删除和替换（退出码 0）',
  'help.preview.audit':
    '同时在这一次运行上评估策略包，与 `envcloud audit` 相同：在 --out 中写入 audit.json，并打印其汇总行（程序只运行一次，不是两次）',
  'help.preview.waivers': '与 --audit 一起使用：豁免文件（默认：policies/waivers.yaml）',
  'help.preview.policy-config': '与 --audit 一起使用：策略包配置（默认：存在时用 policies/config.json）',
  'help.preview.exit.0': '没有问题',
  'help.preview.exit.1':
    'Kubernetes 模式问题、相对于 --baseline 有数据丢失而未给 --allow-data-loss、使用 --audit 时审计未通过，或{preflight}',
  'help.preview.exit.2': '{stackInput}、--baseline 有误、--out 文件夹不是 envcloud 写的而未给 --force',
  'help.preview.example.baseline': '与上面那次运行写出的计划比较',

  'help.audit.description': '在 Pulumi 模拟下离线运行一个栈，并结合豁免在其上评估策略包；生成给审计人员的报告。',
  'help.audit.format': '报告格式',
  'help.audit.force': '--out 文件已存在时覆盖它',
  'help.audit.waivers': '豁免文件',
  'help.audit.policy-config': '策略包配置，与传给 `pulumi --policy-pack-config` 的相同（默认：存在时用 {config}）',
  'help.audit.as-of':
    '按这一天生成计划并审计：sharing/ 中在这一天有效的共享答复开放数据，豁免是否过期也按这一天判断（YYYY-MM-DD；默认：堆栈配置 envcloud:asOf，未配置时为今天）',
  'help.audit.list-rules': '列出策略包中的策略后退出',
  'help.audit.exit.0': '没有违反强制策略（允许有建议性的和已豁免的问题），且至少有一条策略做出了判断',
  'help.audit.exit.1': '违反强制策略、豁免已过期、什么都没判断（每条策略都被禁用或不适用），或{preflight}',
  'help.audit.exit.2': '{stackInput}、豁免文件或策略包配置有误、--out 已存在而未给 --force',

  'help.report.description': '生成给人看的报告：考核指标、资源目录、年度报告、拓扑图和静态 HTML 看板。',
  'help.report.stack': '同时离线运行这个栈并附上其审计（prod、onprem、dev）；只含该栈的系统',
  'help.report.out': '要写入的文件夹（新的、空的，或以前由 envcloud 写过的）',
  'help.report.as-of': '按这一天判断截止日期和豁免（YYYY-MM-DD）；默认为今天',
  'help.report.year': '年度报告所属的年份；默认：一月份为上一年（报告应在一月底前提交），其余月份为当年至今',
  'help.report.writes':
    '写出：metrics.json、annual-report/*.md（总体和各单位）、catalog.csv 和 catalog.json、\n' +
    'sharing.json 和 sharing.html（存在 sharing/ 或 corrections/ 时）、\n' +
    'topology.svg、index.html 及 assets/ 和 systems/*.html（直接从磁盘打开 index.html；不需要服务器，\n' +
    '不需要网络），使用 --stack 时还有 audit.json。\n' +
    'annex2/unit-NN.html 和 annex2/unit-NN.csv：各单位的部门意见表（附2），按 --as-of\n' +
    '填写，每个系统一行（多个单位共同管理的系统出现在每个单位的表中），NN 与 annual-report/unit-NN.md\n' +
    '相同；HTML 按 A4 横向打印，CSV（带 BOM 的 UTF-8）可用 WPS 和 Excel 打开。',
  'help.report.exit.0': '已写出报告（使用 --stack 时，无论其审计发现什么：报告中会列出）',
  'help.report.exit.1': '使用 --stack 时：{preflight}',
  'help.report.exit.2': '{stackInput}、--as-of 或 --year 有误、--out 文件夹不是 envcloud 写的而未给 --force',

  ...ZH_HELP_WAVES,
};
