import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { applications, attachments } from "./applications";
import { users } from "./identity";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A complaint's way: written (draft), signed and filed (submitted), taken up by the provider's head
 * (in_review), answered with the head's signed reply (answered). Seed 002 §11: decisions, actions and
 * inaction of the provider and its officials are appealed by the order of the Standard's section 3.
 */
export type ComplaintStatus = "draft" | "submitted" | "in_review" | "answered";
/** What it is about: the request in general, a decision (refusal or result), or a step that ran late. */
export type ComplaintSubject = "request" | "decision" | "lateStep";

/** An applicant's complaint about one of their requests, addressed to the head of its provider. */
export const complaints = pgTable(
  "complaints",
  {
    id: text("id").primaryKey(),
    /** CM-YYYYMMDD-NNNNNN once filed. */
    number: text("number").unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id),
    providerId: text("provider_id").notNull(),
    subject: text("subject").$type<ComplaintSubject>().notNull(),
    text: text("text").notNull(),
    status: text("status").$type<ComplaintStatus>().notNull().default("draft"),
    submittedAt: instant("submitted_at"),
    dueAt: instant("due_at"),
    /** The applicant's signature over the canonical complaint (text, attachment hashes, request number). */
    signatureCms: text("signature_cms"),
    signerSerial: text("signer_serial"),
    signerSubject: text("signer_subject"),
    signingTime: instant("signing_time"),
    payloadSha256: text("payload_sha256"),
    idempotencyKey: text("idempotency_key"),
    /** The head's reply: its text, the canonical JSON signed byte for byte, and the signature. */
    replyText: text("reply_text"),
    replyContent: text("reply_content"),
    replySignatureCms: text("reply_signature_cms"),
    replySignerSerial: text("reply_signer_serial"),
    replySignerSubject: text("reply_signer_subject"),
    replySigningTime: instant("reply_signing_time"),
    answeredAt: instant("answered_at"),
    answeredBy: text("answered_by"),
    version: integer("version").notNull().default(0),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (table) => [
    index("complaints_user").on(table.userId, table.createdAt),
    uniqueIndex("complaints_idempotency").on(table.userId, table.idempotencyKey),
    index("complaints_queue").on(table.providerId, table.status, table.dueAt),
  ],
);

/** The files attached to a complaint (uploaded by the applicant, hashed into what they sign). */
export const complaintAttachments = pgTable(
  "complaint_attachments",
  {
    complaintId: text("complaint_id")
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    attachmentId: text("attachment_id")
      .notNull()
      .references(() => attachments.id),
  },
  (table) => [primaryKey({ columns: [table.complaintId, table.attachmentId] })],
);

/** Append-only history of a complaint: what, who, when. */
export const complaintEvents = pgTable(
  "complaint_events",
  {
    id: text("id").primaryKey(),
    complaintId: text("complaint_id")
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    at: instant("at").notNull().defaultNow(),
    status: text("status").$type<ComplaintStatus>().notNull(),
    actor: text("actor").notNull(),
  },
  (table) => [index("complaint_events_complaint").on(table.complaintId, table.at)],
);
