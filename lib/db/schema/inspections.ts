import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { applications, attachments } from "./applications";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The inspection of an applicant's housing and living conditions (seed 003 §5.3, both regulations): the
 * executor schedules the visit, then records the findings and the scan of the signed act. One per request.
 */
export const housingInspections = pgTable("housing_inspections", {
  applicationId: text("application_id")
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  scheduledAt: instant("scheduled_at").notNull(),
  inspector: text("inspector").notNull(),
  scheduledBy: text("scheduled_by").notNull(),
  findings: text("findings"),
  /** The scan of the signed act, one of the request's documents (document type housingInspectionAct). */
  actAttachmentId: text("act_attachment_id").references(() => attachments.id),
  recordedAt: instant("recorded_at"),
  createdAt: instant("created_at").notNull().defaultNow(),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});
