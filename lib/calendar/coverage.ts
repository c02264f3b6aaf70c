import { toAlmaty } from "./almaty-time";
import { kurbanAit } from "./kz-calendar-data";

const years = Object.keys(kurbanAit).map(Number);

/** The years whose days off are all known (the movable Kurban Ait is set yearly): 2023–2027 today. */
export const CALENDAR_YEARS = { first: Math.min(...years), last: Math.max(...years) } as const;

/** Whether dates can be computed from this instant: a local (Astana) date in a year the data covers. */
export function calendarCovers(instant: Date): boolean {
  if (Number.isNaN(instant.getTime())) return false;
  const year = Number(toAlmaty(instant).date.slice(0, 4));
  return year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last;
}
