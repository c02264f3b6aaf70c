import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from "pdf-lib";

const hexChars = (hex: string) => {
  let text = "";
  for (let index = 0; index < hex.length; index += 4)
    text += String.fromCharCode(parseInt(hex.slice(index, index + 4), 16));
  return text;
};

/** A font's glyph-to-text map from its ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(glyph!.toUpperCase(), hexChars(text!));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, text] of block!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    ))
      for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++)
        map.set(
          code.toString(16).toUpperCase().padStart(4, "0"),
          String.fromCharCode(parseInt(text!, 16) + code - parseInt(from!, 16)),
        );
  return map;
}

const streamText = (stream: PDFRawStream) => {
  const bytes = Buffer.from(stream.getContents());
  const filtered = stream.dict.get(PDFName.of("Filter"));
  return (filtered ? inflateSync(bytes) : bytes).toString("latin1");
};

/**
 * The text of a PDF made with pdf-lib and an embedded (subset) font, line by line: each `<hex> Tj`
 * decoded through its font's ToUnicode map. Enough to check what a generated PDF says.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of document.getPages()) {
    const fonts = page.node.Resources()!.lookup(PDFName.of("Font"), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts.entries()) {
      const font = document.context.lookup(ref as PDFRef, PDFDict);
      const cmap = document.context.lookup(font.get(PDFName.of("ToUnicode")) as PDFRef) as PDFRawStream;
      maps.set(name.asString().slice(1), toUnicode(streamText(cmap)));
    }
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => document.context.lookup(ref as PDFRef) as PDFRawStream)
        : [contents as PDFRawStream];
    let map = new Map<string, string>();
    for (const stream of streams) {
      for (const [, font, hex] of streamText(stream).matchAll(/\/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
        if (font) map = maps.get(font) ?? new Map();
        else if (hex !== undefined)
          lines.push((hex.match(/.{4}/g) ?? []).map((glyph) => map.get(glyph.toUpperCase()) ?? "?").join(""));
      }
    }
  }
  return lines.join("\n");
}
