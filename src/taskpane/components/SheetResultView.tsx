/** Everything about one scored sheet: its tables, the write-back preview and the 写回 / 撤销 buttons. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Title3 } from '@fluentui/react-components';
import type { SheetResult } from '../scoring';
import { PlanPreview } from './PlanPreview';
import { ResultCard } from './ResultCard';
import { EvaluationCard } from './EvaluationCard';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', rowGap: '8px', marginBottom: '20px' },
  buttons: { display: 'flex', columnGap: '8px', flexWrap: 'wrap' },
});

export interface SheetResultViewProps {
  result: SheetResult;
  canUndo: boolean;
  busy: boolean;
  /** Whether this Excel can write notes (ExcelApi 1.10+); the preview promises 批注 only then. */
  notes: boolean;
  /** Whether this Excel can fill any cell and restore it exactly (ExcelApi 1.9+). */
  fills: boolean;
  onWriteBack(): void;
  onUndo(): void;
  onSelectCell(cell: string): void;
}

export function SheetResultView({ result, canUndo, busy, notes, fills, onWriteBack, onUndo, onSelectCell }: SheetResultViewProps) {
  const styles = useStyles();
  const { score, plan } = result;
  const found = score.tables.length + score.evaluationTables.length;
  return (
    <section className={styles.sheet} aria-label={`工作表「${result.sheet}」`}>
      <Title3 as="h2">工作表「{result.sheet}」</Title3>
      {found === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>这张工作表中没有找到自评表</MessageBarTitle>
            {score.skipped?.reason ?? '未识别到“绩效指标”表头。'}
            {/* A sheet that looks like a table already says which row came closest and what it lacked. */}
            {score.skipped?.finding.severity === 'warning' ? null : '如果这张表确实是自评表，请确认表头包含“三级指标”“年度指标值”“实际完成值”等列名。'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {score.tables.map((t) => (
            <ResultCard key={t.evaluation.range} evaluation={t.evaluation} onSelectCell={onSelectCell} />
          ))}
          {score.evaluationTables.map((t) => (
            <EvaluationCard key={t.evaluation.range} evaluation={t.evaluation} onSelectCell={onSelectCell} />
          ))}
          <Subtitle2>写回预览（{plan.changes.length} 处修改）</Subtitle2>
          {gradeKeptOff(result) ? <Caption1 role="note">{gradeKeptOff(result)}</Caption1> : null}
          <PlanPreview plan={plan} notes={notes} fills={fills} />
        </>
      )}
      <div className={styles.buttons}>
        {found > 0 ? (
          <Button appearance="primary" disabled={busy || plan.changes.length === 0} onClick={onWriteBack}>
            写回工作表
          </Button>
        ) : null}
        <Button disabled={busy || !canUndo} onClick={onUndo}>
          撤销评分
        </Button>
      </div>
    </section>
  );
}

/**
 * Where the host could not list merged areas (Excel below ExcelApi 1.13, or above its 512-area limit) the core plans no grade into a
 * cell that may be covered by a merge: say where the grade goes instead. Null when it is written as usual.
 */
function gradeKeptOff({ grid, score, plan }: SheetResult): string | null {
  const graded = score.tables.some((t) => t.evaluation.grade);
  if (grid.mergesKnown || !graded || plan.changes.some((c) => c.kinds.includes('grade'))) return null;
  const review = plan.sheets?.[0]?.name;
  const where = review ? `只写入复核表「${review}」` : '只显示在本面板中';
  return `Excel 未能读出本表的合并单元格（需要 ExcelApi 1.13 及以上，且合并区域不能过多）：为免写进被合并区域遮住、看不见的单元格，评价等级${where}，不写入本表。`;
}
