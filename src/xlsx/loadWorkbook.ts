// Bytes → ExcelJS workbook, or a HostError that says what the file is instead.
import * as ExcelJS from 'exceljs';
import { HostError } from '../core';
import type { XlsxInput } from './excelTypes';
import { keepBareRows } from './keepBareRows';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry of an Office file encrypted with a password (MS-OFFCRYPTO), in UTF-16LE as OLE stores names. */
const ENCRYPTION_INFO_ENTRY = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first!); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file is either a password-protected .xlsx (Excel wraps the encrypted package in one) or a legacy
 * .xls; only the first is WORKBOOK_ENCRYPTED, the second is NOT_A_WORKBOOK (the user must save it as .xlsx).
 */
function classifyCompoundFile(bytes: Uint8Array): HostError {
  return contains(bytes, ENCRYPTION_INFO_ENTRY) ? new HostError('WORKBOOK_ENCRYPTED') : new HostError('NOT_A_WORKBOOK');
}

export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

export async function loadWorkbook(input: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const bytes = toUint8Array(input);
  if (bytes.length === 0) throw new HostError('FILE_EMPTY');
  if (startsWith(bytes, OLE_COMPOUND_FILE)) throw classifyCompoundFile(bytes);
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) throw new HostError('NOT_A_WORKBOOK');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
  } catch {
    // The zip library's own wording ("end of central directory") means nothing to a user; the code says it all.
    throw new HostError('WORKBOOK_CORRUPT');
  }
  // A zip that holds no worksheet (a .docx, a zipped folder) is some other kind of file.
  if (workbook.worksheets.length === 0) throw new HostError('NOT_A_WORKBOOK');
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  keepBareRows(workbook);
  // ExcelJS hands back a Node Buffer or a browser buffer (typed as ArrayBuffer); callers get a plain Uint8Array copy.
  const written: ArrayBuffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written);
}
