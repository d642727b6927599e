/** The part of the write-back notice that says what an older Excel kept off the sheet, and why. */
import type { ApplyResult } from '../hosts/addin/workbookHost';

function cellList(cells: readonly string[]): string {
  return cells.slice(0, 5).join('、') + (cells.length > 5 ? ` 等 ${cells.length} 个单元格` : '');
}

/** "" when everything planned was written where the preview said. */
export function appliedApart(result: ApplyResult): string {
  const parts: string[] = [];
  if (result.fillsSkipped?.length) {
    parts.push(`${cellList(result.fillsSkipped)} 未标注底色（当前 Excel 版本分不清白色底色和无底色，为保证撤销时原样还原）。`);
  }
  const moved = result.notesMoved;
  if (moved?.cells.length) {
    const where = moved.sheet ? `已列在复核表「${moved.sheet}」末尾` : '请在本面板中查看';
    parts.push(`${cellList(moved.cells)} 已有单位自己的批注（当前 Excel 版本无法显示或与之并存），单位批注保持不变，评分说明未写成批注，${where}。`);
  }
  return parts.join('');
}
