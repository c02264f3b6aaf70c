import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/connect";
import { seedDatabase } from "@/lib/seed";
import { consumeConfirmation, createConfirmation } from "@/lib/auth/confirmations";
import { confirmPasswordReset, startPasswordReset } from "@/lib/auth/passwords-change";
import { confirmRegistration, startRegistration } from "@/lib/auth/register";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signInStaff } from "@/lib/auth/staff-auth";
import { consume } from "@/lib/auth/throttle";
import { ATTEMPT_LIMITS } from "@/lib/auth/throttle-limits";
import { recordingSms } from "../support/sign-in-with-code";
import { AppError } from "@/lib/errors";
import { makeIin } from "@/lib/iin/make-iin";
import { createOutboxSms, listOutbox } from "@/lib/notifications/sms";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { createTestDatabase } from "../support/test-database";

const population = buildPopulation().people;
const people = population.filter((person) => person.phone && person.birthDate < "2005-01-01");
const known = new Set(population.map((person) => person.iin));
/** Valid IINs of nobody in the state database. */
const strangers = Array.from({ length: 400 }, (_, serial) => makeIin("1990-05-17", "male", 9000 + serial))
  .filter((iin, index, all) => !known.has(iin) && all.indexOf(iin) === index)
  .slice(0, 60);
const PASSWORD = "Жаңа құпиясөз 2026";
const MINUTE = 60_000;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, fields: error.fieldErrors, retryAfter: error.retryAfterSeconds };
    throw error;
  }
  return "ok";
}

