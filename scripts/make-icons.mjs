#!/usr/bin/env node
// Renders public/icon.svg to PNGs and packs them into public/favicon.ico (ICO with embedded PNGs).
import sharp from "sharp";
import { readFileSync, writeFileSync } from "node:fs";
const svg = readFileSync("public/icon.svg");
const sizes = [16, 32, 48];
const pngs = await Promise.all(sizes.map((s) => sharp(svg, { density: 384 }).resize(s, s).png().toBuffer()));
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((s, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(s, 0);
  e.writeUInt8(s, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(pngs[i].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += pngs[i].length;
  return e;
});
writeFileSync("public/favicon.ico", Buffer.concat([header, ...entries, ...pngs]));
for (const s of [192, 512])
  writeFileSync(`public/icon-${s}.png`, await sharp(svg, { density: 600 }).resize(s, s).png().toBuffer());
writeFileSync(
  "public/apple-touch-icon.png",
  await sharp(svg, { density: 600 }).resize(180, 180).flatten({ background: "#ffffff" }).png().toBuffer(),
);
