import { locales, type Locale } from "./locales";

/** The same page in another language: swaps the locale segment, keeps the rest and the query. */
export function switchLocalePath(currentPath: string, target: Locale): string {
  const [pathname = "/", query] = currentPath.split("?", 2);
  const segments = pathname.split("/");
  if ((locales as readonly string[]).includes(segments[1] ?? "")) segments[1] = target;
  else segments.splice(1, 0, target);
  const joined = segments.join("/").replace(/\/$/, "") || `/${target}`;
  return query ? `${joined}?${query}` : joined;
}
