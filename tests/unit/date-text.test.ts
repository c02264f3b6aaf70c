import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { calendarDay, dateText } from "@/components/i18n/date-text";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const translate = (locale: string, messages: Record<string, unknown>) =>
  createTranslator({ locale, messages, namespace: "dates" } as never) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;

describe("dates in the page's language, whatever the browser's ICU", () => {
  // 20:30 UTC on 25 November is already 26 November in Almaty (UTC+5).
  const evening = new Date("2026-11-25T20:30:00Z");

  it("takes the day in Asia/Almaty", () => {
    expect(calendarDay(evening, "Asia/Almaty")).toEqual({ year: 2026, month: 11, day: 26 });
    expect(calendarDay(evening, "UTC")).toEqual({ year: 2026, month: 11, day: 25 });
  });

  it("writes Kazakh month names (never '2026 M11 26')", () => {
    expect(dateText(evening, "Asia/Almaty", translate("kk", kk))).toBe("2026 ж. 26 қараша");
    expect(dateText(new Date("2027-01-05T06:00:00Z"), "Asia/Almaty", translate("kk", kk))).toBe(
      "2027 ж. 5 қаңтар",
    );
  });

  it("matches what the server writes for a long date in each language", () => {
    for (const [locale, messages] of [
      ["kk", kk],
      ["ru", ru],
      ["en", en],
    ] as const) {
      const server = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Almaty" });
      expect(dateText(evening, "Asia/Almaty", translate(locale, messages))).toBe(server.format(evening));
    }
  });
});
