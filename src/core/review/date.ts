/** The review date as a clerk writes it. The core has no clock: hosts pass `new Date()` in. */
export function reviewDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
