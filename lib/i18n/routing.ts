import { defineRouting } from "next-intl/routing";

export const locales = ["kk", "ru", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "kk";
export const timeZone = "Asia/Almaty";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Kazakh is the default; the locale is always in the URL so every page has one address per language.
// No Accept-Language detection: a national portal opens in the state language, the switch changes it.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeDetection: false,
});
