/** One cell as RFC 4180 quotes it; text a spreadsheet would run as a formula is marked as text. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows saved as a CSV file, with a byte-order mark so that spreadsheet programs read the Chinese as UTF-8. */
export function downloadCsv(filename: string, rows: (string | number | boolean | null | undefined)[][]) {
  const body = `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}
