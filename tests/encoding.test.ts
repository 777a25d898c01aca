// document/encoding.ts on its own: the checks every input file passes before it is parsed (a BOM,
// UTF-16, a malformed UTF-8 sequence, CR line ends), each located at its own line and column. The
// command-line suites (tests/input-encoding) run them through the built CLI; these pin the edges.
import { encodingProblem, firstInvalidUtf8Offset } from '../document/encoding';
import { messageIdOf } from '../document/i18n';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((value) => (typeof value === 'string' ? Buffer.from(value) : Buffer.from([value]))));

/** The problem as `rule@line:column message-id`, or undefined. */
function problem(buffer: Buffer): string | undefined {
  const found = encodingProblem(buffer);
  return found && `${found.ruleId}@${found.line}:${found.column} ${messageIdOf(found)}`;
}

describe('encodingProblem', () => {
  it.each([
    ['a BOM', bytes(0xef, 0xbb, 0xbf, 'a: 1\n'), 'file-bom@1:1 file.bom'],
    ['a file that is only a BOM', bytes(0xef, 0xbb, 0xbf), 'file-bom@1:1 file.bom'],
    ['UTF-16 little-endian', bytes(0xff, 0xfe, 'a', 0), 'file-encoding@1:1 file.utf16'],
    ['UTF-16 big-endian', bytes(0xfe, 0xff, 0, 'a'), 'file-encoding@1:1 file.utf16'],
    ['two bytes of a BOM', bytes(0xef, 0xbb), 'file-encoding@1:1 file.invalid-utf8'],
    ['0xFF 0xFF, no byte-order mark', bytes(0xff, 0xff), 'file-encoding@1:1 file.invalid-utf8'],
    ['0xFE 0xFE, no byte-order mark', bytes(0xfe, 0xfe), 'file-encoding@1:1 file.invalid-utf8'],
    ['one byte 0xFF', bytes(0xff), 'file-encoding@1:1 file.invalid-utf8'],
    ['a GBK byte after Chinese on line 2', bytes('a: 1\nb: 环', 0xd6, 0xd0), 'file-encoding@2:5 file.invalid-utf8'],
    ['old-Mac line ends', bytes('a: 1\rb: 2\r'), 'file-line-endings@1:5 file.cr-only'],
    ['a stray CR among CRLF line ends', bytes('a: 1\r\nb: 2\rc: 3\r\n'), 'file-line-endings@2:5 file.stray-cr'],
    ['a CR as the first byte', bytes('\ra: 1\n'), 'file-line-endings@1:1 file.stray-cr'],
    ['CRLF line ends', bytes('a: 1\r\nb: 2\r\n'), undefined],
    ['UTF-8 Chinese', bytes('名称: 环境\n'), undefined],
  ])('%s: %s', (_what, buffer, expected) => {
    expect(problem(buffer)).toBe(expected);
  });

  it('names the byte, its offset and how many CRs there are', () => {
    expect(encodingProblem(bytes('ab', 0xd6))!.message).toBe('invalid UTF-8 byte 0xd6 at byte offset 2');
    expect(encodingProblem(bytes('a\rb\rc\r'))!.message).toMatch(/\b3\b/);
    expect(encodingProblem(bytes('a\r\nb\rc\rd\n'))!.message).toMatch(/\b2\b/);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['a continuation byte as lead', [0x80], 0],
    ['an overlong two-byte lead', [0xc1, 0x80], 0],
    ['after the lowest two-byte sequence', [0xc2, 0x80, 0xff], 2],
    ['after the highest two-byte sequence', [0xdf, 0xbf, 0xff], 2],
    ['after the lowest three-byte sequence', [0xe0, 0xa0, 0x80, 0xff], 3],
    ['after the highest three-byte sequence', [0xef, 0xbf, 0xbf, 0xff], 3],
    ['an overlong three-byte sequence', [0xe0, 0x80, 0x80], 0],
    ['after the lowest four-byte sequence', [0xf0, 0x90, 0x80, 0x80, 0xff], 4],
    ['after the highest four-byte sequence', [0xf4, 0x8f, 0xbf, 0xbf, 0xff], 4],
    ['a lead above U+10FFFF', [0xf5, 0x80, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe4, 0xb8], 1],
    ['a two-byte sequence whose second byte is no continuation', [0x61, 0xc3, 0x41], 1],
  ])('%s: %i', (_what, values, expected) => {
    expect(firstInvalidUtf8Offset(Buffer.from(values))).toBe(expected);
  });

  it('answers the last byte for a buffer it is wrongly given valid', () => {
    expect(firstInvalidUtf8Offset(Buffer.from('ab'))).toBe(1);
  });
});
