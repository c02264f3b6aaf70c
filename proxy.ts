import { createTranslator } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { guardPagePost } from "./lib/entry/http/action-guard";
import { env } from "./lib/env";
import { loadMessages } from "./lib/i18n/messages";
import { isLocale } from "./lib/i18n/locales";
import { routing } from "./lib/entry/i18n/routing";
import { checkStateChange } from "./lib/security/check-state-change";
import { buildContentSecurityPolicy } from "./lib/security/csp";
import { edgeHeaders, isSharedPage } from "./lib/security/edge-headers";
import { PAGE_CACHE_MARK } from "./lib/net/page-cache.mjs";

const handleI18nRouting = createMiddleware(routing);
/** The files of public/ and /.well-known/: served as they are, never sent to a locale. */
const PUBLIC_FILES = new Set([
  "/favicon.ico",
  "/icon.svg",
  "/icon-192.png",
  "/icon-512.png",
  "/apple-touch-icon.png",
  "/manifest.webmanifest",
  "/robots.txt",
  "/.well-known/security.txt",
]);
const development = process.env.NODE_ENV === "development";

/** A cross-site state change on a page (a server action or form post): 403 problem+json. */
async function forbidden(request: NextRequest): Promise<NextResponse> {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "errors" });
  const body = { type: "about:blank#forbidden", title: t("codes.forbidden"), status: 403, code: "forbidden" };
  return NextResponse.json(body, {
    status: 403,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}

/**
 * Every page request (Next's own files and the API get static headers from next.config.ts): a
 * per-request CSP nonce, HSTS behind https, no-store on personal pages, locale routing, and the origin
 * rule for state changes on pages (API routes apply it in `apiHandler`, with translated problem+json).
 */
export async function proxy(request: NextRequest) {
  // A page POST (a server action or a no-JS form) from another origin is a 403, and a server-action
  // body React could not decode a 400, before Next's own check (which answers 500 for both).
  const refused = await guardPagePost(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, development);
  const { pathname } = request.nextUrl;
  const api = pathname === "/api" || pathname.startsWith("/api/");
  let response: NextResponse;
  if (!api && checkStateChange(request, { appOrigin: env.APP_ORIGIN, json: false })) {
    response = await forbidden(request);
  } else {
    // next-intl copies the request headers into its rewrite, so the nonce reaches the renderer.
    request.headers.set("x-nonce", nonce);
    request.headers.set("content-security-policy", csp);
    request.headers.set("x-pathname", `${pathname}${request.nextUrl.search}`);
    // Next's own server-action check compares Origin with X-Forwarded-Host or Host: pin both to the
    // configured origin, which the rule above has already compared the Origin with.
    if (!["GET", "HEAD", "OPTIONS"].includes(request.method))
      request.headers.set("x-forwarded-host", new URL(env.APP_ORIGIN).host);
    response =
      api || PUBLIC_FILES.has(pathname)
        ? NextResponse.next({ request: { headers: request.headers } })
        : handleI18nRouting(request);
  }
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(edgeHeaders({ pathname, appOrigin: env.APP_ORIGIN })))
    response.headers.set(name, value);
  // One page for every anonymous visitor: server.mjs may keep it a few seconds (lib/net/page-cache.mjs).
  if (request.method === "GET" && isSharedPage(pathname)) response.headers.set(PAGE_CACHE_MARK, "1");
  return response;
}

export const config = {
  // Every page path, those with a dot included. Skipped: Next's build files, the API (/api/…: no nonce
  // or locale for JSON; apiHandler checks the origin, next.config.ts and `withEdgeHeaders` set the
  // headers) and the benchmarks' bare floor (/bench-floor, 404 unless BENCH_FLOOR=1).
  matcher: [
    "/((?!_next/|api/|bench-floor).*)",
    // Every server-action POST, whatever its path, meets the guard.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
