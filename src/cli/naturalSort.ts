/** Natural order for file names as a clerk reads them: 单位2 before 单位10, pinyin order for Chinese. */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

export const naturalCompare = (a: string, b: string): number => collator.compare(a, b);

/** Compares paths level by level, so a folder's files stay together ("单位2/b" before "单位10/a"). */
export function comparePaths(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = naturalCompare(pa[i], pb[i]);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}
