// The one reader of Pulumi.yaml: its name, `runtime` and `main` (project-runtime.ts) and its config
// declarations (project-declarations.ts), applied to a stack's config exactly as the Pulumi CLI applies
// them before it starts the program (project-merge.ts). The offline engine and the runtime-protocol
// runner both start from the project read here, so an offline run fails where `pulumi preview` would,
// with the CLI's own sentences, located in the file to change.
import { existsSync } from 'node:fs';
import { readInputFile } from '../validation/files';
import { dirname, join, relative, resolve } from 'node:path';
import type { Position } from '../document/findings';
import type { Locator } from '../document/locate';
import { parseLocatedYaml } from '../document/located-yaml';
import type { ConfigProblem } from './config';
import { msg, said } from '../document/i18n';
import { isMap, readDeclaration, type ConfigDeclaration } from './project-declarations';
import { readRuntime, type ProjectRuntime } from './project-runtime';

export { fullConfigKey, type ConfigDeclaration } from './project-declarations';
export { applyProjectConfig, pulumiConfigOf, type MergedConfig, type StackSide } from './project-merge';
export type { ProjectRuntime } from './project-runtime';

export const PROJECT_FILE = 'Pulumi.yaml';

/** A stack-config problem; `file` when it is not in the stack file, `verbatim` when the message is the CLI's sentence (it names the key itself). */
export interface StackConfigProblem extends ConfigProblem, Position {
  file?: string;
  verbatim?: boolean;
}

export interface ProjectFile {
  /** Path of Pulumi.yaml relative to the stack's folder, as problems name it. */
  file: string;
  /** The folder Pulumi.yaml is in, absolute: `main` and the runtime's paths are relative to it. */
  directory: string;
  name: string;
  /** `main` as written: the program's folder or file; absent when it is Pulumi.yaml's folder. */
  main?: string;
  runtime: ProjectRuntime;
  declarations: ConfigDeclaration[];
  locator: Locator;
}

/** The program's folder (`main`, default Pulumi.yaml's own), absolute, where the language host starts it. */
export function programDirectory(project: Pick<ProjectFile, 'directory' | 'main'>): string {
  return project.main ? join(project.directory, project.main) : project.directory;
}

/** The project file the CLI would use for a stack in `root`: the nearest Pulumi.yaml in it or above it. */
function findProjectFile(root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const candidate = join(dir, PROJECT_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Loads and validates Pulumi.yaml's name and config declarations; problems instead of a project when any. */
export function loadProjectFile(root: string): { project?: ProjectFile; problems: StackConfigProblem[] } {
  const path = findProjectFile(root);
  if (!path) {
    return {
      problems: [
        {
          file: PROJECT_FILE,
          key: PROJECT_FILE,
          path: [],
          ...said(msg('inputs.project.missing'), msg('inputs.project.missing.hint')),
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const file = relative(resolve(root), path) || PROJECT_FILE;
  // The manifests' encoding checks (a BOM, UTF-16, GBK), located, instead of reading mojibake.
  // Bounded, and only a regular file, like every input file (a FIFO hung the read).
  const read = readInputFile(path);
  if ('problem' in read) {
    const { problem } = read;
    return {
      problems: [
        {
          file,
          key: PROJECT_FILE,
          path: [],
          ...(problem.missing
            ? said(msg('inputs.project.vanished'), msg('inputs.project.vanished.hint'))
            : { message: problem.message, hint: problem.hint, localized: problem.localized }),
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const bytes = read.bytes;
  const parsed = parseLocatedYaml(bytes);
  if (parsed.problems.length > 0)
    return { problems: parsed.problems.map((problem) => ({ file, key: PROJECT_FILE, path: [], ...problem })) };
  const { data: raw, locator } = parsed as Extract<typeof parsed, { text: string }>;
  const problems: StackConfigProblem[] = [];
  const name = isMap(raw) ? raw.name : undefined;
  if (typeof name !== 'string' || name === '') {
    problems.push({
      file,
      key: 'name',
      path: [],
      ...said(msg('inputs.project.no-name'), msg('inputs.project.example', { text: 'name: envcloud' })),
      verbatim: true,
      ...locator.locate(['name']),
    });
    return { problems };
  }
  const config = isMap(raw) ? raw.config : undefined;
  if (config !== undefined && config !== null && !isMap(config)) {
    problems.push({
      file,
      key: 'config',
      path: [],
      ...said(msg('inputs.project.config-map'), msg('inputs.project.config-map.hint')),
      ...locator.locate(['config']),
    });
    return { problems };
  }
  const { runtime, main } = readRuntime(raw as Record<string, unknown>, (path, message, hint) => {
    problems.push({
      file,
      key: String(path[0]),
      path: [],
      ...said(message, hint),
      ...locator.locate(path.length > 1 || path[0] === 'main' ? path : ['runtime']),
    });
  });
  if (!runtime) return { problems };
  const declarations: ConfigDeclaration[] = [];
  for (const key of Object.keys(config ?? {}).sort()) {
    const declaration = readDeclaration(
      name,
      key,
      (config as Record<string, unknown>)[key],
      (path, message, hint, verbatim) => {
        problems.push({
          file,
          key,
          path,
          ...said(message, hint),
          ...(verbatim ? { verbatim } : {}),
          ...locator.locate(['config', key, ...path], path.length === 0 ? 'key' : 'value'),
        });
      },
    );
    if (declaration) declarations.push(declaration);
  }
  return problems.length > 0
    ? { problems }
    : {
        project: { file, directory: dirname(path), name, ...(main ? { main } : {}), runtime, declarations, locator },
        problems,
      };
}
