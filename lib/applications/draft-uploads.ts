import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { attachments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { removeAttachment, storeAttachment, type StoredAttachment } from "@/lib/attachments/store-attachment";
import { createHash } from "node:crypto";
import { getOwnDraft } from "./drafts";

/** One file chosen at one document of the documents step (the multipart form posted without JS). */
export type DraftUpload = { documentType: string; fileName: string; bytes: Uint8Array };

export type DraftUploadsResult = {
  /** The attachments the files are now, new or already there (one per upload that passed). */
  stored: StoredAttachment[];
  /** Message keys (`file.type`, `file.tooLarge`, …) by document type, for the field and the summary. */
  errors: Record<string, string>;
};

const view = (row: typeof attachments.$inferSelect): StoredAttachment => ({
  id: row.id,
  name: row.name,
  size: row.size,
  mediaType: row.mediaType,
  sha256: row.sha256,
  documentType: row.documentType,
});

async function sameFiles(db: Db, applicationId: string, documentType: string, sha256: string) {
  return db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.applicationId, applicationId),
        eq(attachments.documentType, documentType),
        eq(attachments.sha256, sha256),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/**
 * Stores each chosen file at its document of the caller's draft, checked like any upload (content type,
 * size, not empty). A file the document already holds (same bytes) is not stored again, so a repeated
 * post (a reload, a double click, a retry) changes nothing; two identical posts at once keep the earlier
 * row and drop the other. A file's problem is reported at its document and the others are still stored.
 * Only the service's own document types are taken. Someone else's or a sent request is not found / 409.
 */
export async function storeDraftUploads(options: {
  db: Db;
  storage: BlobStorage;
  userId: string;
  applicationId: string;
  /** The document types the service asks for on the portal. */
  documentTypes: readonly string[];
  uploads: DraftUpload[];
}): Promise<DraftUploadsResult> {
  const { db, storage, userId, applicationId } = options;
  await getOwnDraft(db, userId, applicationId);
  const result: DraftUploadsResult = { stored: [], errors: {} };
  for (const upload of options.uploads) {
    if (!options.documentTypes.includes(upload.documentType)) continue;
    const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
    const [existing] = await sameFiles(db, applicationId, upload.documentType, sha256);
    if (existing) {
      result.stored.push(view(existing));
      continue;
    }
    try {
      const stored = await storeAttachment({
        db,
        storage,
        userId,
        bytes: upload.bytes,
        fileName: upload.fileName,
        documentType: upload.documentType,
        applicationId,
      });
      // A concurrent identical post: both rows exist now; each post keeps the earliest one.
      const [first] = await sameFiles(db, applicationId, upload.documentType, sha256);
      if (first && first.id !== stored.id) {
        await removeAttachment({ db, storage, userId, id: stored.id });
        result.stored.push(view(first));
      } else result.stored.push(stored);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fieldErrors.file) throw error;
      result.errors[upload.documentType] ??= error.fieldErrors.file;
    }
  }
  return result;
}

/** Removes one file of the caller's draft (the documents step's "Remove" button, with or without JS). */
export async function removeDraftUpload(options: {
  db: Db;
  storage: BlobStorage;
  userId: string;
  applicationId: string;
  attachmentId: string;
}): Promise<string | null> {
  const { db, userId, applicationId } = options;
  await getOwnDraft(db, userId, applicationId);
  const [row] = await db
    .select({ id: attachments.id, name: attachments.name })
    .from(attachments)
    .where(
      and(
        eq(attachments.applicationId, applicationId),
        eq(attachments.userId, userId),
        eq(attachments.id, options.attachmentId),
      ),
    );
  if (!row) return null;
  await removeAttachment({ db, storage: options.storage, userId, id: row.id });
  return row.name;
}
