import "server-only";
import { createTranslator } from "next-intl";
import { ZodError } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, timeZone, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { checkStateChange } from "@/lib/security/check-state-change";
import { edgeHeaders } from "@/lib/security/edge-headers";

export function requestLocale(request: Request): Locale {
  const header = request.headers.get("accept-language") ?? "";
  const first = header.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return isLocale(first) ? first : "kk";
}

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 1_000_000) throw new AppError("payload_too_large");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request");
  }
}

/** application/problem+json in the request's language; a throttled answer has Retry-After. */
export async function problem(request: Request, error: AppError): Promise<Response> {
  const locale = requestLocale(request);
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "errors" });
  const wait = error.retryAfterSeconds;
  const time = wait
    ? new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" }).format(
        new Date(Date.now() + wait * 1000),
      )
    : "";
  const translate = (key: string) => t(key as never, { time } as never);
  // `form` is a message for the whole request rather than one field: it becomes the title.
  const { form, ...fields } = error.fieldErrors;
  const errors = Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, translate(key)]));
  const headers: Record<string, string> = {
    "content-type": "application/problem+json",
    "cache-control": "no-store",
  };
  if (wait) headers["retry-after"] = String(wait);
  const body = {
    type: `about:blank#${error.code}`,
    title: form ? translate(form) : t(`codes.${error.code}` as never),
    status: error.status,
    code: error.code,
    ...(Object.keys(errors).length ? { errors } : {}),
    ...(wait ? { retryAfter: wait } : {}),
  };
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** HSTS behind https (APP_ORIGIN), computed once: the proxy does not run on /api (proxy.ts). */
const apiEdgeHeaders = Object.entries(edgeHeaders({ pathname: "/api", appOrigin: env.APP_ORIGIN }));

/**
 * The headers the proxy gives pages, for an API answer: the proxy skips /api, next.config.ts gives it the
 * static security headers and a CSP, this the headers that depend on the configuration at run time.
 */
export function withEdgeHeaders(response: Response): Response {
  for (const [name, value] of apiEdgeHeaders) response.headers.set(name, value);
  return response;
}

/**
 * The one wrapper for API handlers: the CSRF and content-type rule for state changes (Origin equal to
 * APP_ORIGIN, JSON bodies; `multipart` where uploads are taken), errors mapped to problem+json, never
 * a stack trace, and `Cache-Control: no-store` unless the handler chose otherwise.
 */
export function apiHandler<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
  options: { mutates?: boolean; multipart?: boolean } = {},
) {
  return async (request: Request, context: Context): Promise<Response> =>
    withEdgeHeaders(await handle(request, context));
  async function handle(request: Request, context: Context): Promise<Response> {
    try {
      if (options.mutates !== false) {
        const refusal = checkStateChange(request, {
          appOrigin: env.APP_ORIGIN,
          multipart: options.multipart,
        });
        if (refusal) throw new AppError(refusal);
      }
      const response = await handler(request, context);
      if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
      return response;
    } catch (error) {
      if (error instanceof AppError) return problem(request, error);
      if (error instanceof ZodError) return problem(request, new AppError("validation"));
      logger.error("api error", {
        path: new URL(request.url).pathname,
        error: error instanceof Error ? error.name : "unknown",
      });
      return problem(request, new AppError("internal"));
    }
  }
}
