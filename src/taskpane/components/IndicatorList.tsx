/** Each indicator's score against its weight; expanding a row shows the basis sentence and commentary. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { IndicatorEvaluation } from '../../core';
import { formatPercent, formatScore } from '../format';

const TYPE_LABEL: Record<IndicatorEvaluation['type'], string> = {
  quantitative: '定量',
  qualitative: '定性',
  'not-applicable': '不适用',
};

const useStyles = makeStyles({
  header: { display: 'flex', width: '100%', columnGap: '8px', alignItems: 'baseline' },
  name: { flexGrow: 1, minWidth: 0 },
  score: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  changed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', rowGap: '4px', paddingBottom: '8px' },
});

export interface IndicatorListProps {
  indicators: IndicatorEvaluation[];
  onSelectCell(cell: string): void;
}

export function IndicatorList({ indicators, onSelectCell }: IndicatorListProps) {
  const styles = useStyles();
  if (indicators.length === 0) return <Body1>表中没有可评分的指标。</Body1>;
  return (
    <Accordion collapsible multiple aria-label="各指标得分与依据">
      {indicators.map((ind) => {
        const differs =
          ind.score !== null && ind.reportedScore !== null && Math.abs(ind.score - ind.reportedScore) > 0.01;
        return (
          <AccordionItem key={ind.cell} value={ind.cell}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <span className={styles.name}>{ind.name || ind.level2 || ind.cell}</span>
                <span className={mergeClasses(styles.score, differs && styles.changed)}>
                  {formatScore(ind.score)} / {formatScore(ind.weight)}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Caption1>
                {ind.level1} › {ind.level2} · {TYPE_LABEL[ind.type]}
                {ind.weightAssumed ? ' · 推定权重' : ''} ·{' '}
                <Link onClick={() => onSelectCell(ind.cell)}>{ind.cell}</Link>
              </Caption1>
              <Caption1>
                指标值：{ind.target || '（空）'}；实际完成值：{ind.actual || '（空）'}
                {ind.completion !== null ? `；完成率 ${formatPercent(ind.completion)}` : ''}
              </Caption1>
              <Caption1>
                自评得分 {formatScore(ind.reportedScore)}，复核得分 {formatScore(ind.score)}
                {differs ? (
                  <Badge size="small" color="danger" appearance="tint" style={{ marginLeft: 4 }}>
                    不一致
                  </Badge>
                ) : null}
              </Caption1>
              <Body1>依据：{ind.basis}</Body1>
              {ind.commentary ? <Body1>偏差说明：{ind.commentary}</Body1> : null}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
