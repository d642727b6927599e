/**
 * The font colour and wrap of the cells a plan styles (CellChange.fontColor / wrap: ziping's commentary in
 * its own colour, wrapped), read in the write-back's read sync so 撤销评分 can put back exactly what was there.
 */
export interface TextStyle {
  /** "#RRGGBB" as Excel reports it (black when never set). */
  fontColor: string;
  wrap: boolean;
  /** Points (what a wrapped cell's row needs depends on it). */
  fontSize: number;
}

export type StyleReads = Map<string, { format: Excel.RangeFormat }>;

/** Queues the loads; they travel with the next sync. */
export function queueStyleReads(ws: Excel.Worksheet, cells: readonly string[]): StyleReads {
  const out: StyleReads = new Map();
  for (const cell of cells) {
    const format = ws.getRange(cell).format;
    format.load('wrapText');
    format.font.load('color,size');
    out.set(cell, { format });
  }
  return out;
}

/** The loaded styles; null when their sync did not run (the read fell back to bands): queue them again. */
export function stylesOf(reads: StyleReads): Map<string, TextStyle> | null {
  const out = new Map<string, TextStyle>();
  try {
    for (const [cell, { format }] of reads) {
      out.set(cell, { fontColor: (format.font.color ?? '#000000').toUpperCase(), wrap: format.wrapText === true, fontSize: format.font.size ?? 11 });
    }
  } catch {
    return null;
  }
  return out;
}
