// Hand bytes to the browser as a download. The object URL is revoked after the click has been dispatched; the
// browser has taken its own reference by then.
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';
const ZIP_TYPE = 'application/zip';

export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const copy = new Uint8Array(bytes);
  const type = /\.xlsm$/i.test(fileName) ? XLSM_TYPE : /\.zip$/i.test(fileName) ? ZIP_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  doc.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
