import { z } from "zod";
import { blobStorage } from "@/lib/attachments/server";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { readDemoKeyFile } from "@/lib/seed/demo-key-files";

type Context = { params: Promise<{ iin: string; kind: string }> };
const paramsSchema = z.object({ iin: z.string().regex(/^\d{12}$/), kind: z.enum(["sign", "auth"]) });

/**
 * Demo mode only: a demo key file (README, "Demo data") from the shared blob storage, so any node of
 * a deployment serves the same keys. Without DEMO_MODE, and for anything unknown, a 404.
 */
export const GET = apiHandler<Context>(async (_request, { params }) => {
  const parsed = paramsSchema.safeParse(await params);
  if (!env.DEMO_MODE || !parsed.success) throw new AppError("not_found");
  const key = await readDemoKeyFile(await getDb(), blobStorage, parsed.data.iin, parsed.data.kind);
  if (!key) throw new AppError("not_found");
  return new Response(Buffer.from(key.bytes), {
    headers: {
      "content-type": "application/x-pkcs12",
      "content-disposition": `attachment; filename="${key.fileName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
});
