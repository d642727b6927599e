/**
 * Row heights for wrapped text, estimated from the text and the column width, so printed rows never
 * overlap: merged cells do not grow by themselves in Excel, and a custom-height row never does.
 */

/**
 * Width of one character at 11 pt in units of a column width (the Normal font's digit): CJK and
 * full-width ≈ 2 (Excel with 等线/宋体; LibreOffice's Noto CJK is narrower, so this errs on the tall side).
 */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code > 0x2e7f ? 2 : 1.1;
}

/** Lines a text takes when wrapped in a cell `widthChars` wide (column width units) at `fontSize` points. */
export function wrappedLines(text: string, widthChars: number, fontSize = 11): number {
  // Cell padding, plus slack for word breaks in Latin text and wider glyphs in the printer's font.
  const usable = Math.max(1, (widthChars - 1) * 0.9);
  let lines = 0;
  for (const paragraph of String(text).split(/\r?\n/)) {
    let width = 0;
    for (const ch of paragraph) width += (charWidth(ch) * fontSize) / 11;
    lines += Math.max(1, Math.ceil(width / usable));
  }
  return lines;
}

/** Points per line for a font size (CJK fonts such as Noto Sans CJK have tall line boxes). */
export const lineHeight = (fontSize: number) => Math.ceil(fontSize * 1.5);

/**
 * Height in points a row needs for `text` wrapped in `widthChars`, at `fontSize` points; never below
 * the default row height. Hosts use it for commentary in a merged or custom-height reason cell.
 */
export function wrappedRowHeight(text: string, widthChars: number, fontSize = 11): number {
  return Math.max(15, wrappedLines(text, widthChars, fontSize) * lineHeight(fontSize) + 4);
}
