/**
 * Removes personal data from free text before it reaches a log: SQL parameters and literals, cookies,
 * bearer tokens and passwords, phones, IINs (any run of 12 digits), 6-digit codes, long random tokens
 * and address-like phrases. It errs on the side of removing too much.
 */
const rules: Array<[RegExp, string | ((match: string) => string)]> = [
  // Drizzle's "Failed query: …\nparams: …" (a parameter may hold newlines: up to the stack frames).
  [/\bparams:[\s\S]*?(?=\n\s+at\s|$)/g, "params: [redacted]"],
  [/\b(set-cookie|cookie|authorization)(["']?\s*[:=]\s*)[^\n]*/gi, "$1$2[redacted]"],
  [/\b(qz_[a-z_]+)=[^;\s,"']*/g, "$1=[redacted]"],
  [/\bBearer\s+[A-Za-z0-9._~+/-]+=*/g, "Bearer [redacted]"],
  [/\b(password|passwd|pwd|secret|token)(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}]+)/gi, "$1$2[redacted]"],
  [/\b(code|otp)(["']?\s*[:=]\s*)(["']?)\d{4,8}\3/gi, "$1$2[redacted]"],
  [/\+7[\s\-()]*\d{3}[\s\-()]*\d{3}[\s-]*\d{2}[\s-]*\d{2}/g, "[phone]"],
  [/(?<![\d+])8[\s\-(]+7\d{2}[\s\-)]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g, "[phone]"],
  [/(?<!\d)[78]?7\d{9}(?!\d)/g, "[phone]"],
  [/(?<!\d)\d{12}(?!\d)/g, "[iin]"],
  [/(?<!\d)\d{6}(?!\d)/g, "[code]"],
  [
    /[A-Za-z0-9_-]{32,}/g,
    (match) => (/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(match) ? match : "[token]"),
  ],
  [
    /(?:[\p{L}\d.-]+\s+){0,3}(?:көшесі|к-сі|даңғылы|даң\.|ауданы|шағын ауданы|ул\.|улица|проспект|пр\.|мкр\.?|street|avenue)(?:[\s,]+(?:[\p{L}\d./-]+)){0,4}/giu,
    "[address]",
  ],
];

const SQL = /\b(select|insert|update|delete|values)\b/i;
const SQL_LITERAL = /'(?:[^']|'')*'/g;
const FRAME = /^\s+at\s/;
const MAX_FRAMES = 5;

export function redactText(text: string): string {
  let result = SQL.test(text) ? text.replace(SQL_LITERAL, "'[redacted]'") : text;
  for (const [pattern, replacement] of rules) {
    result =
      typeof replacement === "string"
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement);
  }
  return limitFrames(result.replace(/\u0000/g, "\\u0000"));
}

/** Keeps the first stack frames of each trace; the rest only repeat framework internals. */
function limitFrames(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let frames = 0;
  let dropped = 0;
  for (const line of lines) {
    if (FRAME.test(line)) {
      frames += 1;
      if (frames > MAX_FRAMES) {
        dropped += 1;
        continue;
      }
    } else {
      if (dropped) kept.push(`    … ${dropped} more frames`);
      frames = 0;
      dropped = 0;
    }
    kept.push(line);
  }
  if (dropped) kept.push(`    … ${dropped} more frames`);
  return kept.join("\n");
}
