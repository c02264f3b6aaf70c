import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * The QR codes a PDF shows, as a reader sees them: each page rendered by poppler's `pdftoppm` at
 * 150 dpi to PNG, then decoded by jsQR (neither is the code that drew them).
 */
export function pdfQrCodes(bytes: Uint8Array): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-qr-"));
  try {
    fs.writeFileSync(path.join(folder, "document.pdf"), bytes);
    execFileSync("pdftoppm", ["-r", "150", "-png", "document.pdf", "page"], { cwd: folder });
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".png"))
      .sort()
      .flatMap((name) => {
        const png = PNG.sync.read(fs.readFileSync(path.join(folder, name)));
        const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        return found ? [found.data] : [];
      });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler's `pdftotext` reads it (layout kept), whitespace runs made one space. */
export function popplerText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes })
    .toString("utf8")
    .replace(/\s+/g, " ");
}
