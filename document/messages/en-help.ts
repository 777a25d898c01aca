import { EN_HELP_WAVES } from './en-help-waves';

/**
 * The English of every `--help` (issue #14), spread into the English catalog (en.ts): commander's own
 * words (cli/help.ts), the program's and each command's description, arguments, options, notes, exit
 * codes and examples' notes (cli/commands/*.ts); the waves commands and deploy are in en-help-waves.ts.
 * Ids are `help.<command>.<what>`; `help.opt.*` are option descriptions several commands share. Literal
 * braces are values (`{selection}`): ICU reads a brace as a placeholder.
 */
export const EN_HELP = {
  // commander's words.
  'help.heading.usage': 'Usage:',
  'help.heading.arguments': 'Arguments:',
  'help.heading.options': 'Options:',
  'help.heading.global-options': 'Global Options:',
  'help.heading.commands': 'Commands:',
  'help.usage.options': '[options]',
  'help.usage.command': '[command]',
  'help.choices': 'choices: {choices}',
  'help.default': 'default: {value}',
  'help.preset': 'preset: {value}',
  'help.env': 'env: {name}',
  'help.extras': ' ({extras})',
  'help.option.help': 'display help for command',
  'help.option.version': 'output the version number',
  'help.command.help': 'display help for command',
  'help.examples': 'Examples:',

  // Exit codes (cli/help.ts exitStatusHelp).
  'help.exit-status': 'Exit status:',
  'help.exit.internal': 'internal error: a bug in envcloud (please report it with the command you ran)',
  'help.exit.preflight':
    "preflight findings, each located in a manifest or Pulumi.<stack>.yaml: a pool over capacity, a backup tier the centers cannot deliver, an image outside the stack's registry",
  'help.exit.stack-input':
    'usage or input error: unknown option or stack, bad stack config, manifests with errors (run `envcloud validate`)',
  'help.exit.no-manifests': 'a path with no manifest in it (nothing checked is not "valid")',

  // Options several commands share.
  'help.opt.stack': 'stack whose Pulumi.<stack>.yaml is used (prod, onprem, dev)',
  'help.opt.output-format': 'output format',
  'help.opt.out-report': 'write the report to a file instead of standard output',
  'help.opt.force-replace': 'replace the --out file if it exists',
  'help.opt.force-folder': 'write into a non-empty folder envcloud did not create',
  'help.opt.manifests': 'folder of manifests the stack deploys',
  'help.opt.as-of-deadlines': 'judge deadlines on this day (YYYY-MM-DD); default today',
  'help.opt.wave-ends': 'end date of each wave, comma-separated (later waves end 3 months apart)',
  'help.arg.paths-default': 'manifest files or folders (default: manifests/)',

  'help.program.description':
    'Migration manifests, Pulumi stacks and policies for the environmental protection cloud (环保云平台).',

  // validate
  'help.validate.description':
    'Check migration manifests against the schema and the cross-manifest rules; report every problem in every file.',
  'help.validate.paths':
    'manifest files or folders (folders are walked for .yaml/.yml); each file is read by its `kind`: SystemMigration, SharingRequest or DataCorrection',
  'help.validate.max-file-size': 'largest manifest accepted, in bytes',
  'help.validate.no-color': 'plain text output even on a terminal',
  'help.validate.as-of':
    'judge pending sharing requests, catalog publication deadlines and update cycles on this day, YYYY-MM-DD (default: today in China)',
  'help.validate.baseline-dir':
    "the manifests' previous version (a checkout of the last commit): each system's status change since then, matched by inventory number, must be a legal transition",
  'help.validate.baseline-ref':
    'like --baseline-dir, with the manifests as the git commit <git-ref> has them (HEAD: the last commit), read with git show; no copy on disk',
  'help.validate.jobs':
    'threads for the per-file checks: 1 to {max}, and at most the number of cores ({cores} here; a larger value is lowered to it, with a warning). Default 1; more may help on machines with many cores',
  'help.validate.cache-dir':
    "where each file's result is cached, keyed by its content, the schema, the rules and envcloud's version (default: {cache})",
  'help.validate.no-cache': 'check every file again, and read or write no cache',
  'help.validate.watch':
    "keep running: validate again whenever a manifest under the paths changes, is added or removed, and print the new report (Ctrl-C stops; the exit status is the last run's)",
  'help.validate.exit.0': 'valid (warnings allowed)',
  'help.validate.exit.1':
    'findings with errors (with --baseline-dir: also a status changed by an illegal step, such as not-started → completed)',
  'help.validate.exit.2':
    'usage or I/O error: unknown option, a path that does not exist, {noManifests}, --out exists without --force, a --baseline-dir that does not exist or holds no manifest, a --baseline-ref that names no commit (or outside a git repository), both given',
  'help.validate.states':
    'States: not-started → planned → migrating → cut-over → completed; blocked from any state but completed\n' +
    'and back to any but completed; cut-over back to migrating. With --baseline-dir, a system the baseline\n' +
    'does not have may start in any state; baseline files that do not pass the schema are left out.\n' +
    '--baseline-ref HEAD compares with the last commit without a checkout: each manifest under the paths\n' +
    "validated is read with `git show <commit>:<path>`, and a finding's related location reads HEAD:<path>.",
  'help.validate.cache':
    "Cache: each file's own findings and summary are kept in {cache} (or --cache-dir), keyed by\n" +
    "the file's name and content, the schemas, the rules, envcloud's version and --max-file-size. The findings\n" +
    "of the rules across files are kept for the files' facts (what those rules read) and reused only when no\n" +
    'facts changed and every field they point at is where it was, so the report is the same with or without\n' +
    'it. --no-cache reads and writes none.',
  'help.validate.example.default': 'manifests/, sharing/ and corrections/',
  'help.validate.example.baseline': 'a checkout of the last commit in CI: git worktree add /tmp/base HEAD',
  'help.validate.example.watch': 'while editing: a new report each time a file is saved',

  // new
  'help.new.description':
    'Scaffold a migration manifest, from an Annex 1 inventory number or from flags. Never overwrites a file.',
  'help.new.number': 'inventory number (1–182 take their facts from Annex 1)',
  'help.new.name': 'Chinese name of a new system',
  'help.new.managing-unit': 'unit that manages the system (系统管理单位)',
  'help.new.reporting-unit': 'unit that reports the system (系统填报单位); defaults to the managing unit',
  'help.new.outcome': 'disposition of the system',
  'help.new.business-system': 'business system a merged system joins',
  'help.new.slug': 'DNS-safe identifier (default: s<number>-<pinyin initials>)',
  'help.new.dir': 'manifests folder',
  'help.new.as-of':
    "day the system is scaffolded on, YYYY-MM-DD: a new system's deadline and publication dates fall after it (default: today in China)",
  'help.new.exit.0': 'created the manifest (it validates)',
  'help.new.exit.1':
    'refused: the manifest these flags describe does not validate; its findings are printed and nothing is written',
  'help.new.exit.2': 'usage error: missing or unknown flags, an unknown inventory number, the file already exists',
  'help.new.dates':
    "A system of Annex 1 (--number 1–182) keeps the plan's dates (2017/2018). A new system's deadline and\n" +
    "publication dates keep the plan's intervals, counted from --as-of: the plan's first deadline (2017-10-31)\n" +
    'becomes the end of the month after it.\n' +
    'The manifest is validated before it is written: a manifest with errors is never written.',
  'help.new.example.number': 'Annex 1 no. 27 into drafts/, as if its file were deleted',

  // preview
  'help.preview.description':
    'Run a stack offline under Pulumi mocks: summary, plan.json, every Kubernetes object rendered and schema-checked.',
  'help.preview.out': 'folder for plan.json and the rendered objects (default: .envcloud/preview/<stack>)',
  'help.preview.baseline': 'an earlier plan.json of this stack: list creates, updates, replaces and deletes against it',
  'help.preview.allow-data-loss':
    'with --baseline: let deletes and replacements of data-bearing resources through (exit 0)',
  'help.preview.audit':
    'also evaluate the policy pack on this same run, as `envcloud audit` would: audit.json in --out and its summary line (one run of the program, not two)',
  'help.preview.waivers': 'with --audit: waiver file (default: policies/waivers.yaml)',
  'help.preview.policy-config': 'with --audit: policy pack config (default: policies/config.json when present)',
  'help.preview.exit.0': 'clean',
  'help.preview.exit.1':
    'Kubernetes schema problems, data loss against --baseline without --allow-data-loss, with --audit an audit that did not pass, or {preflight}',
  'help.preview.exit.2': '{stackInput}, a bad --baseline, an --out folder envcloud did not write without --force',
  'help.preview.example.baseline': 'against the plan the run above wrote',

  // audit
  'help.audit.description':
    'Run a stack offline under Pulumi mocks and evaluate the policy pack on it, with the waivers; report for auditors.',
  'help.audit.format': 'report format',
  'help.audit.force': 'overwrite the --out file if it exists',
  'help.audit.waivers': 'waiver file',
  'help.audit.policy-config':
    'policy pack config, as given to pulumi --policy-pack-config (default: {config} when present)',
  'help.audit.as-of':
    'make the plan for this day and judge it on it: the grants in sharing/ live on it open data, waivers expire by it (YYYY-MM-DD; default: envcloud:asOf of the stack, else today)',
  'help.audit.list-rules': 'list the policies of the pack and exit',
  'help.audit.exit.0':
    'no mandatory violation (advisory and waived findings allowed) and at least one policy judged something',
  'help.audit.exit.1':
    'mandatory violations, expired waivers, nothing judged (every policy disabled or not applicable), or {preflight}',
  'help.audit.exit.2': '{stackInput}, a bad waiver file or pack config, --out exists without --force',

  // report
  'help.report.description':
    'Write the reports people read: assessment metrics, the resource catalog, annual reports, the topology picture and a static HTML dashboard.',
  'help.report.stack': 'also run this stack offline and include its audit (prod, onprem, dev); its systems only',
  'help.report.out': 'folder to write (new, empty, or written by envcloud before)',
  'help.report.as-of': 'judge deadlines and waivers on this day (YYYY-MM-DD); default today',
  'help.report.year':
    'year the annual report covers; default: the year before in January (the report is due by the end of January), else the current year so far',
  'help.report.writes':
    'Writes: metrics.json, annual-report/*.md (overall and per unit), catalog.csv and catalog.json,\n' +
    'sharing.json and sharing.html (when sharing/ or corrections/ exists),\n' +
    'topology.svg, index.html with assets/ and systems/*.html (open index.html from disk; no server, no\n' +
    'network), and audit.json with --stack.\n' +
    "annex2/unit-NN.html and annex2/unit-NN.csv: each unit's Annex 2 opinion form (附2 信息系统整合共享部门意见表),\n" +
    "filled on --as-of, one row per system (a jointly managed system on each of its units' forms), NN as in\n" +
    'annual-report/unit-NN.md; the HTML prints on A4 landscape, the CSV (UTF-8 with BOM) opens in WPS and Excel.',
  'help.report.exit.0': 'wrote the reports (with --stack, whatever its audit found: the reports show it)',
  'help.report.exit.1': 'with --stack: {preflight}',
  'help.report.exit.2': '{stackInput}, a bad --as-of or --year, an --out folder envcloud did not write without --force',

  // The waves commands and deploy.
  ...EN_HELP_WAVES,
} as const;
