import { boolean, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** "registrar": staff of the registering body that registers a restored record (seed 001 §5 step 6). */
export type StaffRole = "clerk" | "head" | "executor" | "operator" | "registrar";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Service providers: a civil registry office or an education department of a district. */
export const providers = pgTable("providers", {
  id: text("id").primaryKey(),
  kind: text("kind").$type<"civil-registry" | "education-department" | "state-corporation">().notNull(),
  district: text("district").notNull(),
  name: text("name").notNull(),
  bin: text("bin").notNull(),
  address: text("address").notNull(),
  /** When the office receives people (where results are collected): days, hours and the break. */
  hours: jsonb("hours").$type<OfficeHours>(),
  /** The office's phone for applicants, e.g. +7 7112 50 10 01. */
  phone: text("phone"),
});

/** An office's opening hours: working days of the week (1 = Monday) and local times. */
export type OfficeHours = { days: "mon-fri" | "mon-sat"; open: string; close: string; lunch: string | null };

/**
 * Provider staff accounts: clerk, head, executor (or the State Corporation's operator) of one provider.
 * Created by `npm run staff -- add` with a one-time password (or seeded in demo mode).
 */
export const staff = pgTable(
  "staff",
  {
    id: text("id").primaryKey(),
    login: text("login").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    providerId: text("provider_id")
      .notNull()
      .references(() => providers.id),
    role: text("role").$type<StaffRole>().notNull(),
    fullName: text("full_name").notNull(),
    /** The staff member's IIN: heads hold a staff SIGN certificate that carries it. */
    iin: text("iin"),
    /** Set for a one-time password: nothing in the office works until the member sets their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** A disabled account cannot sign in; its sessions were ended when it was disabled. */
    disabled: boolean("disabled").notNull().default(false),
  },
  (table) => [index("staff_provider").on(table.providerId, table.role)],
);

export const staffSessions = pgTable("staff_sessions", {
  tokenHash: text("token_hash").primaryKey(),
  staffId: text("staff_id")
    .notNull()
    .references(() => staff.id, { onDelete: "cascade" }),
  createdAt: instant("created_at").notNull().defaultNow(),
  lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
  expiresAt: instant("expires_at").notNull(),
});
