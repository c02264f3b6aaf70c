import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seed";
import { parseIin } from "@/lib/iin";
import { createTestDatabase } from "../support/test-database";

const tables = [
  "individuals",
  "family_links",
  "civil_acts",
  "powers_of_attorney",
  "users",
  "providers",
  "staff",
] as const;

async function snapshot(database: Database) {
  const result: Record<string, { count: number; digest: string }> = {};
  for (const table of tables) {
    const rows = await database.db.execute<{ count: string; digest: string | null }>(
      sql.raw(
        `select count(*)::text as count, md5(string_agg(t::text, '|' order by t::text)) as digest
         from ${table} t`,
      ),
    );
    const row = (rows as unknown as { rows: Array<{ count: string; digest: string | null }> }).rows[0]!;
    result[table] = { count: Number(row.count), digest: row.digest ?? "" };
  }
  const migrations = await database.db.execute(
    sql.raw("select count(*)::text as count from drizzle.__drizzle_migrations"),
  );
  result.migrations = {
    count: Number((migrations as unknown as { rows: Array<{ count: string }> }).rows[0]!.count),
    digest: "",
  };
  return result;
}

describe(`migrations and seed (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads the synthetic state systems", async () => {
    await seedDatabase(database.db, { demo: true });
    const first = await snapshot(database);
    expect(first.individuals!.count).toBeGreaterThanOrEqual(50);
    expect(first.civil_acts!.count).toBeGreaterThan(0);
    expect(first.powers_of_attorney!.count).toBeGreaterThan(0);
    expect(first.family_links!.count).toBeGreaterThan(0);
  });

  it("changes nothing when migrated and seeded again", async () => {
    const before = await snapshot(database);
    await migrateDatabase(database);
    await seedDatabase(database.db, { demo: true });
    await migrateDatabase(database);
    await seedDatabase(database.db, { demo: true });
    expect(await snapshot(database)).toEqual(before);
  });

  it("stores only valid IINs, with birth dates and sexes that agree with them", async () => {
    const rows = await database.db.execute(
      sql.raw("select iin, birth_date::text as birth_date, sex from individuals"),
    );
    const people = (rows as unknown as { rows: Array<{ iin: string; birth_date: string; sex: string }> })
      .rows;
    for (const person of people) {
      const parsed = parseIin(person.iin);
      expect(parsed, person.iin).toEqual({ valid: true, birthDate: person.birth_date, sex: person.sex });
    }
  });
});
