/**
 * The `yaml` library, loaded on first use: clean files never need it (the fast path parses them), and
 * loading it costs ~40 ms at every start of the CLI and of every worker thread.
 */
let loaded: typeof import('yaml') | undefined;

export function yamlLib(): typeof import('yaml') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('yaml') as typeof import('yaml'));
}
