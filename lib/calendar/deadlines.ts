import { fromAlmaty, toAlmaty } from "./almaty-time";
import { addDays, type LocalDate } from "./local-date";
import { isWorkingDay, nextWorkingDay } from "./working-days";

export type Term = { amount: number; unit: "working_days" | "calendar_days"; countAcceptanceDay: boolean };

export const WORKDAY_START_MINUTES = 9 * 60;
export const WORKDAY_END_MINUTES = 18 * 60;

/**
 * Requests are accepted 24/7 and registered in working hours: inside 09:00–18:00 of a working day at
 * the submission time; before 09:00 at 09:00 that day; otherwise at 09:00 on the next working day.
 */
export function computeRegisteredAt(submittedAt: Date): Date {
  const local = toAlmaty(submittedAt);
  if (isWorkingDay(local.date)) {
    if (local.minutes < WORKDAY_START_MINUTES) return fromAlmaty(local.date, WORKDAY_START_MINUTES);
    if (local.minutes < WORKDAY_END_MINUTES) return submittedAt;
  }
  return fromAlmaty(nextWorkingDay(local.date), WORKDAY_START_MINUTES);
}

/** The last day of a term counted from the registration day, by the rules of calendar.md. */
export function lastDayOfTerm(registeredOn: LocalDate, term: Term): LocalDate {
  if (term.amount < 1) throw new Error("a term is at least one day");
  let day = term.countAcceptanceDay ? registeredOn : addDays(registeredOn, 1);
  if (term.unit === "calendar_days") {
    const last = addDays(day, term.amount - 1);
    return isWorkingDay(last) ? last : nextWorkingDay(last);
  }
  let counted = 0;
  for (;;) {
    if (isWorkingDay(day) && ++counted === term.amount) return day;
    day = addDays(day, 1);
  }
}

/** The result is due at the end (18:00 local) of the last day of the term. */
export function computeResultDueAt(registeredAt: Date, term: Term): Date {
  return fromAlmaty(lastDayOfTerm(toAlmaty(registeredAt).date, term), WORKDAY_END_MINUTES);
}
