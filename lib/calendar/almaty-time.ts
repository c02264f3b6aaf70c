import type { LocalDate } from "./local-date";

export const TIME_ZONE = "Asia/Almaty";

// Kazakhstan moved to UTC+5 on 1 March 2024 (tzdata 2024a). Older ICU data would give wrong dates.
const tzVersion = (process.versions as Record<string, string | undefined>).tz;
if (tzVersion && tzVersion < "2024a") {
  throw new Error(`Node's time zone data is ${tzVersion}; Asia/Almaty needs 2024a or later`);
}

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The local date and the minutes since local midnight of an instant. */
export function toAlmaty(instant: Date): { date: LocalDate; minutes: number; seconds: number } {
  const map = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${map.year}-${map.month}-${map.day}`,
    minutes: Number(map.hour) * 60 + Number(map.minute),
    seconds: Number(map.second),
  };
}

/** The instant of a local date and time in Asia/Almaty. */
export function fromAlmaty(date: LocalDate, minutes: number): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = wall - 5 * 3600_000;
  for (let attempt = 0; attempt < 2; attempt++) {
    const seen = toAlmaty(new Date(guess));
    const seenWall = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000 + seen.seconds * 1000;
    guess += wall - seenWall;
  }
  return new Date(guess);
}
