import { locales } from "@/lib/i18n/locales";

const MAX_LENGTH = 512;
const LOCALE_PATH = new RegExp(`^/(?:${locales.join("|")})(?:[/?#]|$)`);
/** Sign-in's own pages: returning there would loop. */
const SIGN_IN_PAGES = new RegExp(`^/(?:${locales.join("|")})/(?:sign-in|register|reset-password)(?:[/?#]|$)`);

/**
 * Where to send the user after signing in: a path on this site inside a locale (`/kk/services/…`),
 * or null. Refuses anything a browser could read as another site or a script: `//evil.example`,
 * `/\evil`, `https://…`, `javascript:`, control characters and encoded slashes or backslashes at the
 * start; and sign-in's own pages (a loop).
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  // Backslashes (browsers read "/\" as "//"), control characters and spaces never belong in one.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  if (!LOCALE_PATH.test(value) || /^\/\/|%2f|%5c/i.test(value.slice(0, 4))) return null;
  let parsed: URL;
  try {
    parsed = new URL(value, "https://portal.invalid");
  } catch {
    return null;
  }
  if (parsed.origin !== "https://portal.invalid") return null;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  if (!LOCALE_PATH.test(parsed.pathname) || SIGN_IN_PAGES.test(parsed.pathname)) return null;
  return path;
}
