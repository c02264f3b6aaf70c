import { fromAlmaty, isWorkingDay, toAlmaty } from "@/lib/calendar";
import { addDays, type LocalDate } from "@/lib/calendar/local-date";

/** Visit windows inside working hours (09:00–18:00, lunch 13:00–14:00), Astana time. */
export const timeWindows = [
  { from: "09:00", to: "11:00" },
  { from: "11:00", to: "13:00" },
  { from: "14:00", to: "16:00" },
  { from: "16:00", to: "18:00" },
] as const;

export const BOOKING_HORIZON_DAYS = 30;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The working days a visit can be asked for or booked on: from tomorrow, within the horizon. */
export function visitDays(now = new Date(), limit = 10): LocalDate[] {
  const today = toAlmaty(now).date;
  const days: LocalDate[] = [];
  for (
    let day = addDays(today, 1);
    days.length < limit && day <= addDays(today, BOOKING_HORIZON_DAYS);
    day = addDays(day, 1)
  ) {
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

export function isBookableDay(date: string, now = new Date()): boolean {
  const today = toAlmaty(now).date;
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    date > today &&
    date <= addDays(today, BOOKING_HORIZON_DAYS) &&
    isWorkingDay(date)
  );
}

export function isWindow(from: string, to: string): boolean {
  return timeWindows.some((window) => window.from === from && window.to === to);
}

/** A window on a local date as instants. */
export function windowInstants(date: LocalDate, from: string, to: string): { from: Date; to: Date } {
  return { from: fromAlmaty(date, minutes(from)), to: fromAlmaty(date, minutes(to)) };
}
