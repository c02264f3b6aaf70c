import { blobStorage } from "@/lib/attachments/server";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/inspect";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";

/**
 * POST multipart `file` (+ `documentType`, optional `applicationId`) → 201 { id, name, size, mediaType,
 * sha256 }.
 */
export const POST = apiHandler(
  async (request) => {
    const user = await requireApiUser();
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_ATTACHMENT_BYTES + 64 * 1024)
      throw new AppError("payload_too_large", { file: "file.tooLarge" });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("bad_request");
    }
    const file = form.get("file");
    const applicationId = form.get("applicationId");
    if (!(file instanceof File)) throw new AppError("validation", { file: "file.required" });
    const stored = await storeAttachment({
      db: await getDb(),
      storage: blobStorage,
      userId: user.userId,
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
      documentType: String(form.get("documentType") ?? ""),
      applicationId: typeof applicationId === "string" && applicationId ? applicationId : null,
    });
    return Response.json(stored, { status: 201 });
  },
  { multipart: true },
);
