// Sheet names inside A1 references, both ways: a defined name's value reads `'校验 结果'!$A$1` or `Sheet1!$A$1`.

/** The sheet a reference such as `'校验 结果'!$A$1` (an optional leading '=' allowed) points at, or null. */
export function sheetNameOfReference(reference: string): string | null {
  const text = reference.startsWith('=') ? reference.slice(1) : reference;
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/** A sheet name as it must be written inside a reference: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
