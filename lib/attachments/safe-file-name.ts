const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};
/** Bidi controls (U+202E turns "fdp.html" into "lmth.pdf" on screen), zero-width marks, BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Letters (Kazakh and Cyrillic included) with their marks, digits, space and - _ . ( ) , ' × № + &:
 * the punctuation of document titles ("3×4 …", "…, …"); no path, shell or markup characters.
 */
const UNSAFE = /[^\p{L}\p{M}\p{Nd} ._(),'×№+&-]/gu;
const MAX_LENGTH = 200;

/**
 * The name an upload is stored and shown under: reduced to a safe set of characters, and ending in
 * the extension of the type detected from its content (a PDF sent as `poly.html` becomes `poly.pdf`).
 */
export function safeFileName(raw: string, mediaType: string): string {
  const extension = EXTENSIONS[mediaType] ?? "bin";
  const cleaned = raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(/\p{Pd}/gu, "-")
    .replace(/\s+/g, " ")
    .replace(UNSAFE, "_")
    .replace(/^[.\s]+/, "");
  const dot = cleaned.lastIndexOf(".");
  // Dots at the stem's end go ("a..pdf"); a space before the extension stays ("Квитанция об оплате .pdf").
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/\.+$/, "");
  const limited = [...stem].slice(0, MAX_LENGTH - extension.length - 1).join("");
  return `${limited || "document"}.${extension}`;
}
