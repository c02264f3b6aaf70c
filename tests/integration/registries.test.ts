import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { seedDatabase } from "@/lib/seed";
import { createRegistries } from "@/lib/registries";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { createTestDatabase } from "../support/test-database";

const population = buildPopulation();

describe(`mock state systems (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let registries: ReturnType<typeof createRegistries>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    registries = createRegistries(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("finds a person by IIN with their address, and nobody for an unknown IIN", async () => {
    const seeded = population.people[0]!;
    const person = await registries.individuals.findByIin(seeded.iin);
    expect(person).toMatchObject({
      iin: seeded.iin,
      surname: seeded.surname,
      address: { district: seeded.district },
    });
    expect(await registries.individuals.findByIin("000101500005")).toBeNull();
  });

  it("lists a parent's spouse and children", async () => {
    const husband = population.people[0]!;
    const relatives = await registries.individuals.findRelatives(husband.iin);
    const kinds = relatives.map((relative) => relative.kind);
    expect(kinds).toContain("spouse");
    expect(kinds).toContain("child");
    for (const relative of relatives) expect(relative.person.iin).not.toBe(husband.iin);
  });

  it("finds birth and marriage act records, and none for a lost record", async () => {
    const husband = population.people[0]!;
    const marriages = await registries.civilRegistry.findActsFor(husband.iin, "marriage");
    expect(marriages).toHaveLength(1);
    const births = await registries.civilRegistry.findActsFor(husband.iin, "birth");
    expect(births.length).toBeGreaterThan(0);
    const withRecords = new Set(
      population.acts.filter((act) => act.kind === "birth").map((act) => act.personIin),
    );
    const lost = population.people.find(
      (person) => person.birthDate > "2000-01-01" && !withRecords.has(person.iin),
    );
    expect(lost).toBeDefined();
    const acts = await registries.civilRegistry.findActsFor(lost!.iin, "birth");
    expect(acts.filter((act) => act.personIin === lost!.iin)).toEqual([]);
  });

  it("accepts only powers of attorney in force", async () => {
    const [valid, , expired, revoked] = population.powers;
    const query = (power: typeof valid) => ({
      number: power!.number,
      principalIin: power!.principalIin,
      attorneyIin: power!.attorneyIin,
      onDate: "2026-11-23",
    });
    expect(await registries.notary.findValidPower(query(valid))).toMatchObject({ number: valid!.number });
    expect(await registries.notary.findValidPower(query(expired))).toBeNull();
    expect(await registries.notary.findValidPower(query(revoked))).toBeNull();
    expect(
      await registries.notary.findValidPower({ ...query(valid), attorneyIin: revoked!.attorneyIin }),
    ).toBeNull();
  });
});
