/**
 * The year an annual report covers. Plan §四(四) has the report on the previous year due by the end of
 * January, so in January it is last year's report; from February on it is the current year's, so far
 * (`final` false). A year given explicitly (a late report) is final once it is over. The sharing figures
 * (sharing.json, the sharing page, the annual report's sharing section) count the same year.
 */
export function reportPeriod(asOf: string, year?: number): { year: number; final: boolean } {
  const asOfYear = Number(asOf.slice(0, 4));
  if (year !== undefined) return { year, final: year < asOfYear };
  return asOf.slice(5, 7) === '01' ? { year: asOfYear - 1, final: true } : { year: asOfYear, final: false };
}

/** Whether a day (YYYY-MM-DD) falls in the year reported. */
export const inYear = (day: string, year: number): boolean => day.slice(0, 4) === String(year);
