import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { Term } from "@/lib/calendar/deadlines";
import { users } from "./identity";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export type ApplicationStatus =
  | "draft"
  | "submitted"
  | "registered"
  | "in_review"
  | "extended"
  // Restoration (seed 001 §5, steps 4–6): the head approved the conclusion; it is at the registering body.
  | "conclusion_approved"
  | "at_registering_body"
  | "result_ready"
  | "refused"
  | "issued"
  | "closed"
  // The applicant withdrew it before the result or refusal was prepared (issue 13).
  | "withdrawn";

/** A request for a service: a draft until signed and submitted, then a numbered request with its dates. */
export const applications = pgTable(
  "applications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    serviceId: text("service_id").notNull(),
    status: text("status").$type<ApplicationStatus>().notNull().default("draft"),
    data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
    number: text("number").unique(),
    submittedAt: instant("submitted_at"),
    registeredAt: instant("registered_at"),
    dueAt: instant("due_at"),
    refusalReason: text("refusal_reason"),
    signatureCms: text("signature_cms"),
    signerSerial: text("signer_serial"),
    signerSubject: text("signer_subject"),
    signingTime: instant("signing_time"),
    payloadSha256: text("payload_sha256"),
    idempotencyKey: text("idempotency_key"),
    /** The term that applies (the late-registration one, say), fixed at submission. */
    term: jsonb("term").$type<Term>(),
    providerId: text("provider_id"),
    executorId: text("executor_id"),
    prepared: text("prepared").$type<"result" | "refusal">(),
    decisionNote: text("decision_note"),
    /** The refusal grounds chosen by the clerk or the executor (ids of the service's refusalGrounds). */
    refusalGrounds: jsonb("refusal_grounds").$type<string[]>(),
    /** The canonical payload the applicant signed (its answers are the request; seed 002 §10). */
    signedPayload: text("signed_payload"),
    extendedDueAt: instant("extended_due_at"),
    extensionReason: text("extension_reason"),
    extensionNoticeDueAt: instant("extension_notice_due_at"),
    /** When the extension notice reached the applicant by SMS or e-mail (the outbox delivered it). */
    extensionNoticedAt: instant("extension_noticed_at"),
    resultReadyAt: instant("result_ready_at"),
    /** Restoration (seed 001 §5 step 5): the civil registry office where the lost record was kept. */
    registeringBodyId: text("registering_body_id"),
    /** Optimistic concurrency: every staff action moves it on; a stale one is a 409. */
    version: integer("version").notNull().default(0),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (table) => [
    index("applications_user").on(table.userId, table.createdAt),
    uniqueIndex("applications_idempotency").on(table.userId, table.idempotencyKey),
    index("applications_provider").on(table.providerId, table.status, table.dueAt),
    index("applications_registering_body").on(table.registeringBodyId, table.status),
    // The office queue reads a provider's requests in due order (the extended date when there is one).
    index("applications_queue").on(
      table.providerId,
      sql`coalesce(${table.extendedDueAt}, ${table.dueAt})`,
      table.id,
    ),
  ],
);

/** Append-only history of a request: what, who, when, why. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    at: instant("at").notNull().defaultNow(),
    status: text("status").$type<ApplicationStatus>().notNull(),
    actor: text("actor").notNull(),
    note: text("note"),
  },
  (table) => [index("application_events_application").on(table.applicationId, table.at)],
);

/** Uploaded documents. The bytes live in blob storage under storage_key, outside the web root. */
export const attachments = pgTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    applicationId: text("application_id").references(() => applications.id, { onDelete: "set null" }),
    documentType: text("document_type").notNull(),
    name: text("name").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    mediaType: text("media_type").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
  },
  (table) => [
    index("attachments_application").on(table.applicationId),
    index("attachments_user").on(table.userId),
  ],
);
