import pg from "pg";
import type { Database } from "./connect";

/** The key of the session advisory lock held while a node migrates and seeds ("Qyzm"). */
export const STARTUP_LOCK_KEY = 0x51797a6d;

let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` (migrations, the seed) while no other node does: on PostgreSQL under a session
 * advisory lock on a connection of its own, so two nodes started at once on one database migrate and
 * seed one after the other (the second finds everything done); in this process, one after another too.
 * PGlite has one owner process (its folder lock), so only the in-process order applies there.
 */
export function withStartupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  const run = async () => {
    if (database.kind !== "postgres" || !database.url) return work();
    const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 3000 });
    client.on("error", () => undefined);
    await client.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
      return await work();
    } finally {
      // Ending the session releases the lock even when the unlock cannot be sent.
      await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]).catch(() => undefined);
      await client.end().catch(() => undefined);
    }
  };
  const result = inProcess.then(run, run);
  inProcess = result.catch(() => undefined);
  return result;
}
