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

/**
 * The visitor pages that are one page for every anonymous visitor of a locale: home, the services and
 * each service, the accessibility and privacy statements, the sign-in form. The proxy marks them, and
 * server.mjs keeps them for a few seconds (lib/net/page-cache.mjs) when the request has no session and
 * no preferences.
 */
const SHARED_PAGE = /^\/(?:kk|ru|en)(?:\/(?:services(?:\/[a-z0-9-]+)?|accessibility|privacy|sign-in))?\/?$/;

export const isSharedPage = (pathname: string) => SHARED_PAGE.test(pathname);
