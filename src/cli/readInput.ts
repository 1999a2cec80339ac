// The input workbook's bytes, with a missing path or a folder said in the user's terms.
import * as fs from 'fs';
import { HostError } from '../core';

export function readInput(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new HostError('FILE_NOT_FOUND', { path: file });
    if (code === 'EISDIR') throw new HostError('NOT_A_WORKBOOK', { path: file });
    throw error;
  }
}
