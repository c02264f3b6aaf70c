import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { guardPagePost } from "./lib/entry/http/action-guard";
import { routing } from "./lib/i18n/routing";
import { buildContentSecurityPolicy } from "./lib/security/csp";

const handleI18nRouting = createMiddleware(routing);
const development = process.env.NODE_ENV === "development";

export async function proxy(request: NextRequest) {
  const refused = await guardPagePost(request);
  if (refused) return refused;
  // The second matcher brings action posts to any path here; only pages get locale routing and the CSP.
  if (/^\/_next\/|\.[^/]*$/.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, development);
  // next-intl copies the request headers into its rewrite, so the nonce reaches the renderer.
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = request.nextUrl.pathname.startsWith("/api/")
    ? NextResponse.next({ request: { headers: request.headers } })
    : handleI18nRouting(request);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    "/((?!_next|.*\\..*).*)",
    // Every server-action POST, whatever its path (a dotted one too), meets the guard.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
