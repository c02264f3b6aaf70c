import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { homeVisits } from "./home-visits";
import { users } from "./identity";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Cabinet notifications, written in the applicant's language when the event happens. */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: text("application_id").references(() => applications.id, { onDelete: "cascade" }),
    homeVisitId: text("home_visit_id").references(() => homeVisits.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: instant("created_at").notNull().defaultNow(),
    readAt: instant("read_at"),
  },
  (table) => [index("notifications_user").on(table.userId, table.readAt, table.createdAt)],
);
