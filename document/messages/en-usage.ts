/**
 * The English usage errors (exit 2) of the commands a unit runs: a stack name, the manifests' folder,
 * `envcloud new`, `--baseline-dir`, `--baseline-ref`, a write that failed, the deploy state; spread into
 * the English catalog (en.ts). Each says word for word what envcloud said before it had a catalog.
 */
export const EN_USAGE = {
  'usage.stack-name':
    "stack name \"{stack}\" is not one Pulumi accepts: letters, digits, '-', '_' and '.', at most 100 characters (stack names are not paths)",
  'usage.empty-path': '{what} is an empty path: name a file or folder',
  'usage.waves.undeclared': 'no manifest declares wave {waves} (the manifests declare {declared})',
  'usage.empty-value': '{what} is empty: give it a value, or leave the option out',
  'usage.waves.other-platform':
    '--platform-stack {platform} is not the stack {stack} these wave stacks run on: give org/project/{stack}',
  'usage.path-not-found': 'path not found: {path}',
  'usage.folder-unreadable': 'cannot read the folder {dir}: {reason}',
  'usage.no-manifest':
    'no manifest found in {path}: no .yaml or .yml file in it or in its folders (hidden folders and node_modules are not searched)',
  'usage.baseline-dir.missing': '--baseline-dir {dir}: no such folder',
  'usage.baseline-dir.problem': '--baseline-dir {dir}: {problem}',
  'usage.baseline-ref.not-revision': '--baseline-ref {ref}: not a git revision (a branch, tag or commit such as HEAD)',
  'usage.baseline-ref.no-repository': '--baseline-ref {ref}: {cwd} is not in a git repository ({detail})',
  'usage.baseline-ref.no-commit':
    '--baseline-ref {ref}: no such commit in the repository at {top} (try HEAD, HEAD~1, a branch or a tag)',
  'usage.new.slug':
    '--slug "{slug}" is not a slug: lower-case letters, digits and \'-\', starting with a letter, at most 63 characters (RFC 1123 label)',
  'usage.new.exists': 'system {number} already has a manifest: {file} (envcloud new never overwrites; edit that file)',
  'usage.new.not-annex1': '{number} is not an Annex 1 inventory number; a new system needs {flags}',
  'usage.new.needs': 'a new system needs {flags} (or --number N for an Annex 1 system)',
  'usage.new.business-system': '--outcome merge needs --business-system (one of {systems})',
  'usage.new.number-range': '--number {number} is past the largest inventory number, {max}',
  'usage.new.no-free-number': 'no inventory number is free: every one up to {max} has a manifest',
  'usage.new.outside': 'refusing to write {file}: outside {dir}',
  // A write that failed (cli/write.ts outputError): {option} is the option that named the path.
  'usage.write': 'cannot write {path}: {reason}',
  'usage.write.not-folder':
    'a part of that path is a file, not a folder: choose another {option}, or move the file out of the way',
  'usage.write.is-folder': 'it is a folder: {option} names a file here, e.g. {option} report.txt',
  'usage.write.exists':
    'a file of that name is in the way of a folder: choose another {option}, or move the file out of the way',
  'usage.write.denied':
    'permission denied: choose a folder you can write to, or fix its permissions (ls -ld on it shows them)',
  'usage.write.read-only': 'the file system is read-only: choose {option} on a writable disk',
  'usage.write.full': 'the disk is full: free space, or choose {option} on another disk',
  'usage.write.too-long': 'the path is too long: choose a shorter {option}',
  'usage.write.missing': 'a folder on the way does not exist, or cannot hold new files: choose another {option}',
  'usage.write.loop': 'a symbolic link in the path leads back to itself: choose another {option}',
  'usage.write.dangling':
    'it is a symbolic link to something that does not exist: remove the link, make what it names, or choose another {option}',
  // Option values of `envcloud waves` (cli/commands/waves.ts).
  'usage.option.share': 'expected a share of the pool\'s capacity above 0 and at most 1, such as 0.1, got "{value}"',
  'usage.option.wave-ends': 'wave ends must increase: {date} is not after {previous}',
  'usage.option.max-waves': 'expected at most 100 waves (the schema\'s limit), got "{value}"',
  // A wave envcloud waves --write cannot write by itself (waves/manifests.ts withWave).
  'usage.waves.not-a-number': '{file}: spec.schedule.wave is not a number written in the file; set it by hand',
  'usage.waves.not-digits': '{file}: spec.schedule.wave is written as `{written}`, not as plain digits; set it by hand',
  'usage.waves.more-than-wave': '{file}: writing wave {wave} would change more than spec.schedule.wave; set it by hand',
  'usage.waves.other-bytes': '{file}: writing wave {wave} would change other bytes; set it by hand',
  // The Annex 1 inventory read by envcloud import (inventory/annex1.ts, import.ts); {at} is file:line:column.
  'usage.inventory.header': '{at}: expected the header {expected}, found {found}',
  'usage.inventory.cells': '{at}: expected {expected} non-empty tab-separated cells, found {found}',
  'usage.inventory.number': '{at}: inventory number must be a positive integer, found "{found}"',
  'usage.inventory.twice': '{at}: inventory number {number} appears twice',
  'usage.inventory.recommendation': '{at}: unknown recommendation "{recommendation}" for system {number}',
  // Dependencies in a cycle (waves/graph.ts, deploy-plan.ts).
  'waves.cycle': "the manifests' dependencies form a cycle of {count} systems ({path}); no wave order satisfies it",
  'waves.cycle.member': '{at}: error[dependency-cycle]: {reason}',
  'waves.cycle.hint':
    'hint: remove one of these dependencies: correct the providing unit of the data resource, or the disposition',
  'waves.stack-cycle': 'the wave stacks depend on each other in a cycle ({path}): no deploy order exists',
  'waves.stack-cycle.hint':
    'hint: `envcloud waves plan --write` moves the systems into waves that follow their dependencies',
  'usage.deploy-state.unreadable': '{path}: not a deploy state ({detail}); delete it to start afresh',
  'usage.deploy-state.other-stack': '{path}: not the deploy state of stack {stack}; delete it to start afresh',
} as const;
