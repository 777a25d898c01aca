/**
 * The English of the `--help` of the waves commands (plan, status, runbooks, stacks) and of deploy
 * (cli/commands/waves.ts, deploy.ts), spread into the help catalog (en-help.ts). Literal braces are values
 * (`{selection}`, `{none}`): ICU reads a brace as a placeholder.
 */
export const EN_HELP_WAVES = {
  'help.waves.description':
    'Plan the migration waves, follow their progress, write a runbook per system and a stack per wave.',

  // waves plan
  'help.plan.description':
    "Propose a wave for every system: after what it depends on, within each pool's room per wave (from the stack config), in its declared wave where that is feasible, by its deadline; explain every assignment and every move.",
  'help.plan.stack': 'stack whose pool capacities bound the waves (Pulumi.<stack>.yaml)',
  'help.plan.wave-share':
    "share of each pool's capacity (cpu, memory, storage) one wave may move, above 0 and at most 1",
  'help.plan.max-waves': "most waves the plan may use (at most 100, the schema's limit)",
  'help.plan.out': 'write the plan to a file instead of standard output',
  'help.plan.write':
    "write each changed wave into its manifest's spec.schedule.wave (only that value changes; comments and layout are kept)",
  'help.plan.dependencies':
    "Dependencies: a merged system after its business system's platform pieces; a data consumer after the\n" +
    'system that onboards the data it uses; portal integrations after the portal; a decommission after its\n' +
    'archive exists; website-cluster sites after the website cluster (Annex 1 no. 178). The platform stack\n' +
    "is deployed before wave 1. Waves end on the plan's dates by default: {ends}.",
  'help.plan.exit.0': 'a plan without violations (with --write: the changed waves are written)',
  'help.plan.exit.1':
    'no plan without violations: a dependency cycle (located in each manifest on it), or a system no wave has room for; nothing is written',
  'help.plan.exit.2':
    '{stackInput}, a bad option, --out exists without --force, a wave that cannot be written without changing more than its value',

  // waves status
  'help.status.description':
    "Each wave's systems and their states, and what is overdue against the plan's dates and Annex 3's milestones (with their lead units).",
  'help.status.out': 'write the status to a file instead of standard output',
  'help.status.overdue':
    'A system is overdue when its deadline has passed and it is not completed; a wave, when it has ended\n' +
    'and not all its systems are completed; an Annex 3 milestone, when its date has passed and a system it\n' +
    'covers is not completed. Milestones no manifest tracks (the catalog, the rules, the centers) are listed\n' +
    'as such.',
  'help.status.exit.0': 'the status was written (whatever is overdue: the report says so)',
  'help.status.exit.2':
    'usage or input error: a bad option or date, manifests with errors (run `envcloud validate`), --out exists without --force',

  // waves runbooks
  'help.runbooks.description':
    'Write one runbook per system (Markdown, Chinese and English) from its manifest: prerequisites, data transfer method, cutover window, verification, rollback and the old host; for a decommission, the archive and then the retirement.',
  'help.runbooks.out': 'folder to write the runbooks into (replaced whole when the run ends)',
  'help.runbooks.stack': 'the platform stack the runbooks name (its wave stacks are <stack>-wave<N>)',
  'help.runbooks.force': 'write into an --out folder envcloud did not write',
  'help.runbooks.transfer':
    "The data transfer method is chosen by the database's engine and size and the files' size\n" +
    '(model/transfer-methods.ts): a database up to 100 GiB is dumped and restored inside the window, a larger\n' +
    'one replicated ahead of it (PostgreSQL logical replication, MySQL binlog replication); files and objects\n' +
    'are copied online, more than 10 TiB shipped on encrypted disks first. The window opens at 22:00 on the\n' +
    "last Saturday before the system's deadline and lasts 2 hours plus the dump time (50 GiB/h).",
  'help.runbooks.exit.0': 'the runbooks were written (one per system, and index.md)',
  'help.runbooks.exit.1':
    'a dependency cycle between the manifests (located in each manifest on it); nothing is written',
  'help.runbooks.exit.2':
    'usage or input error: manifests with errors (run `envcloud validate`), an --out folder envcloud did not write without --force',

  // waves stacks
  'help.stacks.description':
    "Write Pulumi.<stack>-wave<N>.yaml for each wave: a copy of the platform stack's config that deploys only that wave's systems onto the platform stack (envcloud:platformStack, {selection}).",
  'help.stacks.paths': 'manifest files or folders whose declared waves get a stack (default: manifests/)',
  'help.stacks.stack': 'the platform stack (Pulumi.<stack>.yaml)',
  'help.stacks.out': 'folder to write the stack files into (the project folder, beside Pulumi.yaml, by default)',
  'help.stacks.waves': 'only these waves, comma-separated (default: every wave a manifest declares)',
  'help.stacks.platform-stack':
    'the platform stack as a StackReference names it, org/project/stack (default: organization/<project>/<stack>, the name on a self-managed backend)',
  'help.stacks.force': 'replace stack files that exist',
  'help.stacks.files':
    "Each file is the platform stack's file as it is (comments, secrets provider and encrypted values kept, so\n" +
    'the secrets decrypt with the same key), with envcloud:platformStack and envcloud:systems set; a\n' +
    'selection the platform stack had is replaced. Each is loaded as preview loads a stack before anything is\n' +
    'written. Give the platform stack itself {none} so it builds only the platform.',
  'help.stacks.exit.0': 'the stack files were written',
  'help.stacks.exit.2': '{stackInput}, a stack file that exists without --force',

  // deploy
  'help.deploy.description':
    'Deploy the platform stack, then the wave stacks (Pulumi.<stack>-wave<N>.yaml) in dependency order, independent ones in parallel, through the Pulumi Automation API with the policy pack; per-stack progress and a JSON log.',
  'help.deploy.stack': 'the platform stack (Pulumi.<stack>.yaml); its wave stacks are <stack>-wave<N>',
  'help.deploy.wave':
    'deploy only this wave: the platform stack (and the waves it depends on) are checked, not deployed',
  'help.deploy.preview-only': '`pulumi preview` each stack instead of `pulumi up`',
  'help.deploy.offline':
    'run the same orchestration on the offline engine (in-process, under mocks, one stack at a time): nothing is deployed, no CLI or credentials needed',
  'help.deploy.json-log': 'append one JSON object per line per stack event (start, end, skip) to this file',
  'help.deploy.parallel': 'most stacks run at once (1 to {max})',
  'help.deploy.resume':
    'skip the stacks the deploy state (.envcloud/deploy/<stack>.json) records as succeeded in the same phase',
  'help.deploy.list':
    'print the stacks in deploy order with what each waits for and why, and whether their stack files are ready; run nothing',
  'help.deploy.runs': 'Runs:',
  'help.deploy.run.up': 'pulumi up: the platform, then the waves',
  'help.deploy.run.preview': 'pulumi preview of each stack',
  'help.deploy.run.wave': 'only wave 2, the platform checked',
  'help.deploy.run.resume': 'after a failure: only what did not succeed',
  'help.deploy.order':
    'Order: the platform stack first; a wave stack after the platform and after the wave stacks holding the\n' +
    'systems its systems depend on (waves/graph.ts). When a stack fails, the stacks that do not depend on it\n' +
    'run on; those that do are skipped, with the reason. The real path needs the Pulumi CLI on PATH and a\n' +
    "backend login (PULUMI_ACCESS_TOKEN, PULUMI_BACKEND_URL or `pulumi login`), and the clouds' credentials.",
  'help.deploy.exit.0': 'every stack succeeded (or had succeeded: --resume)',
  'help.deploy.exit.1':
    'a stack failed or was skipped because one it depends on failed; or the wave stacks depend on each other in a cycle',
  'help.deploy.exit.2':
    '{stackInput}, no Pulumi CLI or backend login (real path), a missing or stale wave stack file, a platform stack that deploys systems too, a kubeconfig or systems-only --stack, an unknown --wave',
  'help.deploy.wave-files':
    'The wave stack files come from `envcloud waves stacks --stack <stack>`; the platform stack must deploy\n' +
    'none of their systems (`{none}` in Pulumi.<stack>.yaml).',
} as const;
