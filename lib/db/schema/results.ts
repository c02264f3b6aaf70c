import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ResultKind } from "@/lib/services/registry";
import { applications } from "./applications";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A service's positive answer (its file's `resultKind`) or "refusal". */
export type { ResultKind };

/**
 * The provider's answer to a request: prepared by the executor (content fixed then), signed by the
 * head with a staff SIGN key. The public number lets anyone re-verify it at /verify.
 */
export const resultDocuments = pgTable(
  "result_documents",
  {
    id: text("id").primaryKey(),
    number: text("number").notNull().unique(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    providerId: text("provider_id").notNull(),
    kind: text("kind").$type<ResultKind>().notNull(),
    /** The canonical JSON that is signed, byte for byte. */
    content: text("content").notNull(),
    contentSha256: text("content_sha256").notNull(),
    preparedAt: instant("prepared_at").notNull(),
    signatureCms: text("signature_cms"),
    signerSerial: text("signer_serial"),
    signerSubject: text("signer_subject"),
    signingTime: instant("signing_time"),
  },
  (table) => [uniqueIndex("result_documents_application").on(table.applicationId)],
);

export type DeliveryChannel = "sms" | "email";
/** `sending`: claimed by one worker (`queued_at` is the claim's time); see lib/notifications/outbox.ts. */
export type DeliveryStatus = "pending" | "queued" | "sending" | "sent" | "failed";

/**
 * The transactional outbox: a message is written in the same transaction as the change it tells of,
 * then relayed to the job queue and delivered by the SMS or e-mail adapter, with retries.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: text("id").primaryKey(),
    channel: text("channel").$type<DeliveryChannel>().notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** What the message is about, e.g. `notification:<id>` or `reminder:<key>`. */
    topic: text("topic").notNull(),
    applicationId: text("application_id"),
    status: text("status").$type<DeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: instant("created_at").notNull().defaultNow(),
    queuedAt: instant("queued_at"),
    sentAt: instant("sent_at"),
  },
  (table) => [
    index("outbox_status").on(table.status, table.createdAt),
    index("outbox_application").on(table.applicationId),
  ],
);

/** One row per reminder sent, so a reminder run is idempotent (the key names what and which day). */
export const reminders = pgTable("reminders", {
  key: text("key").primaryKey(),
  kind: text("kind").notNull(),
  applicationId: text("application_id").notNull(),
  sentAt: instant("sent_at").notNull().defaultNow(),
});
