import { useFormatter, useTimeZone, useTranslations } from "next-intl";

type Translate = (key: string, values?: Record<string, string>) => string;

/** Year, month (1–12) and day of `value` in `timeZone`: digits only, which every browser has. */
export function calendarDay(value: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/**
 * A date as the page's language writes it ("2026 ж. 26 қараша", "26 ноября 2026 г.", "November 26,
 * 2026"), with the month names from the messages (`dates`): Chromium's ICU has none in Kazakh and
 * writes "2026 M11 26" even when asked for "kk".
 */
export function dateText(value: Date, timeZone: string, t: Translate): string {
  const { year, month, day } = calendarDay(value, timeZone);
  return t("long", { year: String(year), day: String(day), month: t(`months.${month}`) });
}

/** For client components: dates and times in the page's locale and time zone (Asia/Almaty). */
export function useDateText() {
  const t = useTranslations("dates");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "Asia/Almaty";
  return {
    date: (value: Date) => dateText(value, timeZone, t as unknown as Translate),
    /** Hours and minutes (digits: every browser writes them the page's way). */
    time: (value: Date | number) =>
      format.dateTime(value, { hour: "2-digit", minute: "2-digit", hour12: false }),
  };
}
