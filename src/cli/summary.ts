/**
 * The summary workbook a 财政局 publishes and sends back to units (SPEC §7.1): 汇总, 问题清单, 单位汇总.
 * A new workbook, so ExcelJS writes it whole. Every sheet prints on A4 landscape, one page wide, with its
 * header row repeated; numbers are right-aligned with two decimals.
 */
import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../hosts/xlsx';
import type { Profile } from '../core';
import { batchStats, GRADES, problemRows, summaryRows, unitRows, type ReportEntry, type SummaryRow } from './summaryRows';
import { SEVERITY_LABEL } from './tableStatus';
import { displayWidth } from './displayWidth';

export interface SummaryMeta {
  /** The batch: the folder name or --title; may be empty. */
  title: string;
  profile: Profile;
  date: Date;
}

interface Column {
  header: string;
  width: number;
  /** Numbers get two decimals and right alignment; counts are whole numbers. */
  format?: 'score' | 'count';
}

const SUMMARY_COLUMNS: Column[] = [
  { header: '序号', width: 5, format: 'count' },
  { header: '文件', width: 26 },
  { header: '工作表', width: 11 },
  { header: '主管部门', width: 15 },
  { header: '实施单位/单位名称', width: 15 },
  { header: '项目名称', width: 22 },
  { header: '类型', width: 8 },
  { header: '自评得分', width: 8, format: 'score' },
  { header: '复核得分', width: 8, format: 'score' },
  { header: '差异', width: 7, format: 'score' },
  { header: '等级', width: 5 },
  { header: '错误', width: 5, format: 'count' },
  { header: '警告', width: 5, format: 'count' },
  { header: '提示', width: 5, format: 'count' },
  { header: '备注', width: 30 },
];

const PROBLEM_COLUMNS: Column[] = [
  { header: '文件', width: 24 },
  { header: '工作表', width: 10 },
  { header: '单元格', width: 7 },
  { header: '单位', width: 16 },
  { header: '项目', width: 20 },
  { header: '级别', width: 6 },
  { header: '代码', width: 24 },
  { header: '说明', width: 56 },
];

const UNIT_COLUMNS: Column[] = [
  { header: '单位', width: 30 },
  { header: '表数', width: 6, format: 'count' },
  { header: '自评平均', width: 9, format: 'score' },
  { header: '复核平均', width: 9, format: 'score' },
  { header: '差异', width: 8, format: 'score' },
  ...GRADES.map((g): Column => ({ header: g, width: 5, format: 'count' })),
  { header: '错误', width: 6, format: 'count' },
  { header: '警告', width: 6, format: 'count' },
  { header: '未评分', width: 7, format: 'count' },
];

const dateText = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

