import { z } from "zod";
import { calendarCovers } from "@/lib/calendar";

/**
 * The query of GET /api/v1/services/{id}/result-date: an optional ISO-8601 instant with an offset, in
 * the years of the working-day calendar (outside them the days off are not known).
 */
export const resultDateQuerySchema = z.object({
  submittedAt: z.iso
    .datetime({ offset: true, error: "submittedAt.format" })
    .refine((value) => calendarCovers(new Date(value)), "submittedAt.range")
    .optional(),
});
