import * as fs from 'fs';
import * as path from 'path';
import { ensureOutputIsNotInput, writeFileAtomic } from '../../src/cli/writeFileAtomic';
import { makeTempDir } from '../fixtures/workbooks/workbookFiles';

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file behind', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'checked.xlsx');
    writeFileAtomic(file, new Uint8Array([80, 75, 3, 4]));
    expect([...fs.readFileSync(file)]).toEqual([80, 75, 3, 4]);
    expect(fs.readdirSync(dir)).toEqual(['checked.xlsx']);
  });

  it('replaces an existing output whole', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'checked.xlsx');
    fs.writeFileSync(file, 'an older, longer checked copy');
    writeFileAtomic(file, new Uint8Array([1, 2]));
    expect([...fs.readFileSync(file)]).toEqual([1, 2]);
  });

  it('says OUTPUT_NOT_WRITABLE and removes its temp file when the rename fails', () => {
    const dir = makeTempDir();
    const target = path.join(dir, 'checked.xlsx');
    fs.mkdirSync(target); // a folder where the file should go: the rename cannot replace it
    expect(() => writeFileAtomic(target, new Uint8Array([1]))).toThrow(expect.objectContaining({ code: 'OUTPUT_NOT_WRITABLE' }));
    expect(fs.readdirSync(dir)).toEqual(['checked.xlsx']);
  });

  it('creates a missing output folder', () => {
    const dir = makeTempDir();
    writeFileAtomic(path.join(dir, 'out', 'checked.xlsx'), new Uint8Array([1]));
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['checked.xlsx']);
  });

  it('says OUTPUT_NOT_WRITABLE when the output folder is a file', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'out'), 'not a folder');
    const target = path.join(dir, 'out', 'checked.xlsx');
    expect(() => writeFileAtomic(target, new Uint8Array([1]))).toThrow(
      expect.objectContaining({ name: 'HostError', code: 'OUTPUT_NOT_WRITABLE', where: expect.objectContaining({ path: target }) }),
    );
    expect(fs.readdirSync(dir)).toEqual(['out']);
  });
});

describe('ensureOutputIsNotInput', () => {
  it('refuses the input itself, under another spelling and through a symlink', () => {
    const dir = makeTempDir();
    const input = path.join(dir, '分工方案.xlsx');
    fs.writeFileSync(input, 'x');
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(input, link);
    for (const out of [input, `${dir}/sub/../分工方案.xlsx`, link]) {
      expect(() => ensureOutputIsNotInput(input, out)).toThrow(expect.objectContaining({ code: 'OUTPUT_IS_INPUT' }));
    }
    expect(() => ensureOutputIsNotInput(input, path.join(dir, 'checked.xlsx'))).not.toThrow();
  });
});