describe(`code limits, entry point throttling, no lock-out (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let clients = 0;
  /** A fresh client address per call, so only the limit under test can answer 429. */
  const freshClient = () => `198.51.${Math.floor(++clients / 250)}.${clients % 250}`;
  const code = (phone: string, purpose: "register" | "reset", iin: string, now: Date) =>
    createConfirmation(database.db, { purpose, iin, phone, eligible: false }, now);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("refuses a fourth code for one phone within an hour, across purposes and IINs, with the wait", async () => {
    const phone = "+77015550001";
    const start = new Date("2026-11-23T04:00:00Z");
    await code(phone, "register", strangers[0]!, start);
    await code(phone, "reset", strangers[1]!, new Date(start.getTime() + MINUTE));
    await code(phone, "register", strangers[2]!, new Date(start.getTime() + 2 * MINUTE));
    const fourth = await refusal(
      code(phone, "reset", strangers[3]!, new Date(start.getTime() + 10 * MINUTE)),
    );
    // The first code leaves the hour at 05:00, 50 minutes after the refused request.
    expect(fourth).toEqual({ code: "rate_limited", fields: { form: "code.tooMany" }, retryAfter: 50 * 60 });
    expect(await refusal(code(phone, "reset", strangers[3]!, new Date(start.getTime() + 60 * MINUTE)))).toBe(
      "ok",
    );
  });

  it("codes anyone can ask for never use up the codes a person needs to sign in", async () => {
    // An attacker who knows an IIN and its phone asks for reset codes until refused; the person's
    // sign-in code (which needs the password first) and key-issue code still come.
    const [iin, phone] = [strangers[9]!, "+77015550009"];
    const start = new Date("2026-11-23T06:00:00Z");
    for (let index = 0; index < 3; index++)
      await code(phone, "reset", iin, new Date(start.getTime() + index * MINUTE));
    expect(await refusal(code(phone, "reset", iin, new Date(start.getTime() + 4 * MINUTE)))).toMatchObject({
      code: "rate_limited",
    });
    for (const purpose of ["signIn", "keyIssue"] as const) {
      const sent = createConfirmation(database.db, { purpose, iin, phone, eligible: true }, start);
      expect(await refusal(sent), purpose).toBe("ok");
    }
  });

  it("refuses a fourth code for one IIN within an hour, whatever phone is entered", async () => {
    const iin = strangers[4]!;
    const start = new Date("2026-11-23T06:00:00Z");
    for (let index = 0; index < 3; index++)
      await code(`+7701555010${index}`, "register", iin, new Date(start.getTime() + index * MINUTE));
    expect(
      await refusal(code("+77015550109", "reset", iin, new Date(start.getTime() + 30 * MINUTE))),
    ).toMatchObject({ code: "rate_limited", retryAfter: 30 * 60 });
  });

  it("allows at most ten codes a day per phone", async () => {
    const phone = "+77015550002";
    const start = new Date("2026-11-24T00:00:00Z");
    // Three an hour fit; ten in 4.5 hours.
    for (let index = 0; index < 10; index++)
      await code(phone, "register", strangers[10 + index]!, new Date(start.getTime() + index * 30 * MINUTE));
    const eleventh = await refusal(
      code(phone, "register", strangers[20]!, new Date(start.getTime() + 10 * 30 * MINUTE)),
    );
    expect(eleventh).toEqual({
      code: "rate_limited",
      fields: { form: "code.tooMany" },
      retryAfter: (24 * 60 - 300) * 60,
    });
  });

  it("answers a person in the state database and a stranger alike, up to the same refusal", async () => {
    const person = people[30]!;
    const stranger = strangers[30]!;
    const sms = createOutboxSms(database.db);
    const start = (iin: string, phone: string) =>
      refusal(
        startRegistration({
          db: database.db,
          sms,
          input: { iin, phone, password: PASSWORD },
          locale: "en",
          client: freshClient(),
        }),
      );
    for (let index = 0; index < 3; index++) {
      expect(await start(person.iin, person.phone!)).toBe("ok");
      expect(await start(stranger, "+77015550003")).toBe("ok");
    }
    const real = await start(person.iin, person.phone!);
    const fake = await start(stranger, "+77015550003");
    expect(real).toMatchObject({ code: "rate_limited", fields: { form: "code.tooMany" } });
    expect(fake).toMatchObject({ code: "rate_limited", fields: { form: "code.tooMany" } });
    expect(typeof real === "object" && typeof fake === "object").toBe(true);
    if (typeof real === "object" && typeof fake === "object") {
      expect(Math.abs((real.retryAfter ?? 0) - (fake.retryAfter ?? 0))).toBeLessThanOrEqual(2);
      expect(real.retryAfter).toBeGreaterThan(3500);
    }
    // Only the real person's phone got texts: three, not four.
    const texts = (await listOutbox(database.db, 500)).filter((row) => row.phone === person.phone);
    expect(texts).toHaveLength(3);
  }, 60_000);

  it("a code lives five minutes", async () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const created = await createConfirmation(
      database.db,
      { purpose: "reset", iin: strangers[40]!, phone: "+77015550004", eligible: true },
      now,
    );
    const late = new Date(now.getTime() + 5 * MINUTE + 1000);
    expect(
      await refusal(consumeConfirmation(database.db, "reset", created.id, created.code, late)),
    ).toMatchObject({ code: "validation", fields: { code: "code.expired" } });
  });

  it("registration, its confirmation, reset and its confirmation answer 429 past the client limit", async () => {
    const sms = createOutboxSms(database.db);
    const client = "203.0.113.50";
    const steps = {
      register: (index: number) =>
        startRegistration({
          db: database.db,
          sms,
          input: {
            iin: strangers[41 + (index % 15)]!,
            phone: `+7701556${String(index).padStart(4, "0")}`,
            password: PASSWORD,
          },
          locale: "kk",
          client,
        }),
      registerConfirm: () =>
        confirmRegistration({
          db: database.db,
          input: { confirmationId: crypto.randomUUID(), code: "123456" },
          locale: "kk",
          client,
        }),
      reset: (index: number) =>
        startPasswordReset({
          db: database.db,
          sms,
          input: { iin: people[index]!.iin, phone: `+7701557${String(index).padStart(4, "0")}` },
          locale: "kk",
          client,
        }),
      resetConfirm: () =>
        confirmPasswordReset({
          db: database.db,
          input: { confirmationId: crypto.randomUUID(), code: "123456", password: PASSWORD },
          client,
        }),
    };
    for (const entryPoint of ["register", "registerConfirm", "reset", "resetConfirm"] as const) {
      const step = steps[entryPoint];
      const limit = ATTEMPT_LIMITS[entryPoint].client.points;
      for (let index = 0; index < limit; index++) {
        const answer = await refusal(step(index));
        expect(answer === "ok" || answer.code !== "rate_limited", `${entryPoint} #${index + 1}`).toBe(true);
      }
      expect(await refusal(step(limit)), entryPoint).toMatchObject({ code: "rate_limited", fields: {} });
    }
  }, 120_000);

  it("registration and reset answer 429 past the per-IIN limit, from any address", async () => {
    const iin = strangers[57]!;
    const sms = createOutboxSms(database.db);
    const reset = () =>
      startPasswordReset({
        db: database.db,
        sms,
        input: { iin, phone: "+77015550005" },
        locale: "kk",
        client: freshClient(),
      });
    const answers = [];
    for (let index = 0; index <= ATTEMPT_LIMITS.reset.key.points; index++)
      answers.push(await refusal(reset()));
    // Three codes, then the code limit, then the per-IIN limit of the entry point itself.
    expect(answers.slice(0, 3)).toEqual(["ok", "ok", "ok"]);
    expect(answers.at(-1)).toMatchObject({ code: "rate_limited", fields: {} });
  });

  it("staff sign-in answers 429 after 20 failures from one client, and not to another client", async () => {
    const attempt = (login: string, client: string) =>
      signInStaff({ db: database.db, input: { login, password: "guessing-game" }, client });
    for (let index = 0; index < 20; index++)
      expect(await refusal(attempt(`nobody-${index}`, "203.0.113.60"))).toMatchObject({
        code: "invalid_credentials",
      });
    expect(await refusal(attempt("nobody-20", "203.0.113.60"))).toMatchObject({
      code: "rate_limited",
      retryAfter: 900,
    });
    expect(await refusal(attempt("nobody-20", "203.0.113.61"))).toMatchObject({
      code: "invalid_credentials",
    });
  }, 60_000);

  it("EDS challenge, EDS sign-in and key issue count per client (and key issue per IIN)", async () => {
    for (const entryPoint of ["edsChallenge", "edsSignIn", "keyIssue"] as const) {
      const limit = ATTEMPT_LIMITS[entryPoint].client.points;
      for (let index = 0; index < limit; index++)
        await consume(database.db, entryPoint, { key: `iin-${index}`, client: "203.0.113.70" });
      expect(
        await refusal(consume(database.db, entryPoint, { key: "iin-x", client: "203.0.113.70" })),
        entryPoint,
      ).toMatchObject({ code: "rate_limited" });
    }
    for (let index = 0; index < ATTEMPT_LIMITS.keyIssue.key.points; index++)
      await consume(database.db, "keyIssue", { key: "one-iin", client: freshClient() });
    expect(
      await refusal(consume(database.db, "keyIssue", { key: "one-iin", client: freshClient() })),
    ).toMatchObject({ code: "rate_limited", retryAfter: expect.any(Number) });
  });

  it("failures by others for a victim's IIN never lock the victim out: the wait stays under a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T05:00:00Z"));
    const victim = people[35]!;
    const { confirmationId } = await startRegistration({
      db: database.db,
      sms: createOutboxSms(database.db),
      input: { iin: victim.iin, phone: victim.phone, password: PASSWORD },
      locale: "kk",
      client: freshClient(),
    });
    const [sent] = (await listOutbox(database.db, 500)).filter((row) => row.phone === victim.phone);
    await confirmRegistration({
      db: database.db,
      input: { confirmationId, code: sent?.body.match(/\d{6}/)?.[0] ?? "" },
      locale: "kk",
      client: freshClient(),
    });

    // Forty wrong passwords from forty addresses, each waiting out the delay it is told.
    let failures = 0;
    for (let index = 0; failures < 40; index++) {
      const answer = await refusal(
        signInWithPassword({
          db: database.db,
          input: { iin: victim.iin, password: `guess ${index}` },
          client: `192.0.2.${index % 250}`,
          sms: recordingSms(),
          locale: "kk",
        }),
      );
      if (answer === "ok") throw new Error("a guess cannot succeed");
      if (answer.code === "invalid_credentials") failures++;
      else {
        expect(answer.code).toBe("rate_limited");
        expect(answer.retryAfter).toBeLessThanOrEqual(60);
        vi.setSystemTime(new Date(Date.now() + answer.retryAfter! * 1000));
      }
    }
    // The owner, from home: at most a minute's wait, then in.
    const first = await refusal(
      signInWithPassword({
        db: database.db,
        input: { iin: victim.iin, password: PASSWORD },
        client: "198.18.0.1",
        sms: recordingSms(),
        locale: "kk",
      }),
    );
    if (first !== "ok") {
      expect(first).toMatchObject({ code: "rate_limited" });
      expect(first.retryAfter).toBeLessThanOrEqual(60);
      vi.setSystemTime(new Date(Date.now() + first.retryAfter! * 1000));
      const second = await signInWithPassword({
        db: database.db,
        input: { iin: victim.iin, password: PASSWORD },
        client: "198.18.0.1",
        sms: recordingSms(),
        locale: "kk",
      });
      // In: the right password leads to the second factor.
      expect(second.step).toBe("code");
    }
  }, 120_000);
});
