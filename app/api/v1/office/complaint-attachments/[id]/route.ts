import { blobStorage } from "@/lib/attachments/server";
import { providerComplaintFile } from "@/lib/complaints/office";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { getCurrentStaff } from "@/lib/entry/current-staff";

/** A file of a filed complaint, for the head of the complaint's provider only (404 for anyone else). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const staff = await getCurrentStaff();
  if (!staff) throw new AppError("unauthenticated");
  const file = await providerComplaintFile(await getDb(), staff, (await params).id);
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
