/** The 汇总 workbook (SPEC §7): one row per table, the list finance staff publish. */
import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../hosts/xlsx';
import type { FileReport } from './scoreFile';
import * as path from 'path';
import { summaryRemark } from './tableType';

// SPEC §7's columns, then 备注 for files that could not be read.
const HEADERS = ['序号', '文件', '工作表', '单位/项目', '自评得分', '复核得分', '等级', '差异', '问题数', '备注'];

export function buildSummary(reports: FileReport[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(HEADERS).font = { bold: true };
  let n = 0;
  for (const r of reports) {
    if (r.error) {
      ws.addRow([++n, path.basename(r.file), '', '', null, null, '', null, null, `无法读取：${r.error}`]);
      continue;
    }
    for (const t of r.tables) {
      const diff = t.reportedTotal !== null && t.total !== null ? Math.round((t.reportedTotal - t.total) * 100) / 100 : null;
      const problems = t.findings.filter((f) => f.severity !== 'info').length;
      // A total on the wrong base is not graded (SPEC §3.1): say so, with the scaled figure as information.
      const ungraded = t.grade === null && t.totalOf100 !== null;
      const note = ungraded ? `分值合计${t.weightTotal}分，不评级；折合百分制${t.totalOf100}分，仅供参考` : summaryRemark(t);
      ws.addRow([++n, path.basename(r.file), t.sheet, t.name ?? '', t.reportedTotal, t.total, ungraded ? '不评级' : (t.grade ?? ''), diff, problems, note]);
    }
  }
  ws.columns.forEach((c, i) => (c.width = [6, 30, 14, 36, 10, 10, 6, 8, 8, 40][i] ?? 12));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return wb;
}

export async function writeSummary(reports: FileReport[], file: string): Promise<void> {
  await writeWorkbookFile(buildSummary(reports), file);
}
