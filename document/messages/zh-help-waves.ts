import type { EN_HELP_WAVES } from './en-help-waves';

/** 迁移批次命令（plan、status、runbooks、stacks）和 deploy 的 `--help` 的中文，并入帮助目录（zh-help.ts）。 */
export const ZH_HELP_WAVES: Readonly<Record<keyof typeof EN_HELP_WAVES, string>> = {
  'help.waves.description': '规划迁移批次，跟踪其进度，为每个系统写操作手册，为每个批次写一个栈。',

  'help.plan.description':
    '为每个系统提议一个批次：排在它所依赖的系统之后，不超过每个资源池每批的余量（取自栈配置），可行时就在它声明的批次，并在截止日期之前；说明每一项安排和每一次调整。',
  'help.plan.stack': '用哪个栈的资源池容量限制各批次（Pulumi.<stack>.yaml）',
  'help.plan.wave-share': '一个批次最多可迁移每个资源池容量（cpu、memory、storage）的多大比例，大于 0 且不超过 1',
  'help.plan.max-waves': '计划最多可用的批次数（不超过 100，即模式的上限）',
  'help.plan.out': '把计划写入文件，而不是标准输出',
  'help.plan.write': '把每个有变化的批次写入其清单的 spec.schedule.wave（只改这一个值；注释和排版保持不变）',
  'help.plan.dependencies':
    '依赖：纳入系统排在其业务系统的平台部分之后；数据使用方排在接入其所用数据的系统之后；门户集成排在门户\n' +
    '之后；下线排在其归档存在之后；网站群中的网站排在网站群（第 178 号，见附1）之后。平台栈在第 1 批之前部署。\n' +
    '默认各批次在方案规定的日期结束：{ends}。',
  'help.plan.exit.0': '得到没有违规的计划（使用 --write 时：已写入有变化的批次）',
  'help.plan.exit.1':
    '得不到没有违规的计划：存在依赖环（在环上的每份清单中定位），或有系统在任何批次都放不下；不写入任何文件',
  'help.plan.exit.2': '{stackInput}、选项有误、--out 已存在而未给 --force、某个批次不改动其值以外的内容就无法写入',

  'help.status.description': '每个批次的系统及其状态，以及对照方案日期和里程碑（含牵头单位，见附3）已逾期的事项。',
  'help.status.out': '把状态写入文件，而不是标准输出',
  'help.status.overdue':
    '系统在截止日期已过且未完成时逾期；批次在已结束且其系统未全部完成时逾期；里程碑（见附3）在日期已过且其\n' +
    '涵盖的某个系统未完成时逾期。没有清单跟踪的里程碑（目录、制度、中心）照此列出。',
  'help.status.exit.0': '已写出状态（无论有什么逾期：报告中会写明）',
  'help.status.exit.2':
    '用法或输入错误：选项或日期有误、清单有错误（请运行 `envcloud validate`）、--out 已存在而未给 --force',

  'help.runbooks.description':
    '根据清单为每个系统写一份操作手册（Markdown，中英文）：前提条件、数据迁移方式、割接窗口、验证、回退和原主机；对下线的系统，先归档再退役。',
  'help.runbooks.out': '写入操作手册的文件夹（运行结束时整体替换）',
  'help.runbooks.stack': '操作手册中所写的平台栈（其批次栈为 <stack>-wave<N>）',
  'help.runbooks.force': '写入不是 envcloud 写的 --out 文件夹',
  'help.runbooks.transfer':
    '数据迁移方式按数据库的引擎和大小以及文件的大小选择（model/transfer-methods.ts）：不超过 100 GiB 的\n' +
    '数据库在窗口内导出再导入，更大的提前复制（PostgreSQL 逻辑复制、MySQL binlog 复制）；文件和对象\n' +
    '在线复制，超过 10 TiB 的先用加密磁盘运送。窗口在系统截止日期前的最后一个星期六 22:00 开始，持续\n' +
    '2 小时加上导出时间（每小时 50 GiB）。',
  'help.runbooks.exit.0': '已写出操作手册（每个系统一份，另有 index.md）',
  'help.runbooks.exit.1': '清单之间存在依赖环（在环上的每份清单中定位）；不写入任何文件',
  'help.runbooks.exit.2':
    '用法或输入错误：清单有错误（请运行 `envcloud validate`）、--out 文件夹不是 envcloud 写的而未给 --force',

  'help.stacks.description':
    '为每个批次写出 Pulumi.<stack>-wave<N>.yaml：平台栈配置的副本，只把该批次的系统部署到平台栈上（envcloud:platformStack、{selection}）。',
  'help.stacks.paths': '清单文件或文件夹，为其中声明的批次各写一个栈（默认：manifests/）',
  'help.stacks.stack': '平台栈（Pulumi.<stack>.yaml）',
  'help.stacks.out': '写入栈文件的文件夹（默认为项目文件夹，与 Pulumi.yaml 并列）',
  'help.stacks.waves': '只写这些批次，以逗号分隔（默认：清单中声明的每个批次）',
  'help.stacks.platform-stack':
    '用 StackReference 指称平台栈的名称，org/project/stack（默认：organization/<project>/<stack>，即自管后端上的名称）',
  'help.stacks.force': '替换已存在的栈文件',
  'help.stacks.files':
    '每个文件都是平台栈文件的原样副本（保留注释、密钥提供方和加密的值，因此密钥用同一把钥匙解密），再设置\n' +
    'envcloud:platformStack 和 envcloud:systems；平台栈原有的系统选择被替换。每个文件都在写入任何内容\n' +
    '之前按 preview 加载栈的方式加载一遍。请给平台栈本身写上 {none}，\n' +
    '使它只构建平台。',
  'help.stacks.exit.0': '已写出栈文件',
  'help.stacks.exit.2': '{stackInput}、栈文件已存在而未给 --force',

  'help.deploy.description':
    '先部署平台栈，再按依赖顺序部署各批次栈（Pulumi.<stack>-wave<N>.yaml），相互独立的并行部署；通过 Pulumi 的 Automation API 并应用策略包；显示每个栈的进度，并写 JSON 日志。',
  'help.deploy.stack': '平台栈（Pulumi.<stack>.yaml）；其批次栈为 <stack>-wave<N>',
  'help.deploy.wave': '只部署这一批：平台栈（及其所依赖的批次）只检查、不部署',
  'help.deploy.preview-only': '对每个栈运行 `pulumi preview`，而不是 `pulumi up`',
  'help.deploy.offline':
    '在离线引擎上运行同样的编排（在进程内、模拟下、一次一个栈）：不部署任何东西，不需要 Pulumi 命令行或凭据',
  'help.deploy.json-log': '每个栈的每个事件（开始、结束、跳过）向这个文件追加一行 JSON 对象',
  'help.deploy.parallel': '同时运行的栈数上限（1 到 {max}）',
  'help.deploy.resume': '跳过部署状态（.envcloud/deploy/<stack>.json）中记为同一阶段已成功的栈',
  'help.deploy.list': '按部署顺序列出各栈、各自等待什么及原因，以及栈文件是否就绪；不运行任何东西',
  'help.deploy.runs': '运行方式：',
  'help.deploy.run.up': '`pulumi up`：先平台，再各批次',
  'help.deploy.run.preview': '对每个栈运行 `pulumi preview`',
  'help.deploy.run.wave': '只部署第 2 批，平台只检查',
  'help.deploy.run.resume': '失败之后：只运行没有成功的',
  'help.deploy.order':
    '顺序：先平台栈；批次栈排在平台之后，并排在其系统所依赖的系统所在的批次栈之后（waves/graph.ts）。\n' +
    '某个栈失败时，不依赖它的栈继续运行；依赖它的栈被跳过，并说明原因。真正部署需要 PATH 中有 Pulumi\n' +
    '命令行并已登录后端（PULUMI_ACCESS_TOKEN、PULUMI_BACKEND_URL 或 `pulumi login`），以及各云的凭据。',
  'help.deploy.exit.0': '每个栈都成功了（或以前已成功：--resume）',
  'help.deploy.exit.1': '有栈失败，或因其所依赖的栈失败而被跳过；或各批次栈相互依赖成环',
  'help.deploy.exit.2':
    '{stackInput}、没有 Pulumi 命令行或未登录后端（真正部署时）、批次栈文件缺失或过时、平台栈也部署了系统、--stack 是 kubeconfig 栈或只含系统的栈、--wave 未知',
  'help.deploy.wave-files':
    '批次栈文件由 `envcloud waves stacks --stack <stack>` 生成；平台栈不得部署其中的任何系统\n' +
    '（在 Pulumi.<stack>.yaml 中写 `{none}`）。',
};
