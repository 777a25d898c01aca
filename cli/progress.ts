import { currentLanguage, isMessage, render, type Message } from '../document/i18n';

export interface Progress {
  /** One step of the run is done; `label` says which (a catalog message is said in the run's language). */
  step: (label: string | Message) => void;
  done: () => void;
}

/**
 * Progress on standard error: a bar when a person watches a terminal, nothing at all otherwise (CI,
 * pipes, files), so logs stay plain and reports on standard output stay clean.
 */
export function startProgress(title: string, steps: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = stream.isTTY === true && !process.env.CI && !process.env.NO_PROGRESS;
  if (!interactive) return { step: () => undefined, done: () => undefined };
  // Loaded only when a bar is drawn: most runs (CI, pipes, `validate`) never draw one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    { stream, format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: true },
    undefined,
  );
  bar.start(steps, 0, { label: '' });
  return {
    step: (label) => bar.increment(1, { label: isMessage(label) ? render(label, currentLanguage()) : label }),
    done: () => bar.stop(),
  };
}
