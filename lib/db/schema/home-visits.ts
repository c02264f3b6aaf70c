import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { users } from "./identity";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * `awaiting_consent`: a helper's request waiting for the person's own SMS confirmation; the operator
 * sees it only once confirmed (then `requested`).
 */
export type HomeVisitStatus = "awaiting_consent" | "requested" | "scheduled" | "cancelled" | "completed";
export type PreferredSlot = { date: string; from: string; to: string };

/**
 * A request for a State Corporation employee to come home and take the documents (002 §12), made in
 * the portal by the applicant or a helper, or entered by an operator after a call to 1414.
 */
export const homeVisits = pgTable(
  "home_visits",
  {
    id: text("id").primaryKey(),
    number: text("number").notNull().unique(),
    serviceId: text("service_id").notNull(),
    /** The person the documents are for (found in the state database). */
    applicantIin: text("applicant_iin").notNull(),
    /** Their portal account, when they have one: the visit and the request appear in that cabinet. */
    applicantUserId: text("applicant_user_id").references(() => users.id),
    /** A helper acting for the applicant with their own account (consent or a notarised power). */
    helperUserId: text("helper_user_id").references(() => users.id),
    authority: text("authority").$type<"self" | "consent" | "powerOfAttorney" | "phoneCall">().notNull(),
    powerOfAttorney: text("power_of_attorney"),
    /** For a helper's request with consent: the one-time code sent to the person's own phone. */
    consentConfirmationId: text("consent_confirmation_id"),
    channel: text("channel").$type<"portal" | "phone">().notNull(),
    address: text("address").notNull(),
    phone: text("phone").notNull(),
    preferredSlots: jsonb("preferred_slots").$type<PreferredSlot[]>().notNull(),
    /** The health reason the person declares (002 §12): a disability group, or a described disorder. */
    healthReason: text("health_reason"),
    healthReasonText: text("health_reason_text"),
    /** Birth registration only: the child's birth date, which decides the term (002 §5.3). */
    childBirthDate: text("child_birth_date"),
    needs: jsonb("needs").$type<string[]>().notNull().default([]),
    needsOther: text("needs_other"),
    note: text("note"),
    status: text("status").$type<HomeVisitStatus>().notNull().default("requested"),
    scheduledFrom: instant("scheduled_from"),
    scheduledTo: instant("scheduled_to"),
    employee: text("employee"),
    cancelReason: text("cancel_reason"),
    applicationId: text("application_id").references(() => applications.id),
    /** Who made the request (a user or staff id) and their retry key: a repeated post makes one visit. */
    createdBy: text("created_by").notNull(),
    idempotencyKey: text("idempotency_key"),
    version: integer("version").notNull().default(0),
    createdAt: instant("created_at").notNull().defaultNow(),
    updatedAt: instant("updated_at").notNull().defaultNow(),
  },
  (table) => [
    index("home_visits_applicant").on(table.applicantUserId, table.createdAt),
    index("home_visits_helper").on(table.helperUserId, table.createdAt),
    index("home_visits_status").on(table.status, table.createdAt),
    uniqueIndex("home_visits_idempotency").on(table.createdBy, table.idempotencyKey),
  ],
);

/** Append-only history of a home visit: what, who, when, why. */
export const homeVisitEvents = pgTable(
  "home_visit_events",
  {
    id: text("id").primaryKey(),
    visitId: text("visit_id")
      .notNull()
      .references(() => homeVisits.id, { onDelete: "cascade" }),
    at: instant("at").notNull().defaultNow(),
    status: text("status").$type<HomeVisitStatus>().notNull(),
    actor: text("actor").notNull(),
    note: text("note"),
  },
  (table) => [index("home_visit_events_visit").on(table.visitId, table.at)],
);
