// A part written as text in pieces comes out of the deflater as exactly that text in UTF-8, with its CRC-32 and
// sizes, whether the pieces are encoded straight into a block that is used again (where TextEncoder has encodeInto:
// Node, Chromium) or joined and encoded a block at a time (EdgeHTML 18, which has no TextEncoder), and whichever
// deflater (fflate's, the command line's zlib) packs them.
import { crc32, inflateRawSync } from 'zlib';
import { ZLIB_COMPRESSION } from '../../src/cli/zlibCompression';
import type * as WriteZip from '../../src/xlsx/zip/writeZip';

/** Pieces that fill several blocks: markup, CJK text, a character outside the BMP, and one piece larger than a block. */
function pieces(): string[] {
  const row = (r: number): string => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>鼓楼区 第${r}项 𠀋 &amp; _x000D_</t></is></c></row>`;
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>'];
  for (let r = 1; r <= 30_000; r += 1) out.push(row(r));
  out.push(`<row r="30001"><c r="A30001" t="inlineStr"><is><t>${'长'.repeat(1_500_000)}</t></is></c></row>`, '', '</sheetData></worksheet>');
  return out;
}

function written(module: typeof WriteZip, native: WriteZip.NativeCompression | undefined, text: readonly string[]): { content: Buffer; part: WriteZip.DeflatedPart } {
  const deflater = new module.PartDeflater('xl/worksheets/sheet1.xml', native);
  for (const piece of text) deflater.write(piece);
  const part = deflater.end();
  return { content: inflateRawSync(Buffer.concat(part.chunks.map((chunk) => Buffer.from(chunk)))), part };
}

/** The module as a host without TextEncoder's encodeInto loads it. */
function withoutEncodeInto(): typeof WriteZip {
  const encodeInto = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encodeInto')!;
  let module: typeof WriteZip | undefined;
  try {
    Reflect.deleteProperty(TextEncoder.prototype, 'encodeInto');
    jest.isolateModules(() => {
      module = jest.requireActual<typeof WriteZip>('../../src/xlsx/zip/writeZip');
    });
  } finally {
    Object.defineProperty(TextEncoder.prototype, 'encodeInto', encodeInto);
  }
  return module!;
}

describe('PartDeflater', () => {
  const text = pieces();
  const expected = Buffer.from(text.join(''), 'utf8');

  it.each([
    ['encodeInto', 'fflate'],
    ['encodeInto', 'zlib'],
    ['joined pieces', 'fflate'],
    ['joined pieces', 'zlib'],
  ] as const)('gives the text back, with its CRC-32 and size (%s, %s)', (encoding, deflater) => {
    const module = encoding === 'encodeInto' ? jest.requireActual<typeof WriteZip>('../../src/xlsx/zip/writeZip') : withoutEncodeInto();
    const { content, part } = written(module, deflater === 'zlib' ? ZLIB_COMPRESSION : undefined, text);
    expect(content.equals(expected)).toBe(true);
    expect(part.size).toBe(expected.length);
    expect(part.crc >>> 0).toBe(crc32(expected) >>> 0);
    expect(part.compressedSize).toBe(part.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  });

  it('writes an empty part as an empty text', () => {
    const { content, part } = written(jest.requireActual<typeof WriteZip>('../../src/xlsx/zip/writeZip'), ZLIB_COMPRESSION, []);
    expect(content.length).toBe(0);
    expect(part).toMatchObject({ size: 0, crc: 0 });
  });
});
