// What the progress line says while a command runs. Hosts report the engine's phases (0..1 over the check); before the
// first report the host is reading the sheet, and after the last (fraction 1) it is writing the workbook. The bar
// gives reading and writing their own stretch, so it moves on from the engine's end instead of sitting at 100%.
import type { CheckProgress } from '../core/model';
import type { PaneStep } from './i18n';

export interface ProgressView {
  readonly step: PaneStep;
  /** 0..100. */
  readonly percent: number;
}

const READ_SHARE = 10;
const ENGINE_SHARE = 70;

export function progressView(progress: CheckProgress | null): ProgressView {
  if (progress === null) return { step: 'read', percent: 0 };
  if (progress.fraction >= 1) return { step: 'write', percent: READ_SHARE + ENGINE_SHARE };
  const fraction = Math.max(0, progress.fraction);
  return { step: progress.phase, percent: Math.round(READ_SHARE + ENGINE_SHARE * fraction) };
}
