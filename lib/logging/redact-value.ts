import { redactText } from "./redact-text";

/** Keys whose values are personal or secret whatever they hold (a failed query's `params` included). */
const SECRET_KEY =
  /^(iin|.*Iin|phone|.*Phone|address|.*Address|street|house|flat|password|.*Password|token|.*Token|cookie|set-cookie|authorization|params|parameters|detail|secret|otp|cms|signature|body)$/i;
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/**
 * A copy of a log field safe to write: secret keys replaced, every string through `redactText`,
 * errors reduced to name, message, code and a few frames of their (redacted) stack.
 */
export function redactValue(value: unknown, key = "", depth = 0): unknown {
  if (key && SECRET_KEY.test(key)) return "[redacted]";
  if (typeof value === "string") return redactText(value);
  if (key === "code" && typeof value === "number") return "[redacted]";
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return redactError(value, depth);
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redactValue(item, "", depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value).slice(0, MAX_ITEMS))
    copy[name] = redactValue(item, name, depth + 1);
  return copy;
}

function redactError(error: Error, depth: number): Record<string, unknown> {
  const code: unknown = Reflect.get(error, "code");
  const cause: unknown = Reflect.get(error, "cause");
  return {
    name: error.name,
    message: redactText(error.message),
    ...(typeof code === "string" ? { code: redactText(code) } : {}),
    ...(error.stack ? { stack: redactText(error.stack) } : {}),
    ...(cause !== undefined ? { cause: redactValue(cause, "", depth + 1) } : {}),
  };
}
