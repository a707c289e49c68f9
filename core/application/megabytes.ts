// Sizes in megabytes as every message of the workbook writes them (its own file: the workbook's
// start path formats sizes without loading the rules).

/** Bytes as megabytes for messages, e.g. "0.5 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/**
 * The same limit read with a megabyte of 1,000,000 bytes (0.5 MB: 500,000 bytes, not 524,288):
 * which reading Career Manager uses is not known, and a file under this fits either way.
 */
export function decimalReading(limit: number): number {
  return Math.floor((limit / (1024 * 1024)) * 1_000_000);
}
