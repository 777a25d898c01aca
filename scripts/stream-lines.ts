// The lines a child process writes to one of its streams, read as they come: the benchmark and the tests
// of `validate --watch` both wait for the line it writes after each report.
import type { Readable } from 'node:stream';

export class StreamLines {
  private readonly lines: string[] = [];
  private pending = '';
  private ended = false;
  private waiting: (() => void)[] = [];

  constructor(stream: Readable) {
    stream.on('data', (data: Buffer) => {
      const parts = (this.pending + data.toString()).split('\n');
      this.pending = parts.pop()!;
      this.lines.push(...parts);
      this.wake();
    });
    stream.on('close', () => {
      this.ended = true;
      // A last line without its line break is still a line.
      if (this.pending) this.lines.push(this.pending);
      this.pending = '';
      this.wake();
    });
  }

  /** Line `index` (from 0), once written; '' when the stream ended before it. */
  async line(index: number): Promise<string> {
    while (this.lines.length <= index && !this.ended) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.lines[index] ?? '';
  }

  /** Everything read so far. */
  text(): string {
    return [...this.lines, this.pending].join('\n');
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
