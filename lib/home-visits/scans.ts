import { createHash } from "node:crypto";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { MAX_ATTACHMENT_BYTES, sniffMediaType } from "@/lib/attachments/inspect";
import { safeFileName } from "@/lib/attachments/safe-file-name";
import type { Db } from "@/lib/db/connect";
import { attachments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/**
 * The scans of the documents taken at a visit: each judged by its content (PDF, JPEG, PNG), stored
 * in blob storage first; `attach` records them with the new request inside its transaction, and
 * `discard` removes the bytes when that transaction does not happen.
 */
export async function prepareScans(storage: BlobStorage, files: File[]) {
  if (files.length > 10) throw new AppError("validation", { files: "codes.validation" });
  let total = 0;
  const checked: Array<{ id: string; bytes: Uint8Array; mediaType: string; name: string; sha256: string }> =
    [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    total += bytes.length;
    if (bytes.length > MAX_ATTACHMENT_BYTES || total > MAX_ATTACHMENT_BYTES)
      throw new AppError("payload_too_large", { files: "file.tooLarge" });
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) throw new AppError("unsupported_media_type", { files: "file.type" });
    checked.push({
      id: crypto.randomUUID(),
      bytes,
      mediaType,
      name: safeFileName(file.name, mediaType),
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }
  for (const scan of checked) await storage.put(scan.id, scan.bytes);
  return {
    attach: async (tx: Db, applicationId: string, userId: string) => {
      for (const scan of checked) {
        await tx.insert(attachments).values({
          id: scan.id,
          userId,
          applicationId,
          documentType: "takenAtVisit",
          name: scan.name,
          size: scan.bytes.length,
          mediaType: scan.mediaType,
          sha256: scan.sha256,
          storageKey: scan.id,
        });
      }
      return checked.length;
    },
    discard: async () => {
      for (const scan of checked) await storage.delete(scan.id);
    },
  };
}
