// Sizes in megabytes as every message of the workbook writes them (its own file: the workbook's
// start path formats sizes without loading the rules).

/** Bytes as megabytes for messages, e.g. "0.5 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}
