import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applicationEvents, applications, notifications, users } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { actOnRequest } from "@/lib/office/act-on-request";
import { workQueue } from "@/lib/office/queue";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { headKey, staffMember } from "../support/staff-signer";
import { errorCode } from "../support/error-code";
import { createTestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-23T05:00:00Z");

describe(`provider office: steps, authorisation, concurrency (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let userId: string;
  let clerk: StaffUser, head: StaffUser, executor: StaffUser, otherClerk: StaffUser;
  let signResult: (applicationId: string, at: Date) => Promise<string>;
  const submitted = async (serviceId = "record-correction") => {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId,
      status: "submitted",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: NOW,
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    });
    return id;
  };
  const act = async (
    staff: StaffUser,
    applicationId: string,
    action: Parameters<typeof actOnRequest>[0]["action"],
    reason?: string,
    grounds?: string[],
  ) =>
    actOnRequest({
      db: database.db,
      staff,
      applicationId,
      action,
      reason,
      decision: { grounds },
      now: NOW,
      cms: action === "sign" ? await signResult(applicationId, NOW) : undefined,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [user] = await database.db.select().from(users).where(eq(users.iin, demoApplicantIins()[0]!));
    userId = user!.id;
    [clerk, head, executor, otherClerk] = await Promise.all([
      staffMember(database.db, "cr-1", "clerk"),
      staffMember(database.db, "cr-1", "head"),
      staffMember(database.db, "cr-1", "executor"),
      staffMember(database.db, "cr-2", "clerk"),
    ]);
    signResult = (await headKey(database.db, head)).signResult;
  });
  afterAll(async () => {
    await database?.close();
  });

  it("clerk registers, head assigns, executor extends and prepares, head signs, clerk issues", async () => {
    const id = await submitted();
    expect((await act(clerk, id, "register")).status).toBe("registered");
    expect((await act(head, id, "assign")).status).toBe("in_review");
    const extended = await act(executor, id, "extend", "A request to the archive of another region");
    expect(extended.status).toBe("extended");
    // 30 calendar days from registration on Mon 23 Nov (not counted): Wed 23 Dec, 18:00 local.
    expect(extended.extendedDueAt?.toISOString()).toBe("2026-12-23T13:00:00.000Z");
    expect((await act(executor, id, "prepareResult")).status).toBe("extended");
    expect((await act(head, id, "sign")).status).toBe("result_ready");
    expect((await act(clerk, id, "issue")).status).toBe("issued");
    const events = await database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id));
    expect(events.map((event) => event.status)).toEqual([
      "registered",
      "in_review",
      "extended",
      "extended",
      "result_ready",
      "issued",
    ]);
    const notices = await database.db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(notices.map((notice) => notice.kind).sort()).toEqual([
      "extended",
      "issued",
      "registered",
      "result_ready",
    ]);
    expect(notices.find((notice) => notice.kind === "extended")?.body).toContain(
      "A request to the archive of another region",
    );
  });

  it("a prepared refusal signed by the head refuses with the reason", async () => {
    const id = await submitted();
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect(await errorCode(act(executor, id, "prepareRefusal"))).toBe("validation");
    await act(executor, id, "prepareRefusal", "The court decision is not final", ["requirementsNotMet"]);
    expect((await act(head, id, "sign")).status).toBe("refused");
    const notice = (
      await database.db.select().from(notifications).where(eq(notifications.applicationId, id))
    ).find((row) => row.kind === "refusedByProvider");
    expect(notice!.body).toContain("The court decision is not final");
  });

  const ownActionsTitle =
    "each role does only its own actions; other providers' requests do not exist; illegal steps are 409";
  it(ownActionsTitle, async () => {
    const id = await submitted();
    expect(await errorCode(act(otherClerk, id, "register"))).toBe("not_found");
    expect(await errorCode(act(head, id, "register"))).toBe("forbidden");
    expect(await errorCode(act(executor, id, "assign"))).toBe("forbidden");
    expect(await errorCode(act(clerk, id, "issue"))).toBe("conflict");
    await act(clerk, id, "register");
    expect(await errorCode(act(clerk, id, "register"))).toBe("conflict");
  });

  it("two staff acting at once: one succeeds, the other gets 409, the history stays consistent", async () => {
    const id = await submitted();
    const results = await Promise.all([
      errorCode(act(clerk, id, "register")),
      errorCode(act(clerk, id, "refuseIntake", "Incomplete set of documents", ["incompleteSet"])),
    ]);
    expect(results.sort()).toEqual(["conflict", "ok"]);
    const events = await database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id));
    expect(events).toHaveLength(1);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.status).toBe(events[0]!.status);
    expect(row!.version).toBe(1);
  });
});

describe(`office work queue: role filter, overdue first, pages (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  afterAll(async () => {
    await database?.close();
  });

  const queueTitle =
    "lists what the role can act on now, overdue first, 50 a page, with the step and its limit";
  it(queueTitle, async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [user] = await database.db.select().from(users).where(eq(users.iin, demoApplicantIins()[0]!));
    const now = new Date("2026-11-23T05:00:00Z");
    const DAY = 24 * 3600 * 1000;
    const rows = Array.from({ length: 60 }, (_, index) => ({
      id: crypto.randomUUID(),
      userId: user!.id,
      serviceId: "record-correction",
      status: (index % 3 === 0 ? "registered" : "submitted") as "registered" | "submitted",
      number: `RC-Q${String(index).padStart(3, "0")}`,
      providerId: index === 59 ? "cr-2" : "cr-1",
      submittedAt: now,
      updatedAt: now,
      dueAt: new Date(now.getTime() + (index - 10) * DAY),
      term: { amount: 15, unit: "calendar_days" as const, countAcceptanceDay: false },
    }));
    await database.db.insert(applications).values(rows);
    const clerk = await staffMember(database.db, "cr-1", "clerk");
    const first = await workQueue(database.db, clerk, { now });
    const expected = rows.filter((row) => row.status === "submitted" && row.providerId === "cr-1");
    expect(first.total).toBe(expected.length);
    expect(first.items.map((item) => item.row.number)).toEqual(
      expected.map((row) => row.number).slice(0, 39),
    );
    expect(first.items.filter((item) => item.overdue).length).toBe(
      expected.filter((row) => row.dueAt < now).length,
    );
    expect(first.items[0]!.step).toMatchObject({
      step: "register",
      limit: { minutes: 20 },
      dueAt: new Date(now.getTime() + 20 * 60_000),
    });
    const head = await staffMember(database.db, "cr-1", "head");
    const heads = await workQueue(database.db, head, { now });
    expect(heads.items.every((item) => item.row.status === "registered")).toBe(true);
    expect(heads.items[0]!.step?.step).toBe("assign");
    const many = Array.from({ length: 60 }, (_, index) => ({
      ...rows[1]!,
      id: crypto.randomUUID(),
      number: `RC-P${index}`,
      dueAt: new Date(now.getTime() + 100 * DAY),
    }));
    await database.db.insert(applications).values(many);
    const second = await workQueue(database.db, clerk, { now, page: 2 });
    expect(second.pages).toBe(2);
    expect(second.items).toHaveLength(expected.length + 60 - 50);
    // A page past the end has no rows to carry the window count: the total is still the queue's.
    const past = await workQueue(database.db, clerk, { now, page: 3 });
    expect(past).toMatchObject({ items: [], total: expected.length + 60, pages: 2 });
  });
});
