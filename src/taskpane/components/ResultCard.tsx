/** One scored table: name, 复核得分 vs 自评得分, grade, 执行率, level chart, indicators and findings. */
import { Badge, Body1, Caption1, Card, CardHeader, Divider, makeStyles, mergeClasses, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { TableEvaluation } from '../../core';
import { formatPercent, formatScore, GRADE_COLOR } from '../format';
import { FindingList } from './FindingList';
import { IndicatorList } from './IndicatorList';
import { LevelChart } from './LevelChart';

const KIND_LABEL = { project: '项目支出绩效自评表', department: '部门整体支出绩效自评表', evaluation: '评价评分表' } as const;

const useStyles = makeStyles({
  card: { marginBottom: '12px' },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: '8px', rowGap: '4px' },
  figure: { display: 'flex', flexDirection: 'column' },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  grade: { alignSelf: 'flex-start', marginTop: '6px' },
  differs: { color: tokens.colorPaletteRedForeground1 },
});

export interface ResultCardProps {
  evaluation: TableEvaluation;
  onSelectCell(cell: string): void;
}

export function ResultCard({ evaluation: ev, onSelectCell }: ResultCardProps) {
  const styles = useStyles();
  const title = ev.name ?? `工作表「${ev.sheet}」`;
  const totalDiffers = ev.total !== null && ev.reportedTotal !== null && Math.abs(ev.total - ev.reportedTotal) > 0.01;
  return (
    <Card className={styles.card} aria-label={`评分结果：${title}`}>
      <CardHeader
        header={<Subtitle1>{title}</Subtitle1>}
        description={
          <Caption1>
            {KIND_LABEL[ev.kind]} · {ev.sheet}!{ev.range}
          </Caption1>
        }
      />
      <div className={styles.figures}>
        <div className={styles.figure}>
          <Caption1>复核得分</Caption1>
          <Text className={mergeClasses(styles.big, totalDiffers && styles.differs)} data-testid="total">
            {formatScore(ev.total)}
          </Text>
        </div>
        <div className={styles.figure}>
          <Caption1>自评得分</Caption1>
          <Text className={styles.big} data-testid="reported-total">
            {formatScore(ev.reportedTotal)}
          </Text>
        </div>
        <div className={styles.figure}>
          <Caption1>等级</Caption1>
          {ev.grade ? (
            <Badge className={styles.grade} size="extra-large" color={GRADE_COLOR[ev.grade]} data-testid="grade">
              {ev.grade}
            </Badge>
          ) : (
            <Text className={styles.big} data-testid="grade">
              {ev.totalOf100 !== null ? '不评级' : '—'}
            </Text>
          )}
        </div>
      </div>
      {ev.total === null ? <Body1>{whyNotScored(ev)}</Body1> : null}
      {ev.total !== null && ev.grade === null ? <Body1 data-testid="grade-basis">{ev.gradeBasis}</Body1> : null}
      {ev.weightsAssumed ? <Body1>注意：本表没有分值列，得分按规则的推定权重计算。</Body1> : null}
      {ev.budget ? (
        <Body1>
          预算执行率 {formatPercent(ev.budget.rate)}（执行数 {formatScore(ev.budget.executed)} / 预算数{' '}
          {formatScore(ev.budget.adjusted ?? ev.budget.planned)}），得分 {formatScore(ev.budget.score)} /{' '}
          {formatScore(ev.budget.weight)}
        </Body1>
      ) : null}
      <LevelChart levels={ev.levels} />
      <Divider />
      <Subtitle2>指标得分（点击查看依据）</Subtitle2>
      <IndicatorList indicators={ev.indicators} onSelectCell={onSelectCell} />
      <Divider />
      <Subtitle2>发现的问题（点击单元格地址定位）</Subtitle2>
      <FindingList findings={ev.findings} onSelectCell={onSelectCell} />
    </Card>
  );
}

/** Why a table has no total: a required column is missing, or there are no weights to score with. */
function whyNotScored(ev: TableEvaluation): string {
  if (ev.findings.some((f) => f.code === 'COLUMN_MISSING')) {
    return '表头缺少“年度指标值”或“实际完成值”列（见下方问题）：无法核对指标，没有计算总分和等级。';
  }
  return '表中没有分值列，当前规则也未提供推定权重：只做了校验，没有计算总分和等级。';
}
