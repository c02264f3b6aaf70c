import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { errorStatus } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { isOverPostLimit, isOwnOrigin, isReadableActionReply } from "@/lib/security/server-action-guard";

async function refusal(
  request: NextRequest,
  code: "forbidden" | "bad_request" | "payload_too_large",
): Promise<Response> {
  const first = request.nextUrl.pathname.split("/")[1];
  const locale = isLocale(first) ? first : defaultLocale;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "errors.codes" });
  const status = errorStatus[code];
  const body = { type: `about:blank#${code}`, title: t(code), status, code };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}

async function replyRoot(request: NextRequest): Promise<string | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return request.clone().text();
  try {
    const root = (await request.clone().formData()).get("0");
    return typeof root === "string" ? root : null;
  } catch {
    return null;
  }
}

/**
 * Server actions are POSTs to page paths. From another origin (or with no Origin) they are refused with
 * 403 before Next's own check, which answers 500; a `Next-Action` body Next could not decode is a 400.
 * A body over the limit (Next: 500) is a 413, or without JavaScript a 303 back to the page with
 * `?tooLarge=1`, which the documents step explains. Null lets the request through.
 */
export async function guardPagePost(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  if (!isOwnOrigin(request.headers.get("origin"), env.APP_ORIGIN)) return refusal(request, "forbidden");
  if (isOverPostLimit(request.headers.get("content-length"))) {
    if (request.headers.has("next-action")) return refusal(request, "payload_too_large");
    // Absolute: Next reads a proxy's Location as a URL.
    const location = new URL(`${request.nextUrl.pathname}?tooLarge=1`, env.APP_ORIGIN).href;
    return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
  }
  if (!request.headers.has("next-action")) return null;
  const root = await replyRoot(request);
  return root !== null && isReadableActionReply(root) ? null : refusal(request, "bad_request");
}
