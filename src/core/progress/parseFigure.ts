// A figure as a progress table writes it: a number cell, or text holding one (52242, "187.9", "95%", "1,234",
// "≥2%", "22921人"). Words (全市统筹, 良好以上) are none.
import { toHalfWidth } from '../deadlines/toHalfWidth';
import type { CellValue } from '../model';

const FIGURE = /^[≥≤><约]?(\d+(?:\.\d+)?)%?(?:[\u4e00-\u9fff]{0,3})$/;

export function parseFigure(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = toHalfWidth(value).replace(/[,\s]/g, '');
  const match = FIGURE.exec(text);
  return match ? Number(match[1]) : null;
}

/** Percentages compared as tables print them: rounded to one decimal place. */
export function roundedPercent(value: number): number {
  return Math.round(value * 10) / 10;
}
