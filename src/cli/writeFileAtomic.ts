// Writing the checked copy so that a crash or a full disk never leaves a half-written workbook behind.
import * as fs from 'fs';
import * as path from 'path';
import { HostError } from '../core';

/**
 * Writes next to the target first (same folder, so the rename is atomic), then renames over it. A missing output
 * folder is created, as `npm run demo` writes into out/ on a fresh clone.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    removeQuietly(temp);
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : undefined;
    throw new HostError('OUTPUT_NOT_WRITABLE', { path: file, ...(reason ? { detail: reason } : {}) });
  }
}

/** Cleanup after a failed write must not replace the write's own error with its own. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or nothing can be: either way no temp file is left.
  }
}

function realPathOrResolved(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync(resolved);
  } catch {
    // The output usually does not exist yet: compare its folder's real path joined with its name.
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/** Refuses an output path that is the input itself, also through a symlink or another spelling of the path. */
export function ensureOutputIsNotInput(input: string, output: string): void {
  if (realPathOrResolved(input) === realPathOrResolved(output)) throw new HostError('OUTPUT_IS_INPUT', { path: output });
}
