import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** Raw SQL for libraries that bring their own queries (the job queue): pg's `query` shape on both drivers. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  url?: string;
  executeSql: ExecuteSql;
  close: () => Promise<void>;
};
export type ConnectOptions = { databaseUrl?: string; pgliteDataDir?: string | "memory" };

/** PostgreSQL when a URL is given, else embedded PGlite (a folder on disk, or memory for tests). */
export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl);
  return connectPglite(options.pgliteDataDir ?? "memory");
}

function connectPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  const executeSql: ExecuteSql = (text, values) => pool.query(text, values);
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Db,
    kind: "postgres",
    url,
    executeSql,
    close: () => pool.end(),
  };
}

async function connectPglite(dataDir: string): Promise<Database> {
  if (dataDir === "memory") {
    const client = await PGlite.create();
    return {
      db: drizzlePglite({ client, schema }) as unknown as Db,
      kind: "pglite",
      executeSql: pgliteSql(client),
      close: () => client.close(),
    };
  }
  const release = acquireFolderLock(dataDir);
  const client = await PGlite.create(dataDir);
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    kind: "pglite",
    executeSql: pgliteSql(client),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Parameterised text goes through the extended protocol; text without values may hold several statements. */
function pgliteSql(client: PGlite): ExecuteSql {
  return async (text, values) => {
    if (values && values.length) return client.query(text, values as unknown[]);
    const results = await client.exec(text);
    return results.at(-1) ?? { rows: [] };
  };
}

/**
 * PGlite is single-process: one data folder, one owner. Our lock file names the owner; when that
 * process is gone, the folder's postmaster.pid is stale (an exit without close) and is removed,
 * because PGlite would otherwise hang silently on open.
 */
export function acquireFolderLock(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  const owner = readOwner(lockFile);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new Error(`The database folder ${dataDir} is in use by process ${owner}. Stop it first.`);
  }
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
