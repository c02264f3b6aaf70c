import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { migrateDatabase } from "@/lib/db/migrate";
import { withStartupLock } from "@/lib/db/startup-lock";
import { blobStorage } from "@/lib/attachments/server";
import { seedDatabase } from "@/lib/seed";
import { demoPasswordRefusal, findDemoPasswords } from "@/lib/seed/demo-passwords";
import { closeDatabase, getDatabase } from "@/lib/db/server";
import { logger } from "@/lib/logger";
import { missingAppSecret } from "@/lib/auth/app-secret";

let jobs: { stop: () => Promise<void> } | null = null;

async function stopJobs() {
  const running = jobs;
  jobs = null;
  if (running)
    await running
      .stop()
      .catch((error: unknown) => logger.error("jobs stop failed", { error: String(error) }));
}

/** Runs once when the server process starts: migrate, seed, and close the database on exit. */
export async function startServer(): Promise<void> {
  if (missingAppSecret(env)) {
    // Signed cookies (remembered devices) need a secret of the operator's: refuse to start without it.
    logger.error("APP_SECRET is required in production when DEMO_MODE is off (32+ random characters)");
    process.exit(1);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopJobs()
        .then(closeDatabase)
        .catch((error: unknown) => logger.error("database close failed", { error: String(error) }))
        .finally(() => process.exit(0));
    });
  }
  try {
    const database = await getDatabase();
    // Two nodes starting at once on one PostgreSQL migrate and seed one after the other.
    const refusal = await withStartupLock(database, async () => {
      await migrateDatabase(database);
      const found = demoPasswordRefusal(
        { production: env.NODE_ENV === "production", demo: env.DEMO_MODE },
        env.NODE_ENV === "production" && !env.DEMO_MODE
          ? await findDemoPasswords(database.db)
          : { staffLogins: [], applicants: 0 },
      );
      if (!found && env.SEED_ON_START) {
        await seedDatabase(database.db, {
          demo: env.DEMO_MODE,
          demoKeysDir: path.join(/*turbopackIgnore: true*/ env.dataDir, "demo-keys"),
          crlUrl: `${env.APP_ORIGIN}/api/v1/eds/crl`,
          keyStore: blobStorage,
        });
      }
      return found;
    });
    if (refusal) {
      logger.error(refusal);
      await closeDatabase().finally(() => process.exit(1));
    }
    logger.info("database ready", { kind: database.kind });
    if (env.JOBS_ENABLED) {
      const { startJobs } = await import("@/lib/jobs/queue");
      const { createChannels } = await import("@/lib/notifications/channels");
      jobs = await startJobs(database, { channels: createChannels(database.db, env) });
      logger.info("background jobs started");
    }
  } catch (error) {
    // The portal still starts; /api/v1/health reports the database as down.
    logger.error("database not ready at start", {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
