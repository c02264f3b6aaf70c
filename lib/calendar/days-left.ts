import { addDays } from "./local-date";
import { isWorkingDay } from "./working-days";
import { toAlmaty } from "./almaty-time";

/**
 * Days left to a due date: working days for working-day terms, calendar days otherwise; negative when
 * overdue.
 */
export function daysLeft(due: Date, unit: "working_days" | "calendar_days", now = new Date()): number {
  const today = toAlmaty(now).date;
  const last = toAlmaty(due).date;
  if (due < now) return -1;
  let count = 0;
  for (let day = today; day < last; day = addDays(day, 1))
    if (unit === "calendar_days" || isWorkingDay(addDays(day, 1))) count++;
  return count;
}

/** The unit a request's time left is counted in: an extension is in calendar days, else the term's own. */
export function termUnit(row: {
  extendedDueAt: Date | null;
  term: { unit: "working_days" | "calendar_days" } | null;
}): "working_days" | "calendar_days" {
  return row.extendedDueAt ? "calendar_days" : (row.term?.unit ?? "calendar_days");
}
