import { blobStorage } from "@/lib/attachments/server";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { findStaffAttachment } from "@/lib/office/registering-body";
import { parseId } from "@/lib/ids";

/**
 * A document of a submitted request, for the staff of the request's provider (and the registering body's
 * registrar of a restoration sent to it) only: 404 for anyone else.
 */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const staff = await getCurrentStaff();
  if (!staff) throw new AppError("unauthenticated");
  const id = (await params).id;
  if (!parseId(id)) throw new AppError("not_found");
  const db = await getDb();
  const file = await findStaffAttachment(db, staff, id);
  if (!file) throw new AppError("not_found");
  const bytes = await blobStorage.get(file.storageKey);
  if (!bytes) throw new AppError("not_found");
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": file.mediaType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
