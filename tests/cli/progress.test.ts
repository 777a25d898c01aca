import { PassThrough } from 'node:stream';
import { startProgress } from '../../cli/progress';

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { written: string };
  let written = '';
  stream.isTTY = isTTY;
  stream.columns = 100;
  stream.cursorTo = (() => true) as NodeJS.WriteStream['cursorTo'];
  stream.clearLine = (() => true) as NodeJS.WriteStream['clearLine'];
  stream.moveCursor = (() => true) as NodeJS.WriteStream['moveCursor'];
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    written += chunk;
    return write(chunk);
  }) as NodeJS.WriteStream['write'];
  Object.defineProperty(stream, 'written', { get: () => written });
  return stream;
}

describe('progress display', () => {
  const saved = { CI: process.env.CI, NO_PROGRESS: process.env.NO_PROGRESS };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  });

  it('draws a bar on a terminal', () => {
    delete process.env.CI;
    delete process.env.NO_PROGRESS;
    const stream = fakeStream(true);
    const progress = startProgress('audit', 2, stream);
    progress.step('ran stack dev offline');
    progress.done();
    expect(stream.written).toContain('audit [');
  });

  it('prints nothing in a pipe, or under CI even on a terminal', () => {
    delete process.env.CI;
    const piped = fakeStream(false);
    startProgress('audit', 2, piped).step('x');
    expect(piped.written).toBe('');
    process.env.CI = 'true';
    const ci = fakeStream(true);
    startProgress('audit', 2, ci).step('x');
    expect(ci.written).toBe('');
  });
});
