/**
 * One evaluation scoring table (SPEC §9): its sums, its 一级 subtotals against the weights their labels state,
 * and the arithmetic findings. The evaluators' scores are shown, never re-scored.
 */
import {
  Badge, Body1, Caption1, Card, CardHeader, Divider, Link, makeStyles, mergeClasses, Subtitle1, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import type { EvaluationSubtotal, EvaluationTableResult } from '../../core';
import { formatPercent, formatScore, GRADE_COLOR } from '../format';
import { FindingList } from './FindingList';
import { LevelChart } from './LevelChart';

const useStyles = makeStyles({
  card: { marginBottom: '12px' },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: '8px', rowGap: '4px' },
  figure: { display: 'flex', flexDirection: 'column' },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  grade: { alignSelf: 'flex-start', marginTop: '6px' },
  differs: { color: tokens.colorPaletteRedForeground1 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

const differs = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) > 0.01;

export interface EvaluationCardProps {
  evaluation: EvaluationTableResult;
  onSelectCell(cell: string): void;
}

export function EvaluationCard({ evaluation: ev, onSelectCell }: EvaluationCardProps) {
  const styles = useStyles();
  const title = ev.name ?? `工作表「${ev.sheet}」`;
  return (
    <Card className={styles.card} aria-label={`评价表核对结果：${title}`}>
      <CardHeader
        header={<Subtitle1>{title}</Subtitle1>}
        description={
          <Caption1>
            评价评分表（只核对算术，不改分，不写入数值） · {ev.sheet}!{ev.range}
          </Caption1>
        }
      />
      <div className={styles.figures}>
        <div className={styles.figure}>
          <Caption1>各项得分合计</Caption1>
          <Text className={mergeClasses(styles.big, differs(ev.total, ev.reportedTotal) && styles.differs)} data-testid="parts-total">
            {formatScore(ev.total)}
          </Text>
        </div>
        <div className={styles.figure}>
          <Caption1>合计行得分</Caption1>
          <Text className={styles.big} data-testid="stated-total">
            {formatScore(ev.reportedTotal)}
          </Text>
        </div>
        <div className={styles.figure}>
          <Caption1>填写的评价等级</Caption1>
          {ev.statedGrade ? (
            <Badge className={styles.grade} size="extra-large" color={GRADE_COLOR[ev.statedGrade]} data-testid="stated-grade">
              {ev.statedGrade}
            </Badge>
          ) : (
            <Text className={styles.big}>—</Text>
          )}
        </div>
      </div>
      <Body1>各项分值合计 {formatScore(ev.weightTotal)} 分。</Body1>
      <Subtitle2>一级指标小计（点击名称定位）</Subtitle2>
      <SubtotalTable subtotals={ev.subtotals} onSelectCell={onSelectCell} />
      <LevelChart levels={ev.levels} />
      <Divider />
      <Subtitle2>算术问题（点击单元格地址定位）</Subtitle2>
      <FindingList findings={ev.findings} onSelectCell={onSelectCell} />
    </Card>
  );
}

function SubtotalTable({ subtotals, onSelectCell }: { subtotals: EvaluationSubtotal[]; onSelectCell(cell: string): void }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label="一级指标小计">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>一级指标</TableHeaderCell>
          <TableHeaderCell>标注分值</TableHeaderCell>
          <TableHeaderCell>分值合计</TableHeaderCell>
          <TableHeaderCell>得分合计</TableHeaderCell>
          <TableHeaderCell>得分率</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {subtotals.map((s) => (
          <TableRow key={s.cell}>
            <TableCell>
              <Link onClick={() => onSelectCell(s.cell)}>{s.label}</Link>
            </TableCell>
            <TableCell className={mergeClasses(styles.number, differs(s.statedWeight, s.weight) && styles.differs)}>{formatScore(s.statedWeight)}</TableCell>
            <TableCell className={styles.number}>{formatScore(s.weight)}</TableCell>
            <TableCell className={styles.number}>{formatScore(s.score)}</TableCell>
            <TableCell className={styles.number}>{s.weight > 0 ? formatPercent(s.score / s.weight) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
