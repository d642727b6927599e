/** Findings grouped by severity; a finding with a cell is a link that selects that cell in the sheet. */
import { Badge, Body1, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core';
import { findingLabel } from '../findingLabels';
import { SEVERITY_LABEL } from '../format';
import { groupFindings } from '../scoring';

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: '4px', marginBottom: '8px' },
  heading: { display: 'flex', alignItems: 'center', columnGap: '6px' },
  item: { display: 'flex', columnGap: '8px', alignItems: 'baseline', listStyleType: 'none' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  cell: { minWidth: '3.5em', fontFamily: tokens.fontFamilyMonospace },
});

/** The core's messages start with their cell ("H20：…"); the link already shows it. */
function messageWithoutCell(f: Finding): string {
  const prefix = `${f.cell}：`;
  return f.cell && f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
}

export interface FindingListProps {
  findings: readonly Finding[];
  onSelectCell(cell: string): void;
}

export function FindingList({ findings, onSelectCell }: FindingListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Body1>未发现问题。</Body1>;
  const groups = groupFindings(findings);
  return (
    <div>
      {(['error', 'warning', 'info'] as const).map((severity) =>
        groups[severity].length === 0 ? null : (
          <section key={severity} className={styles.group} aria-label={`${SEVERITY_LABEL[severity]}（${groups[severity].length}）`}>
            <div className={styles.heading}>
              <Badge color={BADGE[severity]} appearance="filled">
                {SEVERITY_LABEL[severity]}
              </Badge>
              <Subtitle2>{groups[severity].length} 项</Subtitle2>
            </div>
            <ul className={styles.list}>
              {groups[severity].map((f, i) => (
                <li key={`${f.code}-${f.cell ?? ''}-${i}`} className={styles.item} data-code={f.code}>
                  {f.cell ? (
                    <Link className={styles.cell} onClick={() => onSelectCell(f.cell as string)} title={`定位到单元格 ${f.cell}`}>
                      {f.cell}
                    </Link>
                  ) : (
                    <Caption1 className={styles.cell}>整表</Caption1>
                  )}
                  <Body1>
                    {messageWithoutCell(f)} <Caption1>（{findingLabel(f.code)}）</Caption1>
                  </Body1>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
