/**
 * Checks of a server-action POST before Next sees it. Next answers a cross-site Origin with a 500, and
 * a body its decoder cannot read with a 500 too; these checks turn both into 4xx answers.
 */

/** A state-changing page request must come from the portal's own origin (APP_ORIGIN), and nowhere else. */
export function isOwnOrigin(origin: string | null, appOrigin: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).origin === new URL(appOrigin).origin;
  } catch {
    return false;
  }
}

/**
 * Strings starting with "$" that React's reply decoder reads safely: an escaped "$", a form-data
 * reference, and the special values (undefined, NaN, ±Infinity, -0, dates, big integers).
 */
const SAFE_SPECIAL = /^\$(?:\$[\s\S]*|K[0-9a-f]{1,8}|undefined|NaN|-?Infinity|-0|D[\s\S]*|n-?[0-9]{1,400})$/;
/** A back-reference into the root value ("$0:1:values"), which React's client writes for a repeated object. */
const BACK_REFERENCE = /^\$0((?::[^:]*)+)$/;
const MAX_DEPTH = 64;

function resolves(root: unknown, path: string[]): boolean {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return false;
    value = Object.getOwnPropertyDescriptor(value, key)?.value;
  }
  return typeof value === "object" && value !== null;
}

function readable(value: unknown, root: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || SAFE_SPECIAL.test(value)) return true;
    const reference = BACK_REFERENCE.exec(value);
    return reference !== null && resolves(root, reference[1]!.slice(1).split(":"));
  }
  if (Array.isArray(value)) return value.every((item) => readable(item, root, depth + 1));
  if (typeof value === "object" && value !== null)
    return Object.values(value).every((item) => readable(item, root, depth + 1));
  return true;
}

/**
 * Whether the root of a server-action reply (the body, or the form part "0" of a multipart body) is one
 * our pages send: JSON, a list of arguments, with no reference to a part that is not there.
 */
export function isReadableActionReply(root: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(root);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && readable(parsed, parsed, 0);
}

/**
 * The largest page POST (a server action or a no-JS form, the documents step's files included): Next's
 * `serverActions.bodySizeLimit` (next.config.ts), equal to the 10 MB the proxy buffers of a body
 * (`proxyClientMaxBodySize`'s default), beyond which Next would cut the body and answer 500.
 */
export const PAGE_POST_LIMIT_BYTES = 10 * 1024 * 1024;

/** Whether a page POST declares a body over the limit (browsers send Content-Length with a form). */
export function isOverPostLimit(contentLength: string | null): boolean {
  const length = Number(contentLength ?? 0);
  return Number.isFinite(length) && length > PAGE_POST_LIMIT_BYTES;
}
