import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/i18n/locales";

// Kazakh is the default; the locale is always in the URL so every page has one address per language.
// No Accept-Language detection: a national portal opens in the state language, the switch changes it.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeDetection: false,
});
