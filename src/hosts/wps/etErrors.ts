/**
 * ET's Value2 returns an error value as an integer: the COM error code of the variant (#DIV/0! is
 * -2146826281, i.e. 0x800A07D7) — some builds give the XlCVError number (2007) instead. Either way the
 * number alone is ambiguous (2007 is also a year), so a cell is an error only if its text agrees.
 */
const ERRORS: ReadonlyArray<[text: string, cvErr: number]> = [
  ['#NULL!', 2000],
  ['#DIV/0!', 2007],
  ['#VALUE!', 2015],
  ['#REF!', 2023],
  ['#NAME?', 2029],
  ['#NUM!', 2036],
  ['#N/A', 2042],
  ['#SPILL!', 2045],
  ['#FIELD!', 2049],
  ['#CALC!', 2050],
];

/** The HRESULT ET puts in the variant: 0x800A0000 + XlCVError, as a signed 32-bit integer. */
const hresultOf = (cvErr: number) => (0x800a0000 + cvErr) | 0;

const BY_CODE = new Map<number, string>();
for (const [text, cvErr] of ERRORS) {
  BY_CODE.set(cvErr, text);
  BY_CODE.set(hresultOf(cvErr), text);
}

/** The error text a Value2 number may stand for, or null when it cannot be an error code. */
export function errorTextOfCode(value: unknown): string | null {
  return typeof value === 'number' ? BY_CODE.get(value) ?? null : null;
}

/** True when the cell's displayed text or formula-bar text is that error (confirms a Value2 code). */
export function confirmsError(errorText: string, shown: unknown): boolean {
  return typeof shown === 'string' && shown.trim().toUpperCase() === errorText;
}
