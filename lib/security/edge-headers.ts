/** Cabinet and office pages: personal, never kept by a browser or a shared cache. */
const PERSONAL_PAGE = /^\/(?:kk|ru|en)\/(?:cabinet|office)(?:\/|$)/;

/**
 * Headers the proxy adds to every answer besides the CSP: HSTS when the public origin is https, and
 * `Cache-Control: no-store` on the personal pages (API answers get theirs from `apiHandler`).
 */
export function edgeHeaders(options: { pathname: string; appOrigin: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (new URL(options.appOrigin).protocol === "https:")
    headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  if (PERSONAL_PAGE.test(options.pathname)) headers["cache-control"] = "no-store";
  return headers;
}
