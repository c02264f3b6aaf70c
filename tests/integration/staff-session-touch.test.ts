import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_IDLE_MS } from "@/lib/auth/sessions";
import { findStaffSession, signInStaff } from "@/lib/auth/staff-auth";
import { sha256 } from "@/lib/auth/tokens";
import type { Database } from "@/lib/db/connect";
import { staffSessions } from "@/lib/db/schema";
import { runStaffCli } from "@/lib/office/staff-cli";
import { seedDatabase } from "@/lib/seed";
import { createTestDatabase } from "../support/test-database";

const title = `staff sessions: the idle clock is written at most every 30 s (${process.env.TEST_DATABASE})`;
describe(title, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a request within 30 s writes nothing; later ones move the clock; idle sessions still end", async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    const args = ["add", "--provider", "cr-1", "--role", "clerk", "--login", "touch.k"];
    expect(await runStaffCli(args, { db: database.db, print })).toBe(0);
    const password = /one-time password(?: for \S+)?: (\S+)/.exec(lines.join("\n"))![1]!;
    const start = new Date("2026-11-23T10:00:00Z");
    const { token } = await signInStaff({
      db: database.db,
      input: { login: "touch.k", password },
      client: "10.0.9.1",
      now: start,
    });
    const lastSeen = async () =>
      (
        await database.db
          .select({ at: staffSessions.lastSeenAt })
          .from(staffSessions)
          .where(eq(staffSessions.tokenHash, sha256(token)))
      )[0]!.at.getTime();
    const at = (ms: number) => new Date(start.getTime() + ms);

    expect(await findStaffSession(database.db, token, at(20_000))).toMatchObject({ providerId: "cr-1" });
    expect(await lastSeen()).toBe(start.getTime());
    expect(await findStaffSession(database.db, token, at(31_000))).not.toBeNull();
    expect(await lastSeen()).toBe(at(31_000).getTime());
    // Used every 25 s, the session outlives the idle timeout (each second request moves the clock).
    for (let ms = 56_000; ms < 31_000 + 2 * SESSION_IDLE_MS; ms += 25_000)
      expect(await findStaffSession(database.db, token, at(ms))).not.toBeNull();
    const last = await lastSeen();
    expect(last).toBeGreaterThan(at(2 * SESSION_IDLE_MS - 60_000).getTime());
    // Unused for the idle timeout, it ends.
    expect(await findStaffSession(database.db, token, new Date(last + SESSION_IDLE_MS + 1000))).toBeNull();
  }, 60_000);
});
