import { SingleBar } from 'cli-progress';

export interface Progress {
  /** One step of the run is done; `label` says which. */
  step: (label: string) => void;
  done: () => void;
}

/**
 * Progress on standard error: a bar when a person watches a terminal, nothing at all otherwise (CI,
 * pipes, files), so logs stay plain and reports on standard output stay clean.
 */
export function startProgress(title: string, steps: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = stream.isTTY === true && !process.env.CI && !process.env.NO_PROGRESS;
  if (!interactive) return { step: () => undefined, done: () => undefined };
  const bar = new SingleBar({ stream, format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: true }, undefined);
  bar.start(steps, 0, { label: '' });
  return {
    step: (label) => bar.increment(1, { label }),
    done: () => bar.stop(),
  };
}
