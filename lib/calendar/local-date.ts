/** Local dates as "YYYY-MM-DD" and their arithmetic, with no time zone involved. */
export type LocalDate = string;

export function toDate(local: LocalDate): Date {
  return new Date(`${local}T00:00:00Z`);
}

export function fromDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(local: LocalDate, days: number): LocalDate {
  const date = toDate(local);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(local: LocalDate): number {
  return toDate(local).getUTCDay();
}

export function isWeekend(local: LocalDate): boolean {
  const day = weekday(local);
  return day === 0 || day === 6;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
