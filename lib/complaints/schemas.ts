import { z } from "zod";
import { pageParam } from "@/lib/forms/page-param";
import { safeText } from "@/lib/forms/safe-text";
import { complaintSubjects } from "./rules";

export const MAX_COMPLAINT_TEXT = 5000;

const text = safeText(MAX_COMPLAINT_TEXT, { trim: true }).min(1, "field.required");

/** The complaint as the applicant writes it (the cabinet form and the API). */
export const complaintInputSchema = z.object({
  subject: z.enum(complaintSubjects, { error: "field.choose" }),
  text,
});

/** POST /api/v1/complaints: the complaint, its uploaded files, and the CMS over its signing payload. */
export const fileComplaintSchema = complaintInputSchema.extend({
  applicationId: z.uuid(),
  attachmentIds: z.array(z.uuid()).max(5).optional(),
  cms: z.string().min(1).max(100_000),
});

/** The head's reply. */
export const replyInputSchema = z.object({ reply: text });

export const complaintListQuerySchema = z.object({
  page: pageParam.default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
