/** Host-neutral rules for the sheets a plan adds (the 复核表): their names and where they go. */
import type { PlannedSheet } from '../../core/writePlan';

/**
 * Which name each planned sheet gets: its own when free or when an earlier scoring added it (that one is
 * replaced), else the first free "名（2）", "名（3）"… — a unit's own sheet of that name is never touched.
 */
export function chooseNames(planned: readonly PlannedSheet[], existing: readonly string[], ours: readonly string[]): string[] {
  const taken = new Set(existing.filter((n) => !ours.includes(n)).map((n) => n.toLowerCase()));
  return planned.map((p) => {
    let name = p.name;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${p.name.slice(0, 27)}（${k}）`;
    taken.add(name.toLowerCase());
    return name;
  });
}

