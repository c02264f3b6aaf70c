import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { blobs } from "@/lib/db/schema";
import { checkStorageKey, type BlobStorage } from "./blob-storage";

/**
 * Blob bytes in the database's `blobs` table (bytea), on PostgreSQL or PGlite: several nodes on one
 * PostgreSQL share them with nothing else to run. `db` may be a getter, for the server's lazily
 * opened database.
 */
export function createDatabaseStorage(db: Db | (() => Promise<Db>)): BlobStorage {
  const open = async () => (typeof db === "function" ? await db() : db);
  return {
    async put(key, bytes) {
      const row = { key: checkStorageKey(key), bytes, size: bytes.length };
      await (
        await open()
      )
        .insert(blobs)
        .values(row)
        .onConflictDoUpdate({
          target: blobs.key,
          set: { bytes: row.bytes, size: row.size, updatedAt: sql`now()` },
        });
    },
    async get(key) {
      const [row] = await (
        await open()
      )
        .select({ bytes: blobs.bytes })
        .from(blobs)
        .where(eq(blobs.key, checkStorageKey(key)));
      return row ? new Uint8Array(row.bytes) : null;
    },
    async delete(key) {
      await (await open()).delete(blobs).where(eq(blobs.key, checkStorageKey(key)));
    },
  };
}
