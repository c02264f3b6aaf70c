import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { attachments } from "@/lib/db/schema";

/**
 * Files the applicant uploaded before the draft existed join it; anyone else's or already used ones do not.
 */
export async function attachUploadsToDraft(options: {
  db: Db;
  userId: string;
  applicationId: string;
  attachmentIds: string[];
}): Promise<void> {
  await options.db
    .update(attachments)
    .set({ applicationId: options.applicationId })
    .where(
      and(
        inArray(attachments.id, options.attachmentIds),
        eq(attachments.userId, options.userId),
        isNull(attachments.applicationId),
      ),
    );
}
