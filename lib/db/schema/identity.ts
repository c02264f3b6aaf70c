import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { individuals } from "./registries";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Portal accounts: one per person in the state database of individuals. */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  iin: text("iin")
    .notNull()
    .unique()
    .references(() => individuals.iin),
  phone: text("phone").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale").notNull().default("kk"),
  createdAt: instant("created_at").notNull().defaultNow(),
  passwordChangedAt: instant("password_changed_at").notNull().defaultNow(),
});

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    method: text("method").$type<"password" | "eds">().notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
    expiresAt: instant("expires_at").notNull(),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

/**
 * Throttling counters (rate-limiter-flexible's Drizzle store): one row per limiter key (entry point,
 * scope and a hash of the IIN, login or client network), the points used and when the window ends.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: instant("expire"),
});

export type ConfirmationPurpose = "register" | "reset" | "visitConsent" | "signIn" | "keyIssue";

/**
 * One-time SMS codes: registration, password reset, a person's consent to a home visit asked by a
 * helper, the sign-in second factor and EDS key issue. Only the code's hash is stored.
 */
export const confirmations = pgTable(
  "confirmations",
  {
    id: text("id").primaryKey(),
    purpose: text("purpose").$type<ConfirmationPurpose>().notNull(),
    iin: text("iin").notNull(),
    phone: text("phone").notNull(),
    /** Set only when the IIN and phone matched the state database (and, for register, no account exists). */
    eligible: integer("eligible").notNull().default(0),
    passwordHash: text("password_hash"),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    createdAt: instant("created_at").notNull().defaultNow(),
    expiresAt: instant("expires_at").notNull(),
    consumedAt: instant("consumed_at"),
  },
  // The code limits count requests per phone and per IIN over the last day.
  (table) => [
    index("confirmations_phone_created").on(table.phone, table.createdAt),
    index("confirmations_iin_created").on(table.iin, table.createdAt),
  ],
);

/** The SMS adapter's outbox: what would be sent to a phone. The demo shows it. */
export const smsOutbox = pgTable("sms_outbox", {
  id: text("id").primaryKey(),
  phone: text("phone").notNull(),
  body: text("body").notNull(),
  createdAt: instant("created_at").notNull().defaultNow(),
});

/**
 * Devices a user asked to remember after the sign-in code ("do not ask for a code for 30 days").
 * The browser's cookie names the row and carries an HMAC of it; deleting the row forgets the device.
 */
export const trustedDevices = pgTable(
  "trusted_devices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Coarse, e.g. "Firefox · Windows"; null when the browser did not say. */
    description: text("description"),
    createdAt: instant("created_at").notNull().defaultNow(),
    lastUsedAt: instant("last_used_at").notNull().defaultNow(),
    expiresAt: instant("expires_at").notNull(),
  },
  (table) => [index("trusted_devices_user").on(table.userId)],
);

/** Server secrets generated once and kept in the database (like the CA) when not configured. */
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: instant("created_at").notNull().defaultNow(),
});
