import { decreedTransfers, fixedHolidays, kurbanAit } from "./kz-calendar-data";
import { addDays, isWeekend, localDate, type LocalDate } from "./local-date";

const cache = new Map<number, Set<LocalDate>>();

/**
 * Every day off of a year that is not a plain weekend: holidays, and the weekdays they move to when they
 * fall on a Saturday or Sunday (in date order, so multi-day holidays cascade), except Jan 7 and Kurban Ait.
 */
export function daysOff(year: number): Set<LocalDate> {
  const cached = cache.get(year);
  if (cached) return cached;
  const holidays: Array<{ date: LocalDate; movable: boolean }> = fixedHolidays
    .filter((rule) => (rule.fromYear ?? 0) <= year && year <= (rule.untilYear ?? 9999))
    .map((rule) => ({ date: localDate(year, rule.month, rule.day), movable: !rule.neverMoved }));
  const kurban = kurbanAit[year];
  if (kurban) holidays.push({ date: kurban.date, movable: false });
  holidays.sort((a, b) => a.date.localeCompare(b.date));

  const off = new Set(holidays.map((holiday) => holiday.date));
  const transfers = decreedTransfers[year] ?? [];
  for (const transfer of transfers) off.add(transfer.off);
  for (const holiday of holidays) {
    if (!holiday.movable || !isWeekend(holiday.date)) continue;
    let next = addDays(holiday.date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  cache.set(year, off);
  return off;
}

function workedByDecree(date: LocalDate): boolean {
  return (decreedTransfers[Number(date.slice(0, 4))] ?? []).some((transfer) => transfer.worked === date);
}

export function isWorkingDay(date: LocalDate): boolean {
  if (workedByDecree(date)) return true;
  if (isWeekend(date)) return false;
  const year = Number(date.slice(0, 4));
  // A December holiday moved past New Year lands in the next year's January.
  return !daysOff(year).has(date) && !daysOff(year - 1).has(date);
}

export function nextWorkingDay(date: LocalDate): LocalDate {
  let next = addDays(date, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}
