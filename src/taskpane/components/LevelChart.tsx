/** Score by 一级指标 against its 分值, as plain horizontal bars (no chart library in the bundle). */
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LevelScore } from '../../core';
import { formatScore } from '../format';

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  row: { display: 'grid', gridTemplateColumns: '6em 1fr 6em', alignItems: 'center', columnGap: '8px' },
  track: {
    height: '10px',
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusMedium },
  lost: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export function LevelChart({ levels }: { levels: LevelScore[] }) {
  const styles = useStyles();
  if (levels.length === 0) return null;
  return (
    <div className={styles.chart} role="list" aria-label="按一级指标的得分">
      {levels.map((level) => {
        const ratio = level.weight > 0 ? Math.max(0, Math.min(1, level.score / level.weight)) : 0;
        const label = `${level.level1}：${formatScore(level.score)} / ${formatScore(level.weight)} 分`;
        return (
          <div key={level.level1} className={styles.row} role="listitem" aria-label={label}>
            <Caption1 truncate wrap={false} title={level.level1}>
              {level.level1}
            </Caption1>
            <div className={styles.track}>
              <div
                className={mergeClasses(styles.bar, ratio < 1 && styles.lost)}
                style={{ width: `${(ratio * 100).toFixed(1)}%` }}
              />
            </div>
            <Caption1 className={styles.value}>
              {formatScore(level.score)} / {formatScore(level.weight)}
            </Caption1>
          </div>
        );
      })}
    </div>
  );
}
