import { z } from "zod";

/** JSON API bodies (the OpenAPI document is generated from these). */
export const createApplicationSchema = z.object({
  serviceId: z.string().max(100),
  data: z.record(z.string().max(100), z.string().max(2000)).optional(),
  attachmentIds: z.array(z.uuid()).max(50).optional(),
});
export const patchApplicationSchema = z.object({ data: z.record(z.string().max(100), z.string().max(2000)) });
export const submitApplicationSchema = z.object({ cms: z.string().min(1).max(100_000) });
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
