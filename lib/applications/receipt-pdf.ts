import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont } from "pdf-lib";
import type { Receipt } from "./receipt";

const fontFile = (name: string) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The receipt as an A4 PDF, with a font that has Kazakh and Russian letters. */
export async function renderReceiptPdf(receipt: Receipt): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`${receipt.title} ${receipt.number}`);
  const [regular, bold] = await Promise.all([
    fs.readFile(fontFile("DejaVuSans.ttf")).then((bytes) => pdf.embedFont(bytes, { subset: true })),
    fs.readFile(fontFile("DejaVuSans-Bold.ttf")).then((bytes) => pdf.embedFont(bytes, { subset: true })),
  ]);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const write = (text: string, font: PDFFont, size: number, x = 50, width = 495) => {
    for (const line of wrap(text, font, size, width)) {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 790;
      }
      page.drawText(line, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.45;
    }
  };
  write(`Qyzmet · ${receipt.title}`, bold, 18);
  y -= 8;
  if (receipt.refusal) {
    write(receipt.refusal, bold, 11);
    y -= 6;
  }
  for (const row of receipt.rows) {
    write(row.label, bold, 10);
    write(row.value, regular, 11, 60, 485);
    y -= 4;
  }
  y -= 6;
  write(receipt.documents.heading, bold, 12);
  receipt.documents.names.forEach((name, index) => write(`${index + 1}. ${name}`, regular, 10, 60, 485));
  return pdf.save();
}
