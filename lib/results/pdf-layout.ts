import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";

/** One printed document: a title, label–value rows (a value may be a list), and a QR code to check it. */
export type PrintedDocument = {
  locale: string;
  title: string;
  /** A sentence in bold under the title (e.g. why a request was refused). */
  lead?: string | null;
  rows: Array<{ label: string; value: string | string[] }>;
  qr: { url: string; caption: string } | null;
};

const A4: [number, number] = [595, 842];
const margin = 50;
const ink = rgb(0.1, 0.1, 0.1);
const fontFile = (name: string) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The QR code as vector squares (one rectangle per run of dark modules in a row), from the `qrcode`
 * package's module matrix: sharp at any zoom or print resolution. `x`, `y` is the lower-left corner.
 */
export function drawQrCode(page: PDFPage, text: string, box: { x: number; y: number; size: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = box.size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        page.drawRectangle({
          x: box.x + start * cell,
          y: box.y + box.size - (row + 1) * cell,
          width: (column - start) * cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
        start = -1;
      }
    }
  }
}

/** An A4 PDF of the document, with a font that has Kazakh and Russian letters (DejaVu Sans). */
export async function renderPrintedDocument(document: PrintedDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(document.title);
  pdf.setLanguage(document.locale);
  pdf.setCreator("Qyzmet");
  const [regular, bold] = await Promise.all([
    fs.readFile(fontFile("DejaVuSans.ttf")).then((bytes) => pdf.embedFont(bytes, { subset: true })),
    fs.readFile(fontFile("DejaVuSans-Bold.ttf")).then((bytes) => pdf.embedFont(bytes, { subset: true })),
  ]);
  let page = pdf.addPage(A4);
  let y = A4[1] - 52;
  const room = (height: number) => {
    if (y - height >= margin) return;
    page = pdf.addPage(A4);
    y = A4[1] - 52;
  };
  const write = (text: string, font: PDFFont, size: number, x = margin, width = A4[0] - 2 * margin) => {
    for (const line of wrap(text, font, size, width)) {
      room(size);
      page.drawText(line, { x, y, size, font, color: ink });
      y -= size * 1.45;
    }
  };
  write(`Qyzmet · ${document.title}`, bold, 18);
  y -= 8;
  if (document.lead) {
    write(document.lead, bold, 11);
    y -= 6;
  }
  for (const row of document.rows) {
    room(30);
    write(row.label, bold, 10);
    if (Array.isArray(row.value)) row.value.forEach((item) => write(`• ${item}`, regular, 11, 60, 485));
    else write(row.value, regular, 11, 60, 485);
    y -= 4;
  }
  if (document.qr) {
    const size = 110;
    y -= 10;
    room(size);
    drawQrCode(page, document.qr.url, { x: margin, y: y - size, size });
    const top = y;
    y -= 4;
    write(document.qr.caption, regular, 10, margin + size + 16, A4[0] - 2 * margin - size - 16);
    write(document.qr.url, regular, 9, margin + size + 16, A4[0] - 2 * margin - size - 16);
    y = Math.min(y, top - size - 8);
  }
  return pdf.save();
}
