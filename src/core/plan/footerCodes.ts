// A printed footer in Excel's header and footer codes, as both hosts write it: the file writer as one string with its
// sections (&L…&C…&R…), Office.js section by section (leftFooter, centerFooter, rightFooter).
import type { FooterPiece, PageFooter } from '../model';

const FIELD: Readonly<Record<Exclude<FooterPiece, string>['field'], string>> = { pageNumber: '&P', pageCount: '&N', sheetName: '&A' };

/** One section's code: literal text with '&' doubled, fields as their codes. */
export function footerSectionCode(pieces: readonly FooterPiece[] | undefined): string {
  return (pieces ?? []).map((piece) => (typeof piece === 'string' ? piece.replace(/&/g, '&&') : FIELD[piece.field])).join('');
}

/** The whole footer: `&L…&C…&R…`, empty sections left out. */
export function footerCode(footer: PageFooter): string {
  const sections: [string, readonly FooterPiece[] | undefined][] = [['&L', footer.left], ['&C', footer.center], ['&R', footer.right]];
  return sections
    .filter(([, pieces]) => pieces !== undefined && pieces.length > 0)
    .map(([code, pieces]) => `${code}${footerSectionCode(pieces)}`)
    .join('');
}