/** Adds a sheet with a title row, an optional line under it, and the header (frozen, repeated on every page). */
function startSheet(wb: ExcelJS.Workbook, name: string, title: string, subtitle: string | null, columns: Column[]): { ws: ExcelJS.Worksheet; headerRow: number } {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  const titled = (text: string, size: number) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, last);
    row.font = { bold: size > 11, size };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  titled(title, 14);
  if (subtitle) titled(subtitle, 10);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = BORDER;
  });
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as needed
    printTitlesRow: `${header.number}:${header.number}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  return { ws, headerRow: header.number };
}

const THIN = { style: 'thin' as const, color: { argb: 'FFB0B0B0' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Points per printed line of 11-pt text. */
const LINE_HEIGHT = 16;

/**
 * Lines a wrapped text needs in a column `width` characters wide (a CJK character is two). Row heights are
 * set from it because LibreOffice and WPS print an .xlsx row at its stored height, cutting wrapped text.
 */
// A CJK glyph is a little wider than two digits: count 15% more, so printed text is never cut.
const linesFor = (text: string, width: number) => Math.max(1, Math.ceil((displayWidth(text) * 1.15) / Math.max(1, width - 1)));

function addDataRow(ws: ExcelJS.Worksheet, columns: Column[], values: ExcelJS.CellValue[]): ExcelJS.Row {
  const row = ws.addRow(values);
  const lines = Math.max(...columns.map((c, i) => (c.format || typeof values[i] !== 'string' ? 1 : linesFor(values[i] as string, c.width))));
  if (lines > 1) row.height = lines * LINE_HEIGHT;
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    if (c.format) {
      cell.numFmt = c.format === 'score' ? '0.00' : '0';
      cell.alignment = { horizontal: 'right', vertical: 'top' };
    } else {
      cell.alignment = { vertical: 'top', wrapText: true };
    }
  });
  return row;
}

function writeOverview(wb: ExcelJS.Workbook, rows: SummaryRow[], meta: SummaryMeta): void {
  const title = `${meta.title ? meta.title + ' ' : ''}绩效自评表复核汇总`;
  const subtitle = `评分规则：${meta.profile.name}${meta.profile.source ? `（依据：${meta.profile.source}）` : ''}　　生成日期：${dateText(meta.date)}`;
  const { ws } = startSheet(wb, '汇总', title, subtitle, SUMMARY_COLUMNS);
  rows.forEach((r, i) =>
    addDataRow(ws, SUMMARY_COLUMNS, [
      i + 1, r.file, r.sheet, r.department, r.unit, r.project, r.kind, r.reported, r.total, r.diff, r.grade ?? (r.table && r.table.totalOf100 !== null ? '不评级' : ''),
      r.errors, r.warnings, r.infos, r.note,
    ]),
  );
  const stats = batchStats(rows);
  ws.addRow([]);
  const avg = ws.addRow(['', '平均分（自评 / 复核）', '', '', '', '', '', stats.reportedAverage, stats.totalAverage]);
  avg.font = { bold: true };
  for (const col of [8, 9]) Object.assign(avg.getCell(col), { numFmt: '0.00', alignment: { horizontal: 'right' } });
  const share = (n: number) => (stats.graded ? `${((n / stats.graded) * 100).toFixed(2)}%` : '—');
  const grades = GRADES.map((g) => `${g} ${stats.grades[g]} 张（${share(stats.grades[g])}）`).join('　');
  const dist = ws.addRow(['', `等级分布（已评分 ${stats.graded} 张）：${grades}`]);
  ws.mergeCells(dist.number, 2, dist.number, SUMMARY_COLUMNS.length);
  dist.font = { bold: true };
}

function writeProblems(wb: ExcelJS.Workbook, rows: SummaryRow[], meta: SummaryMeta): void {
  const { ws, headerRow: header } = startSheet(wb, '问题清单', `${meta.title ? meta.title + ' ' : ''}问题清单`, null, PROBLEM_COLUMNS);
  const problems = problemRows(rows);
  for (const p of problems) {
    addDataRow(ws, PROBLEM_COLUMNS, [p.file, p.sheet, p.cell, p.unit, p.project, SEVERITY_LABEL[p.severity], p.code, p.message]);
  }
  // The filter covers the header and every row, so a clerk can pick one unit and send its list back.
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: header + problems.length, column: PROBLEM_COLUMNS.length } };
}

function writeUnits(wb: ExcelJS.Workbook, rows: SummaryRow[], meta: SummaryMeta): void {
  const { ws } = startSheet(wb, '单位汇总', `${meta.title ? meta.title + ' ' : ''}单位汇总`, '单位：主管部门；表中未写主管部门时为实施单位/单位名称，再无则为所在文件夹', UNIT_COLUMNS);
  for (const u of unitRows(rows)) {
    addDataRow(ws, UNIT_COLUMNS, [
      u.group, u.tables, u.reportedAverage, u.totalAverage, u.diffAverage, ...GRADES.map((g) => u.grades[g]), u.errors, u.warnings, u.unscored,
    ]);
  }
}

export function buildSummary(entries: ReportEntry[], meta: SummaryMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ziping';
  const rows = summaryRows(entries);
  writeOverview(wb, rows, meta);
  writeProblems(wb, rows, meta);
  writeUnits(wb, rows, meta);
  return wb;
}

export async function writeSummary(entries: ReportEntry[], file: string, meta: SummaryMeta): Promise<void> {
  await writeWorkbookFile(buildSummary(entries, meta), file);
}
