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

/** Failed sign-in counters per IIN (hashed) and per client; a lock time when over the limit. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: instant("window_started_at").notNull().defaultNow(),
  lockedUntil: instant("locked_until"),
});

export type ConfirmationPurpose = "register" | "reset" | "signIn" | "keyIssue";

/**
 * One-time SMS codes: registration, password reset, the sign-in second factor and EDS key issue.
 * Only the code's hash is stored.
 */
export const confirmations = pgTable("confirmations", {
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
});

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
