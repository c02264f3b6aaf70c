import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, attachments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { BlobStorage } from "./blob-storage";
import { MAX_ATTACHMENT_BYTES, sniffMediaType } from "./inspect";
import { safeFileName } from "./safe-file-name";
import { parseId } from "@/lib/ids";

export type StoredAttachment = {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
  documentType: string;
};

/** Checks an upload by its content, stores the bytes, and records it for its owner (and draft). */
export async function storeAttachment(options: {
  db: Db;
  storage: BlobStorage;
  userId: string;
  bytes: Uint8Array;
  fileName: string;
  documentType: string;
  applicationId?: string | null;
}): Promise<StoredAttachment> {
  const { db, bytes } = options;
  if (bytes.length === 0) throw new AppError("validation", { file: "file.empty" });
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError("payload_too_large", { file: "file.tooLarge" });
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new AppError("unsupported_media_type", { file: "file.type" });
  if (!/^[a-zA-Z]{2,40}$/.test(options.documentType))
    throw new AppError("validation", { documentType: "codes.validation" });
  if (options.applicationId) {
    if (!parseId(options.applicationId)) throw new AppError("not_found");
    const [draft] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(
          eq(applications.id, options.applicationId),
          eq(applications.userId, options.userId),
          eq(applications.status, "draft"),
        ),
      );
    if (!draft) throw new AppError("not_found");
  }
  const id = crypto.randomUUID();
  const record = {
    id,
    userId: options.userId,
    applicationId: options.applicationId ?? null,
    documentType: options.documentType,
    name: safeFileName(options.fileName, mediaType),
    size: bytes.length,
    mediaType,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storageKey: id,
  };
  await options.storage.put(record.storageKey, bytes);
  await db.insert(attachments).values(record);
  return {
    id,
    name: record.name,
    size: record.size,
    mediaType,
    sha256: record.sha256,
    documentType: record.documentType,
  };
}

/** The owner's attachment with its bytes; anybody else's is "not found". */
export async function readAttachment(options: { db: Db; storage: BlobStorage; userId: string; id: string }) {
  if (!parseId(options.id)) return null;
  const [row] = await options.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, options.id), eq(attachments.userId, options.userId)));
  if (!row) return null;
  const bytes = await options.storage.get(row.storageKey);
  return bytes ? { ...row, bytes } : null;
}

/** Removes a draft's attachment (remove or replace); a submitted request's documents stay (409). */
export async function removeAttachment(options: {
  db: Db;
  storage: BlobStorage;
  userId: string;
  id: string;
}) {
  if (!parseId(options.id)) return false;
  const [linked] = await options.db
    .select({ status: applications.status })
    .from(attachments)
    .innerJoin(applications, eq(applications.id, attachments.applicationId))
    .where(and(eq(attachments.id, options.id), eq(attachments.userId, options.userId)));
  if (linked && linked.status !== "draft") throw new AppError("conflict");
  const rows = await options.db
    .delete(attachments)
    .where(and(eq(attachments.id, options.id), eq(attachments.userId, options.userId)))
    .returning({ storageKey: attachments.storageKey });
  for (const row of rows) await options.storage.delete(row.storageKey);
  return rows.length > 0;
}
