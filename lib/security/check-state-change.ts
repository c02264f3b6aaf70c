/** Cookies that carry a session (applicant or staff): a request with one is a signed-in browser's. */
const SESSION_COOKIES = /(?:^|;\s*)(?:qz_session|qz_staff)=/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type StateChangeRefusal = "forbidden" | "json_required" | null;

/**
 * The CSRF and content-type rule for a state change (POST, PUT, PATCH, DELETE):
 * - an `Origin` must equal the configured APP_ORIGIN (Host and X-Forwarded-Host are never consulted);
 *   with a session cookie and no `Origin`, or a cross-site fetch, the request is refused (403);
 * - a body must be `application/json` (or `multipart/form-data` where uploads are taken), so a
 *   cross-site `text/plain` form or `no-cors` fetch cannot pass as JSON (415).
 */
export function checkStateChange(
  request: Request,
  options: { appOrigin: string; multipart?: boolean; json?: boolean },
): StateChangeRefusal {
  if (SAFE_METHODS.has(request.method)) return null;
  const headers = request.headers;
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin !== new URL(options.appOrigin).origin) return "forbidden";
  } else if (
    SESSION_COOKIES.test(headers.get("cookie") ?? "") ||
    headers.get("sec-fetch-site") === "cross-site"
  ) {
    return "forbidden";
  }
  if (options.json === false) return null;
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const length = headers.get("content-length");
  const hasBody = type !== "" || headers.has("transfer-encoding") || (length !== null && length !== "0");
  if (!hasBody) return null;
  if (type === "application/json" || type.endsWith("+json")) return null;
  if (options.multipart && type === "multipart/form-data") return null;
  return "json_required";
}
