import type { Locale } from "@/lib/i18n/locales";

/** The public check of a result document: the verify page with its number, in the given language. */
export function verifyPath(locale: Locale, number: string): string {
  return `/${locale}/verify?number=${encodeURIComponent(number)}`;
}
