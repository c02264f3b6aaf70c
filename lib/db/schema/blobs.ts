import { customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Raw bytes: Buffer from node-postgres, Uint8Array from PGlite; both are Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Blob bytes kept in the database (BLOB_STORE=postgres): every node of a deployment reads what
 * another wrote, with no shared disk. The key is the storage key of an attachment (lib/attachments).
 */
export const blobs = pgTable("blobs", {
  key: text("key").primaryKey(),
  bytes: bytea("bytes").notNull(),
  size: integer("size").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
