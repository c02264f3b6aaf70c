import "server-only";
import { env } from "@/lib/env";
import { connectDatabase, type Database } from "./connect";

type Holder = { database?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __qyzmetDatabase?: Holder };
const state: Holder = (holder.__qyzmetDatabase ??= {});

/** The server process's one database (PGlite folder, or PostgreSQL when DATABASE_URL is set). */
export function getDatabase(): Promise<Database> {
  state.database ??= connectDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.pgliteDataDir,
  }).catch((error: unknown) => {
    state.database = undefined;
    throw error;
  });
  return state.database;
}

export async function getDb() {
  return (await getDatabase()).db;
}

/** Closes PGlite cleanly so no stale postmaster.pid is left behind. */
export async function closeDatabase(): Promise<void> {
  const pending = state.database;
  state.database = undefined;
  if (pending) await (await pending).close();
}
