import { catalogOf } from './catalog-of';
import type { MessageId } from './en';
import { ZH_RULES } from './zh-rules';
import { ZH_HELP } from './zh-help';
import { ZH_CLI } from './zh-cli';
import { ZH_REQUESTS } from './zh-requests';
import { ZH_RULE_TITLES } from './zh-rule-titles';
import { ZH_SHARING2 } from './zh-sharing2';
import { ZH_CORRECTIONS } from './zh-corrections';
import { ZH_AS_OF } from './zh-as-of';
import { ZH_POLICY_FINDINGS } from './zh-policy-findings';
import { ZH_INPUTS } from './zh-inputs';
import { ZH_INPUTS2 } from './zh-inputs2';
import { ZH_USAGE } from './zh-usage';

/**
 * 中文消息目录：与英文目录（en.ts）的 id 一一对应（编译器检查缺失或多余的 id，tests/i18n.test.ts
 * 检查占位符）。写给填写清单的各单位信息化人员：用他们的词，说清楚错在哪、怎么改。
 */
const ZH_BASE = {
  'severity.error': '错误',
  'severity.warning': '警告',
  'label.hint': '提示：',
  'label.see': '参见：',
  'label.note': '注意：',
  'verdict.valid': '通过',
  'verdict.invalid': '不通过',
  'text.untranslated': '{fallback}',
  'text.join': '{first}；{second}',
  'text.described': '{text}{description}',
  'text.unknown-error': '未知错误',
  'list.truncated': '{shown} 等（共 {count} 个）',

  'summary.counts': '{files} 个文件，{errors} 个错误，{warnings} 个警告：{verdict}',
  'summary.unconfirmed':
    '{files} 个文件中有 {unconfirmed} 个仍带有导入时填入的默认值（metadata.defaulted）：逐一确认或更正所列字段，再把它从列表中删除（`envcloud report` 把这些清单计为未确认）',
  'validate.near-yaml':
    '注意：有 {count} 个文件未读取，文件名像 YAML 却不以 .yaml 或 .yml 结尾：{files}\n提示：请改名为以 .yaml 结尾，才会检查（文件管理器可能隐藏了 .txt 等扩展名）',
  'validate.baseline-skipped':
    '注意：基线中有 {count} 个文件无法作为清单读取（不符合模式或过大），已略去，其系统的状态变化未作判断：{files}\n提示：请修正基线，或以本版本 envcloud 能读取的清单作为基线',
  'validate.wrote':
    '已写入 {out}：{files} 个文件，{errors} 个错误，{warnings} 个警告，{unconfirmed} 个带有待确认的导入默认值',
  'validate.jobs-capped': '警告：--jobs {jobs} 超过本机的 {cores} 个核心，改用 {cores} 个线程',
  'validate.both-baselines': '--baseline-dir 与 --baseline-ref 只能给一个：基线只有一个',
  'validate.watch.done':
    '[{time}] 已校验 {files} 个文件，用时 {seconds} 秒：{errors} 个错误，{warnings} 个警告；正在监视更改（按 Ctrl-C 结束）',
  'validate.watch.failed': '[{time}] {detail}；正在监视更改（按 Ctrl-C 结束）',
  'validate.watch.unwatchable': '无法监视 {path} 的更改：{reason}',
  'validate.watch.inotify': '已达到系统可监视文件夹数的上限（Linux 上请调大 fs.inotify.max_user_watches）',
  'junit.failure': '{count} 个错误：{first}',
  'sarif.with-hint': '{message}。提示：{hint}',
  'new.created': '已为系统 {number} 创建 {file}',
  'new.confirm': '请确认 metadata.defaulted 下列出的字段，然后运行 `envcloud validate`',
  'new.refused': '已拒绝：{file} 无法通过校验（见上方的错误），没有写入任何文件',
  'new.exists': '{file} 已存在（envcloud new 从不覆盖文件：请换一个 --slug，或直接编辑该文件）',
  'findings.too-many':
    '…… 本文件从此行起还有 {count} 条问题未列出（{errors, plural, =0 {} other {# 个错误}}{both, select, yes {，} other {}}{warnings, plural, =0 {} other {# 个警告}}）',
  'findings.too-many.hint':
    '每个文件只列出前 {limit} 条问题（汇总行计入全部）：先改正这些（往往是同一个错误重复出现），再重新校验',

  'option.lang': '消息和输出的语言，zh 或 en（默认取自 LC_ALL、LC_MESSAGES 或 LANG：zh_* 为 zh，其余为 en）',
  'option.lang-report': '报告和消息的语言，zh 或 en（默认 zh，与区域设置无关：报告是交给部里的）',
  'option.positive-integer': '应为正整数，实际是“{value}”',
  'option.jobs-max': '线程数最多为 {max}，实际是“{value}”',
  'option.date': '应为 YYYY-MM-DD 格式的日期，实际是“{value}”',
  'option.no-such-day': '“{value}”不是日历上的日期（该月没有这一天）',
  'option.too-early': '“{value}”早于 {first} 年：本工具的报告和计划都不涉及那个时候',
  'option.platform-stack': '应为 org/envcloud/prod 这样的栈（每一段都是 Pulumi 接受的名称），实际是“{value}”',
  'option.year': '应为四位数的年份（如 2018），实际是“{value}”',
  'cli.internal-error': '内部错误：{detail}',
  'cli.report-bug': '这是 envcloud 的缺陷，请连同所运行的命令一起报告',
  'cli.help-after-error': '（加 --help 查看用法）',
  'cli.unknown-option': '错误：未知选项 {option}',
  'cli.unknown-command': '错误：未知命令 {command}',
  'cli.did-you-mean': '（是不是要输入 {suggestion}？）',
  'cli.missing-argument': '错误：缺少必需的参数 {argument}',
  'cli.option-missing-argument': '错误：选项 {option} 缺少取值',
  'cli.missing-mandatory-option': '错误：必须给出选项 {option}',
  'cli.invalid-option-argument': '错误：选项 {option} 的取值“{value}”无效。{reason}',
  'cli.invalid-argument': '错误：参数 {argument} 的取值“{value}”无效。{reason}',
  'cli.allowed-choices': '可选值为 {choices}。',
  'cli.too-many-arguments':
    '错误：{command, select, none {} other {{command} 的}}参数过多：应为 {expected} 个，实际给了 {got} 个。',
  'cli.conflicting-options': '错误：{first} 不能与 {second} 同时使用',

  'file.bom': '文件以 UTF-8 字节顺序标记（BOM）开头',
  'file.utf16': '文件是 UTF-16 编码，不是 UTF-8',
  'file.save-utf8.hint': '把文件另存为不带 BOM 的 UTF-8 编码',
  'file.invalid-utf8': '第 {offset} 字节处是无效的 UTF-8 字节 0x{byte}',
  'file.invalid-utf8.hint':
    '把文件另存为 UTF-8 编码（以 GBK/GB18030 保存的文件须先转换，例如 `iconv -f GB18030 -t UTF-8`）',
  'file.cr-only': '文件使用 CR 换行（旧 Mac OS 风格）：全部 {count} 行都只以回车符结尾，各 YAML 解析器对此读法不一',
  'file.cr-only.hint':
    "把文件改存为 LF（Unix）换行：在编辑器的换行符设置中修改，或运行 `tr '\\r' '\\n' < old.yaml > new.yaml`",
  'file.stray-cr': '此行只以回车符（CR）结尾：文件中共有 {count} 行如此，各 YAML 解析器对此读法不一',
  'file.stray-cr.hint': '把文件改存为 LF（Unix）换行：在编辑器的换行符设置中修改，或删掉多余的回车符',
  'file.too-large': '文件大小为 {size}（{bytes} 字节），超过了 {limit}（{limitBytes} 字节）的上限',
  'file.too-large.hint': '一份清单只描述一个系统，通常只有几 KiB：把生成的内容拆出去，或用 --max-file-size 提高上限',
  'file.empty': '文件是空的（没有 YAML 内容）',
  'file.no-content': '文件没有 YAML 内容',
  'file.empty.hint': '用 `envcloud new` 新建清单，或删除该文件',

  'yaml.parser':
    '{code, select, ALIAS_PROPS {别名不能带锚点或标签} BAD_ALIAS {别名的写法不对} BAD_DIRECTIVE {以 % 开头的指令不对} BAD_DQ_ESCAPE {双引号字符串中的转义序列不对} BAD_INDENT {缩进不对} BAD_PROP_ORDER {锚点和标签要写在值的前面} BAD_SCALAR_START {值不能以这个字符开头（如 @ 或反引号），请给值加上引号} BLOCK_AS_IMPLICIT_KEY {多行的结构不能用作键} BLOCK_IN_FLOW {方括号或花括号里不能写多行的结构} DUPLICATE_KEY {同一层中的键重复了} KEY_OVER_1024_CHARS {键超过了 1024 个字符} MISSING_CHAR {缺少必要的字符} MULTILINE_IMPLICIT_KEY {键必须写在一行内} MULTIPLE_ANCHORS {一个值只能有一个锚点} MULTIPLE_DOCS {文件含有多个文档} MULTIPLE_TAGS {一个值只能有一个标签} NON_STRING_KEY {键必须是文字} TAB_AS_INDENT {缩进中用了制表符（Tab）} TAG_RESOLVE_FAILED {无法识别的标签} UNEXPECTED_TOKEN {此处出现了意外的内容} RESOURCE_EXHAUSTION {超出了解析的资源上限（别名或嵌套过多）} other {YAML 语法错误（{code}）}}',
  'yaml.hint.DUPLICATE_KEY': '同一层中每个键只能出现一次：删除或合并后出现的那个',
  'yaml.hint.TAB_AS_INDENT': 'YAML 只能用空格缩进：把制表符换成空格',
  'yaml.hint.TAG_RESOLVE_FAILED': '清单只用普通的 YAML 值：删掉 `!tag`',
  'yaml.hint.BAD_INDENT': '用空格把这个键与同级的键对齐',
  'yaml.hint.MISSING_CHAR': '检查此处附近的字符：可能缺少空格、逗号、冒号，或缺少闭合的引号、括号',
  'yaml.missing.comment-space': '`#` 紧跟在其他文字之后，不是注释：YAML 要求 `#` 前面有空格',
  'yaml.missing.comment-space.hint': '在 `#` 前加一个空格；如果 `#` 是值的一部分，给整个值加上引号',
  'yaml.missing.props-space': '锚点（`&名称`）或标签（`!标签`）后面要有空格',
  'yaml.missing.props-space.hint': '在锚点或标签与值之间加一个空格',
  'yaml.missing.comma': '方括号或花括号中的各项之间要用逗号分隔',
  'yaml.missing.comma.hint': '在各项之间加一个半角逗号 `,`',
  'yaml.missing.value': '这一行的键后面没有 `:`：YAML 无法把它读成“键: 值”',
  'yaml.missing.value.hint': '写成 `键: 值`，或删除这一行',
  'yaml.nesting.hint': '清单只有几层深（上限 {max} 层）：检查此处的括号和缩进',
  'yaml.multiple-documents': '文件含有 {count} 个 YAML 文档，一份清单只能有一个',
  'yaml.multiple-documents.hint': '每个系统单独写一个文件，并删掉多余的 `---`',
  'yaml.bad-merge': '合并键 `<<` 的值必须是映射或映射的列表，才能从中复制键',
  'yaml.bad-merge.hint': '让 `<<` 指向带锚点的映射（`<<: *defaults`），或直接写出这些键',
  'yaml.found.alias': '别名 `*{name}`',
  'yaml.found.value': '一个值',
  'yaml.not-mapping': '顶层是{kind}，应为映射（键: 值）',
  'yaml.not-mapping.hint': '清单从第 1 列的 `apiVersion: envcloud/v1` 和 `kind: SystemMigration` 开始',
  'yaml.unresolved-alias': '别名 `*{name}` 的上方没有对应的锚点 `&{name}`',
  'yaml.unresolved-alias.hint': '在前面的某个值上定义 `&{name}`，或直接写出这个值',
  'yaml.alias-bomb': '别名展开后超过 {max} 个节点（可能是“别名炸弹”）',
  'yaml.alias-bomb.hint': '直接写出各个值，不要层层套用锚点和别名',
  'yaml.too-deep': '嵌套太深，无法解析（上限 {max} 层）',
  'yaml.cannot-parse': '无法解析该文件：{detail}',
  'yaml.check-brackets.hint': '检查文件中的括号和缩进',
  'yaml.deeper-than': '嵌套超过了 {max} 层',
  'yaml.deeper-than.hint': '清单只有几层深：检查此处的缩进或括号',
  'yaml.forbidden-key': '不允许使用键 `{key}`',
  'yaml.forbidden-key.hint': '`__proto__`、`constructor` 和 `prototype` 是保留的键：请改名或删除',
  'yaml.complex-key':
    '此处的键是{alias, select, none {} other {别名 `*{alias}` 所指的}}{kind, select, mapping {映射} other {列表}}，不是字段名',
  'yaml.complex-key.hint': '键是普通的字段名（`name:`）：写上字段名，把列表或映射写在冒号后面',
  'text.chinese-quotes': '`{field}` 的值被中文引号 “ ” 括起来了，YAML 会把引号当作文字的一部分',
  'text.chinese-quotes.hint': '把中文引号 “ ” 改成英文引号 " "，或者去掉引号：照现在的写法，引号是值的一部分',
  'text.char.named': '{hex}（{name}）',
  'text.char.control': '{hex}（控制字符）',
  'text.char.bom': '{hex}（{name}，即字节顺序标记）',
  'text.non-printable': '`{field}` 含有 {char}，这是终端、电子表格或浏览器会执行的不可见字符',
  'text.non-printable.key': '键 `{field}` 含有 {char}，这是终端、电子表格或浏览器会执行的不可见字符',
  'text.non-printable.hint': '请去掉该字符重新输入（它常随复制粘贴带入）；名称和自由文本只能是普通的可打印文字',
  'yaml.indented-deeper': '第 {line} 行的缩进比周围的键更深，YAML 因此把它读成第 {previous} 行的值的一部分',
  'yaml.indented-deeper.hint': '让这个键与同级的键缩进一致（用空格，对齐到同一列）',
  'yaml.unclosed-quote': '此处开始的 {quote} 没有闭合',
  'yaml.unclosed-quote.hint': '在这一行用 {quote} 结束字符串',

  'slip.message': '{where}有{name}：YAML 不会把它读作{what, select, colon {键后面的冒号} other {空格}}',
  'slip.where.indentation': '缩进中',
  'slip.where.after-key': '键 `{key}` 之后',
  'slip.name.fullwidth-colon': '全角冒号 `：`（U+FF1A）',
  'slip.name.nbsp': '不间断空格（U+00A0）',
  'slip.name.fullwidth-space': '全角空格 `　`（U+3000）',
  'slip.name.fullwidth-comma': '全角逗号 `，`（U+FF0C）',
  'slip.name.left-quote': '中文引号 `“`（U+201C）',
  'slip.name.right-quote': '中文引号 `”`（U+201D）',
  'slip.fullwidth-colon.hint': '把全角冒号 ： 改成半角冒号 : 并在后面加一个空格',
  'slip.nbsp.hint': '把不间断空格换成普通空格（它常随复制粘贴而来）',
  'slip.fullwidth-space.hint': '把全角空格 　 改成半角空格',
  'slip.fullwidth-comma.hint': '把全角逗号 ， 改成半角逗号 ,',
  'slip.quotes.hint': '把中文引号 “ ” 改成英文引号 " "（或者去掉引号）',
  'slip.digits.hint': '把全角数字（如 ２７）改成半角数字（27）',

  'where.top': '顶层',
  'where.field': '`{field}`',
  'schema.required': '{where}缺少必填字段 `{missing}`',
  'schema.required.hint': '添加 `{missing}:`',
  'schema.unknown-field': '{where}中有未知字段 `{extra}`',
  'schema.unknown-field.hint': '允许的字段：{allowed}',
  'schema.unknown-field.hint-suggest': '是不是要写 `{suggestion}`？允许的字段：{allowed}',
  'schema.enum': '{value} 不是 {where} 允许的值',
  'schema.enum.hint': '允许的值：{allowed}',
  'schema.enum.hint-suggest': '是不是要写 `{suggestion}`？允许的值：{allowed}',
  'schema.const': '{where} 必须是 {expected}，实际是 {value}',
  'schema.const.hint': '写成 `{key}: {expected}`',
  'schema.type': '{where} 应为{expected}，实际是{found}',
  'schema.type.hint': '写成{expected}',
  'schema.type.finite.hint': '写一个有限的数',
  'schema.type-name':
    '{type, select, string {字符串} integer {整数} number {数字} boolean {布尔值（true 或 false）} object {映射（键: 值）} array {列表} null {空值} other {{type} 类型}}',
  'schema.found.null': ' null（空值）',
  'schema.found.list': '列表',
  'schema.found.mapping': '映射（键: 值）',
  'schema.found.scalar': '{type, select, string {字符串} number {数字} boolean {布尔值} other {{type}}} {value}',
  'schema.found.nan': ' `.nan`（YAML 的非数字值）',
  'schema.found.infinity': ' `.inf`（YAML 的正无穷大）',
  'schema.found.negative-infinity': ' `-.inf`（YAML 的负无穷大）',
  'schema.found.not-finite': '{value}，不是有限的数',
  'schema.format': '{value} 不是 {where} 的有效值（应为 {format} 格式）',
  'schema.pattern': '{value} 不是 {where} 的有效值',
  'schema.pattern.hint': '须符合正则表达式 {pattern}',
  'schema.limit': '{where} 必须 {comparison} {limit}',
  'schema.length':
    '{where} 不能{bound, select, min {少于} other {多于}} {limit} {unit, select, items {项} other {个字符}}',
  'schema.found': '{text}，实际是 {found}',
  'schema.range.hint': '修改这个值，使它落在允许的范围内',
  'schema.unique-items': '{where} 不能有重复项（第 {j} 项与第 {i} 项相同，从 0 数起）',
  'schema.one-of': '{where} 必须恰好符合 oneOf 中的一个模式',
  'schema.any-of': '{where} 必须符合 anyOf 中的某一个模式',
  'schema.if': '{where} 必须符合“{failing}”分支的模式',
  'schema.keyword': '不符合模式中 `{keyword}` 的要求',
  'schema.invalid': '{where} {detail}',
};

/** 中文消息目录：上面的通用词语，再加上各领域（规则、帮助、命令行等）各自文件中的消息。 */
export const ZH: Readonly<Record<MessageId, string>> = catalogOf(
  ZH_BASE,
  ZH_RULES,
  ZH_HELP,
  ZH_CLI,
  ZH_REQUESTS,
  ZH_RULE_TITLES,
  ZH_SHARING2,
  ZH_CORRECTIONS,
  ZH_AS_OF,
  ZH_POLICY_FINDINGS,
  ZH_INPUTS,
  ZH_INPUTS2,
  ZH_USAGE,
);
