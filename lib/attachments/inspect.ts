/** Upload rules: PDF, JPEG and PNG judged by their first bytes, never by name or declared type. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const signatures: Array<{ mediaType: string; bytes: number[] }> = [
  { mediaType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mediaType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffMediaType(bytes: Uint8Array): string | null {
  const match = signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  return match?.mediaType ?? null;
}
