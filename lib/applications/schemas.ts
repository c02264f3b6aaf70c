import { z } from "zod";
import { pageParam } from "@/lib/forms/page-param";
import { safeText } from "@/lib/forms/safe-text";

/** JSON API bodies (the OpenAPI document is generated from these). */
export const createApplicationSchema = z.object({
  serviceId: z.string().max(100),
  data: z.record(z.string().max(100), safeText(2000)).optional(),
  attachmentIds: z.array(z.uuid()).max(50).optional(),
});
export const patchApplicationSchema = z.object({ data: z.record(z.string().max(100), safeText(2000)) });
export const submitApplicationSchema = z.object({ cms: z.string().min(1).max(100_000) });
export const listQuerySchema = z.object({
  page: pageParam.default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
