import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { render } from '../document/i18n';
import {
  MAX_CONFIG_FILE_BYTES,
  readBounded,
  readBoundedWithSize,
  readInputFile,
  unreadableMessage,
} from '../validation/files';

// The bounded reads of validation/files.ts: what is read of a file, and why a file is refused, in a
// sentence for each reason (the loaders of stack files, waivers and pack configs report these).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-input-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bounded reads', () => {
  it('reads at most one byte past the limit, and answers the real size', () => {
    writeFileSync(join(dir, 'f'), 'abcdefghij');
    expect(readBoundedWithSize(join(dir, 'f'), 4)).toEqual({ bytes: Buffer.from('abcde'), size: 10 });
    expect(readBoundedWithSize(join(dir, 'f'), 10)).toEqual({ bytes: Buffer.from('abcdefghij'), size: 10 });
    expect(readBounded(join(dir, 'f'), 100).toString()).toBe('abcdefghij');
    writeFileSync(join(dir, 'empty'), '');
    expect(readBoundedWithSize(join(dir, 'empty'), 4)).toEqual({ bytes: Buffer.alloc(0), size: 0 });
  });

  it('refuses a folder and a FIFO before opening them, each with its code', () => {
    mkdirSync(join(dir, 'folder'));
    expect(() => readBoundedWithSize(join(dir, 'folder'), 4)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(() => readBoundedWithSize(join(dir, 'fifo'), 4)).toThrow(
      expect.objectContaining({ code: 'ENOTREG', message: `${join(dir, 'fifo')} is not a regular file` }),
    );
  });

  it('refuses a device and a socket as not regular files (a socket cannot even be opened)', async () => {
    expect(() => readBoundedWithSize('/dev/zero', 4)).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
    const server = createServer();
    await new Promise<void>((listening) => server.listen(join(dir, 'socket'), listening));
    try {
      expect(() => readBoundedWithSize(join(dir, 'socket'), 4)).toThrow(expect.objectContaining({ code: 'ENOTREG' }));
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});

describe('readInputFile', () => {
  const problem = (path: string, limit?: number) => {
    const read = readInputFile(join(dir, path), limit);
    if (!('problem' in read)) throw new Error('expected a problem');
    return read.problem;
  };

  it('a file within the limit is read whole; the default limit is 1 MiB', () => {
    writeFileSync(join(dir, 'ok'), 'x'.repeat(MAX_CONFIG_FILE_BYTES));
    const read = readInputFile(join(dir, 'ok'));
    expect('bytes' in read && read.bytes.length).toBe(MAX_CONFIG_FILE_BYTES);
    writeFileSync(join(dir, 'big'), 'x'.repeat(MAX_CONFIG_FILE_BYTES + 1));
    expect(problem('big')).toMatchObject({ missing: false });
  });

  it('a missing file is only missing (each loader says that its own way)', () => {
    expect(problem('nothing')).toEqual({ missing: true });
  });

  it('a file over the limit: its size and the limit, in words and bytes, in English and Chinese', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(3000));
    const found = problem('big', 2048);
    expect(found).toMatchObject({
      missing: false,
      message: 'is 2.9 KiB (3000 bytes), more than the 2 KiB (2048 bytes) this kind of file may be',
      hint: 'it is a few KiB when written by hand: check that this is the file you meant',
    });
    if (found.missing) throw new Error('unreachable');
    expect(render(found.localized.message, 'en')).toBe(found.message);
    expect(render(found.localized.hint, 'en')).toBe(found.hint);
    expect(render(found.localized.message, 'zh')).toContain('3000');
    writeFileSync(join(dir, 'edge'), 'x'.repeat(2048));
    const edge = readInputFile(join(dir, 'edge'), 2048);
    expect('bytes' in edge && edge.bytes.equals(Buffer.from('x'.repeat(2048)))).toBe(true);
  });

  it('a folder, a FIFO and a loop of links: why each cannot be read, and the fix', () => {
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    const messages = ['folder', 'fifo', 'loop'].map((name) => {
      const found = problem(name);
      if (found.missing) throw new Error(`${name} is not missing`);
      expect(found.hint).toBe('name a regular file, readable by you');
      return found.message;
    });
    expect(messages).toEqual([
      'cannot be read: it is a folder',
      'cannot be read: it is not a regular file (a device, FIFO or socket)',
      'cannot be read: it is a symbolic link that leads back to itself (a loop of links)',
    ]);
  });

  it('a path through a file: the sentence for it', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const found = problem('file/inside');
    expect(found).toMatchObject({
      missing: false,
      message: 'cannot be read: it is not a folder (a part of the path is a file or a device)',
    });
  });
});

describe('unreadableMessage', () => {
  const reason = (code?: string, lang: 'en' | 'zh' = 'en') =>
    render(unreadableMessage(Object.assign(new Error('raw'), code ? { code } : {})), lang);

  it('a sentence for each code, the code itself for others, and the error for one without a code', () => {
    expect(reason('ENOENT')).toBe(
      'it does not exist (a symbolic link to a file that is gone, or a file removed while validate ran)',
    );
    expect(reason('ELOOP')).toBe('it is a symbolic link that leads back to itself (a loop of links)');
    expect(reason('EACCES')).toBe('permission denied: make the file readable by you');
    expect(reason('EPERM')).toBe('permission denied: make the file readable by you');
    expect(reason('EISDIR')).toBe('it is a folder named like a manifest');
    expect(reason('ENOTDIR')).toBe('it is not a folder (a part of the path is a file or a device)');
    expect(reason('ENOTREG')).toBe('it is not a regular file (a device, FIFO or socket)');
    expect(reason('EIO')).toBe('EIO');
    expect(reason()).toBe('Error: raw');
  });

  it('says each in Chinese too, and a code no sentence describes as the code, never as nothing', () => {
    expect(reason('ENOTDIR', 'zh')).toBe('它不是文件夹（路径中的某一段是文件或设备）');
    expect(reason('EIO', 'zh')).toBe('EIO');
  });
});
