import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/local-date";
import { toAlmaty } from "@/lib/calendar";
import type { Database } from "@/lib/db/connect";
import {
  applicationEvents,
  applications,
  attachments,
  homeVisitEvents,
  homeVisits,
  notifications,
  outboxMessages,
  smsOutbox,
  users,
} from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { cancelVisit, completeVisit, scheduleVisit } from "@/lib/home-visits/operator";
import { requestHomeVisit } from "@/lib/home-visits/request-visit";
import { confirmVisitConsent } from "@/lib/home-visits/confirm-visit-consent";
import { operatorVisits } from "@/lib/home-visits/operator";
import { presentVisit } from "@/lib/home-visits/present";
import { makeIin } from "@/lib/iin";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { visitDays } from "@/lib/home-visits/slots";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { staffMember } from "../support/staff-signer";
import { errorCode } from "../support/error-code";

const codeOf = (promise: Promise<unknown>) => errorCode(promise, true);
import { createTestDatabase } from "../support/test-database";

const homeVisitsTitle =
  `home visits: requests, the operator's steps, ` +
  `registration on the applicant's behalf (${process.env.TEST_DATABASE})`;
describe(homeVisitsTitle, () => {
  let database: Database;
  let operator: StaffUser;
  const [ahmetov, , serikov, smirnov] = demoApplicantIins();
  /** A valid IIN of nobody in the state database. */
  const stranger = makeIin("1961-03-03", "female", 8888);
  const ids: Record<string, string> = {};
  const day = () => visitDays()[1]!;
  const input = (extra: Record<string, unknown> = {}) => ({
    serviceId: "record-correction",
    healthReason: "disabilityGroup1",
    address: "Іле ауданы, Өтеген батыр, Абай көшесі, 12",
    phone: "+77011234567",
    preferredSlots: [{ date: day(), from: "09:00", to: "11:00" }],
    needs: ["wheelchair"],
    note: "Ring twice",
    ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    for (const iin of [ahmetov, serikov, smirnov])
      ids[iin!] = (await database.db.select().from(users).where(eq(users.iin, iin!)))[0]!.id;
    operator = await staffMember(database.db, "sc-1", "operator");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("checks the form: working days only, offered windows, a phone, the other need described", async () => {
    const saturday = (() => {
      for (let date = addDays(toAlmaty(new Date()).date, 1); ; date = addDays(date, 1))
        if (new Date(`${date}T12:00:00Z`).getUTCDay() === 6) return date;
    })();
    const result = await codeOf(
      requestHomeVisit({
        db: database.db,
        requester: { kind: "user", userId: ids[ahmetov!]!, iin: ahmetov! },
        input: input({
          phone: "8701",
          preferredSlots: [
            { date: saturday, from: "09:00", to: "11:00" },
            { date: day(), from: "12:00", to: "13:00" },
          ],
          needs: ["other"],
        }),
      }),
    );
    expect(result).toBe(
      "validation:" +
        JSON.stringify({
          phone: "visit.phone",
          slot1Date: "visit.slotDay",
          slot2Window: "visit.slotWindow",
          needsOther: "field.required",
        }),
    );
    expect(await database.db.select().from(homeVisits)).toHaveLength(0);
  });

  const helperTitle = "a helper acts with a notarised power of attorney found in the notary registry";
  it(helperTitle, async () => {
    const helper = { kind: "user" as const, userId: ids[serikov!]!, iin: serikov! };
    expect(
      await codeOf(
        requestHomeVisit({
          db: database.db,
          requester: helper,
          input: input({
            onBehalfOf: { iin: ahmetov, authority: "powerOfAttorney", powerOfAttorney: "POA-2025-0003" },
          }),
        }),
      ),
    ).toBe(`validation:${JSON.stringify({ powerOfAttorney: "visit.poaInvalid" })}`);
    // A person not in the state database: the same answer as a person without a power to you.
    expect(
      await codeOf(
        requestHomeVisit({
          db: database.db,
          requester: helper,
          input: input({
            onBehalfOf: { iin: stranger, authority: "powerOfAttorney", powerOfAttorney: "POA-2025-0001" },
          }),
        }),
      ),
    ).toBe(`validation:${JSON.stringify({ powerOfAttorney: "visit.poaInvalid" })}`);
    const visit = await requestHomeVisit({
      db: database.db,
      requester: helper,
      input: input({
        onBehalfOf: { iin: ahmetov, authority: "powerOfAttorney", powerOfAttorney: "poa-2025-0001" },
      }),
      idempotencyKey: "retry-key-0001",
    });
    expect(visit).toMatchObject({
      applicantIin: ahmetov,
      applicantUserId: ids[ahmetov!],
      helperUserId: ids[serikov!],
      authority: "powerOfAttorney",
      powerOfAttorney: "POA-2025-0001",
      status: "requested",
    });
    const again = await requestHomeVisit({
      db: database.db,
      requester: helper,
      input: input({
        onBehalfOf: { iin: ahmetov, authority: "powerOfAttorney", powerOfAttorney: "POA-2025-0001" },
      }),
      idempotencyKey: "retry-key-0001",
    });
    expect(again.id).toBe(visit.id);
    const told = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.homeVisitId, visit.id));
    expect(told.map((row) => row.userId).sort()).toEqual([ids[ahmetov!], ids[serikov!]].sort());
  });

  const consentTitle =
    "on another's behalf with consent: the visit waits for the code sent to the person's own phone and " +
    "reaches the operator only once the helper enters it; an unknown IIN gets the very same answer";
  it(consentTitle, async () => {
    const helper = { kind: "user" as const, userId: ids[serikov!]!, iin: serikov! };
    const statePhone = buildPopulation().people.find((person) => person.iin === ahmetov)!.phone!;
    const smsBefore = await database.db.select().from(smsOutbox);
    const forKnown = await requestHomeVisit({
      db: database.db,
      requester: helper,
      input: input({ onBehalfOf: { iin: ahmetov, authority: "consent" } }),
    });
    const forUnknown = await requestHomeVisit({
      db: database.db,
      requester: helper,
      input: input({ onBehalfOf: { iin: stranger, authority: "consent" } }),
    });
    // The helper's answer tells nothing about whether the person is in the state database.
    const answer = (visit: typeof forKnown) => {
      const { id, number, createdAt, ...rest } = presentVisit(visit);
      return { ...rest, id: typeof id, number: number.replace(/\d/g, "0"), createdAt: typeof createdAt };
    };
    expect(answer(forUnknown)).toEqual(answer(forKnown));
    expect(forKnown).toMatchObject({ status: "awaiting_consent", authority: "consent" });
    // One SMS, to the phone the state database holds for the person (not the phone typed in the form).
    const sent = (await database.db.select().from(smsOutbox)).filter(
      (row) => !smsBefore.some((before) => before.id === row.id),
    );
    expect(sent.map((row) => row.phone)).toEqual([statePhone]);
    const code = /\b(\d{6})\b/.exec(sent[0]!.body)![1]!;
    // Nothing reaches the operator or the cabinets before the person's code is entered.
    const queued = async () => (await operatorVisits(database.db)).map((visit) => visit.id);
    expect(await queued()).not.toContain(forKnown.id);
    expect(await queued()).not.toContain(forUnknown.id);
    expect(
      await database.db.select().from(notifications).where(eq(notifications.homeVisitId, forKnown.id)),
    ).toHaveLength(0);
    expect(
      await codeOf(
        scheduleVisit({
          db: database.db,
          staff: operator,
          visitId: forKnown.id,
          date: day(),
          window: "09:00-11:00",
          employeeId: "sc-field-1",
        }),
      ),
    ).toBe("conflict");
    const confirm = (visitId: string, userId: string, value: string) =>
      codeOf(confirmVisitConsent({ db: database.db, userId, visitId, input: { code: value } }));
    // Only the helper who asked can confirm; a wrong code counts as a try.
    expect(await confirm(forKnown.id, ids[smirnov!]!, code)).toBe("not_found");
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirm(forKnown.id, helper.userId, wrong)).toBe(
      `validation:${JSON.stringify({ code: "code.wrong" })}`,
    );
    // For the unknown IIN no code ever matches: the visit never goes on.
    expect(await confirm(forUnknown.id, helper.userId, code)).toBe(
      `validation:${JSON.stringify({ code: "code.wrong" })}`,
    );
    expect(await confirm(forKnown.id, helper.userId, code)).toBe("ok");
    expect(await confirm(forKnown.id, helper.userId, code)).toBe("conflict");
    expect(await queued()).toContain(forKnown.id);
    expect(await queued()).not.toContain(forUnknown.id);
    const told = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.homeVisitId, forKnown.id));
    expect(told.map((row) => row.userId).sort()).toEqual([ids[ahmetov!], ids[serikov!]].sort());
    const history = await database.db
      .select()
      .from(homeVisitEvents)
      .where(eq(homeVisitEvents.visitId, forKnown.id));
    expect(history.map((event) => `${event.status}:${event.actor}`).sort()).toEqual([
      "awaiting_consent:helper",
      "requested:applicant",
    ]);
  });

  const scheduleTitle =
    "the operator schedules, reschedules and completes; " +
    "the request is registered for the applicant with the documents taken";
  it(scheduleTitle, async () => {
    const visit = await requestHomeVisit({
      db: database.db,
      requester: { kind: "user", userId: ids[ahmetov!]!, iin: ahmetov! },
      input: input(),
    });
    const clerk = await staffMember(database.db, "cr-1", "clerk");
    expect(
      await codeOf(
        scheduleVisit({
          db: database.db,
          staff: clerk,
          visitId: visit.id,
          date: day(),
          window: "09:00-11:00",
          employeeId: "sc-field-1",
        }),
      ),
    ).toBe("forbidden");
    expect(
      await codeOf(
        completeVisit({ db: database.db, staff: operator, visitId: visit.id, attach: async () => 1 }),
      ),
    ).toBe("conflict");
    const scheduled = await scheduleVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      date: day(),
      window: "09:00-11:00",
      employeeId: "sc-field-1",
      version: 0,
    });
    expect(scheduled.employee).toBe("Жұмабаев Нұрлан");
    expect(toAlmaty(scheduled.scheduledFrom!)).toMatchObject({ date: day(), minutes: 9 * 60 });
    const moved = await scheduleVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      date: visitDays()[2]!,
      window: "14:00-16:00",
      employeeId: "sc-field-2",
      version: 1,
    });
    expect(
      await codeOf(
        scheduleVisit({
          db: database.db,
          staff: operator,
          visitId: visit.id,
          date: day(),
          window: "09:00-11:00",
          employeeId: "sc-field-1",
          version: 1,
        }),
      ),
    ).toBe("conflict");
    expect(
      await codeOf(
        completeVisit({
          db: database.db,
          staff: operator,
          visitId: visit.id,
          version: moved.version,
          attach: async () => 0,
        }),
      ),
    ).toBe(`validation:${JSON.stringify({ files: "visit.filesRequired" })}`);
    const done = await completeVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      version: moved.version,
      attach: async (tx, applicationId, userId) => {
        await tx.insert(attachments).values({
          id: crypto.randomUUID(),
          userId,
          applicationId,
          documentType: "takenAtVisit",
          name: "scan.pdf",
          size: 10,
          mediaType: "application/pdf",
          sha256: "0".repeat(64),
          storageKey: crypto.randomUUID(),
        });
        return 1;
      },
    });
    const [request] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, done.applicationId));
    expect(request).toMatchObject({
      userId: ids[ahmetov!],
      status: "registered",
      providerId: "cr-1",
      serviceId: "record-correction",
    });
    expect(request!.dueAt).not.toBeNull();
    expect(
      (
        await database.db
          .select()
          .from(applicationEvents)
          .where(eq(applicationEvents.applicationId, done.applicationId))
      ).map((event) => event.actor),
    ).toEqual(["operator"]);
    const history = await database.db
      .select()
      .from(homeVisitEvents)
      .where(eq(homeVisitEvents.visitId, visit.id));
    expect(
      history.map((event) => `${event.status}${event.note === "rescheduled" ? "*" : ""}`).sort(),
    ).toEqual(["completed", "requested", "scheduled", "scheduled*"]);
    const kinds = (
      await database.db.select().from(notifications).where(eq(notifications.homeVisitId, visit.id))
    )
      .map((row) => row.kind)
      .sort();
    expect(kinds).toEqual(["visitCompleted", "visitRequested", "visitScheduled", "visitScheduled"]);
    const sms = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, "notification.visitCompleted"));
    expect(sms.some((message) => message.body.includes(done.number))).toBe(true);
  });

  const phoneCallTitle =
    "a phone call: the operator enters the request for a person found by IIN; cancelling needs a reason";
  it(phoneCallTitle, async () => {
    expect(
      await codeOf(
        requestHomeVisit({
          db: database.db,
          requester: { kind: "operator", staffId: operator.id, applicantIin: "000000000000" },
          input: input(),
        }),
      ),
    ).toBe(`validation:${JSON.stringify({ applicantIin: "visit.iin" })}`);
    const visit = await requestHomeVisit({
      db: database.db,
      requester: { kind: "operator", staffId: operator.id, applicantIin: smirnov! },
      input: input({ serviceId: "birth-registration", childBirthDate: toAlmaty(new Date()).date }),
    });
    expect(visit).toMatchObject({ channel: "phone", authority: "phoneCall", applicantUserId: ids[smirnov!] });
    expect(
      await codeOf(cancelVisit({ db: database.db, staff: operator, visitId: visit.id, reason: " " })),
    ).toBe(`validation:${JSON.stringify({ reason: "field.required" })}`);
    const cancelled = await cancelVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      reason: "The applicant asked to cancel",
    });
    expect(cancelled.status).toBe("cancelled");
    const [notice] = (
      await database.db.select().from(notifications).where(eq(notifications.homeVisitId, visit.id))
    ).filter((row) => row.kind === "visitCancelled");
    expect(notice!.body).toContain("The applicant asked to cancel");
  });
});
