/**
 * Input limits for .xlsx files, checked before any decompression (see docs/reliability.md).
 * A 预算绩效自评表 is a few dozen KB; these bounds leave room for workbooks a thousand times larger
 * while refusing zip bombs and files that would exhaust memory.
 */
const MB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** Largest .xlsx file read at all. */
  maxFileBytes: 50 * MB,
  /** Largest total of the sizes the zip declares for its entries once inflated. */
  maxUncompressedBytes: 200 * MB,
  /** An entry this large … */
  suspiciousEntryBytes: 50 * MB,
  /** … that also inflates more than this many times its stored size is a zip bomb. */
  maxCompressionRatio: 100,
  /** Most entries a workbook package may hold (a workbook has a few per sheet). */
  maxEntries: 10_000,
} as const;

export type XlsxLimits = { readonly [K in keyof typeof XLSX_LIMITS]: number };

/** "12.3 MB" for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 100 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
