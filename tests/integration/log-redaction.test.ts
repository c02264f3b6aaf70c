import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { homeVisits } from "@/lib/db/schema";
import { createLogger } from "@/lib/logging/create-logger";
import { routeConsole } from "@/lib/logging/route-console";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { createTestDatabase } from "../support/test-database";

const person = buildPopulation().people[3]!;
const address = `${person.district}, ${person.street}, ${person.house}`;

describe(`a failed query's log holds no personal data (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a NUL byte in a form value makes the database refuse the insert; the log keeps no IIN, phone or address", async () => {
    const failed = await database.db
      .insert(homeVisits)
      .values({
        id: crypto.randomUUID(),
        number: "HV-TEST-1",
        serviceId: "birth-registration",
        applicantIin: person.iin,
        authority: "self",
        channel: "portal",
        createdBy: "test",
        address: `${address}\u0000`,
        phone: person.phone!,
        preferredSlots: [],
        note: `call ${person.phone} at ${address}`,
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failed).toBeInstanceOf(Error);
    // Without the redaction the error carries everything: the check below can fail.
    expect(`${String(failed)} ${JSON.stringify(failed)}`).toContain(person.iin);

    const lines: string[] = [];
    const logger = createLogger({
      level: "debug",
      destination: { write: (line: string) => void lines.push(line) },
    });
    logger.error("api error", { error: failed });
    const next = { error: console.error, warn: console.warn };
    routeConsole(logger, next);
    next.error(failed);
    next.error("⨯", failed, { digest: "123" });
    const text = lines.join("");
    expect(lines).toHaveLength(3);
    for (const secret of [person.iin, person.phone!.slice(-7), person.street, person.district])
      expect(text, secret).not.toContain(secret);
    expect(text).toContain("params: [redacted]");
  });
});
