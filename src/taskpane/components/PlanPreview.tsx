/** The write plan as a table (cell, 内容, 类型) so the user sees every change before it is applied. */
import {
  Body1,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { CellChange, WritePlan } from '../../core';
import { CHANGE_KIND_LABEL } from '../format';

const useStyles = makeStyles({
  scroll: { maxHeight: '260px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, width: '4.5em' },
  kind: { width: '6em' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px', verticalAlign: 'middle' },
});

function contentOf(change: CellChange, notes: boolean): string {
  const parts: string[] = [];
  if (change.value !== undefined) parts.push(String(change.value));
  if (change.note && notes) parts.push(`批注：${change.note}`);
  if (parts.length === 0 && change.fill) parts.push('标注底色');
  return parts.join('；');
}

/** `notes`: the host writes notes; `fills`: it can fill any cell and restore it exactly (ExcelApi 1.9). */
export function PlanPreview({ plan, notes, fills }: { plan: WritePlan; notes: boolean; fills: boolean }) {
  const styles = useStyles();
  if (plan.changes.length === 0) return <Body1>没有需要写回的内容。</Body1>;
  const withNotes = plan.changes.some((c) => c.note);
  const withFills = plan.changes.some((c) => c.fill);
  return (
    <div className={styles.scroll}>
      {withNotes && !notes ? (
        <Caption1 role="note">当前 Excel 版本不支持写入批注（需要 ExcelApi 1.10 及以上），问题说明只显示在本面板中，单元格仅标注底色。</Caption1>
      ) : null}
      {withFills && !fills ? (
        <Caption1 role="note">
          当前 Excel 版本（低于 ExcelApi 1.9）分不清白色底色和无底色：为保证「撤销评分」能原样还原，原本无底色或白色底色的单元格不标注底色，只有已有其他底色的单元格会标注。
        </Caption1>
      ) : null}
      <Table size="extra-small" aria-label={`写回预览：工作表「${plan.sheet}」`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>单元格</TableHeaderCell>
            <TableHeaderCell>内容</TableHeaderCell>
            <TableHeaderCell className={styles.kind}>类型</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.changes.map((change) => (
            <TableRow key={change.cell}>
              <TableCell className={styles.cell}>
                {change.fill ? <span className={styles.swatch} style={{ backgroundColor: change.fill }} /> : null}
                {change.cell}
              </TableCell>
              <TableCell>{contentOf(change, notes)}</TableCell>
              <TableCell className={styles.kind}>{change.kinds.map((k) => CHANGE_KIND_LABEL[k]).join('、')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
