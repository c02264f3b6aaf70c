import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import {
  applicationEvents,
  applications,
  attachments,
  blobs,
  homeVisitEvents,
  notifications,
  users,
} from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { createDraft, deleteDraft, listOwnDrafts, patchDraft } from "@/lib/applications/drafts";
import { findDuplicateBirths } from "@/lib/applications/duplicate-birth";
import { withdrawApplication } from "@/lib/applications/withdraw";
import { createDatabaseStorage } from "@/lib/attachments/database-blob-storage";
import { cancelOwnVisit, requestVisitMove } from "@/lib/home-visits/applicant-changes";
import { scheduleVisit } from "@/lib/home-visits/operator";
import { requestHomeVisit } from "@/lib/home-visits/request-visit";
import { visitDays } from "@/lib/home-visits/slots";
import { fieldEmployees } from "@/lib/home-visits/employees";
import { actOnRequest } from "@/lib/office/act-on-request";
import { workQueue } from "@/lib/office/queue";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { staffMember } from "../support/staff-signer";
import { errorCode } from "../support/error-code";
import { createTestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-23T05:00:00Z");

describe(`drafts, withdrawals, home-visit changes, duplicate births (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let ahmetov: string, serikov: string;
  let clerk: StaffUser, head: StaffUser, executor: StaffUser, operator: StaffUser;
  const userOf = async (iin: string) =>
    (await database.db.select().from(users).where(eq(users.iin, iin)))[0]!.id;
  const submitted = async (
    userId: string,
    extra: Partial<typeof applications.$inferInsert> = {},
  ): Promise<string> => {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId: "record-correction",
      status: "submitted",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: NOW,
      dueAt: new Date(NOW.getTime() + 15 * 86_400_000),
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
      ...extra,
    });
    return id;
  };
  const act = (staff: StaffUser, applicationId: string, action: "register" | "assign" | "prepareResult") =>
    actOnRequest({ db: database.db, staff, applicationId, action, now: NOW });
  const eventsOf = (applicationId: string) =>
    database.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId));
  const noticesOf = (applicationId: string) =>
    database.db.select().from(notifications).where(eq(notifications.applicationId, applicationId));

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [first, , third] = demoApplicantIins();
    [ahmetov, serikov] = await Promise.all([userOf(first!), userOf(third!)]);
    [clerk, head, executor, operator] = await Promise.all([
      staffMember(database.db, "cr-1", "clerk"),
      staffMember(database.db, "cr-1", "head"),
      staffMember(database.db, "cr-1", "executor"),
      staffMember(database.db, "sc-1", "operator"),
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("lists the owner's drafts by service, last saved first, and nobody else's", async () => {
    const older = await createDraft({ db: database.db, userId: ahmetov, serviceId: "adoption-registry" });
    const newer = await createDraft({ db: database.db, userId: ahmetov, serviceId: "adoption-registry" });
    const other = await createDraft({ db: database.db, userId: ahmetov, serviceId: "record-correction" });
    await patchDraft({ db: database.db, userId: ahmetov, applicationId: older.id, data: {} });
    const mine = await listOwnDrafts(database.db, ahmetov, "adoption-registry");
    expect(mine.map((row) => row.id)).toEqual([older.id, newer.id]);
    expect(mine[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(mine[0]!.createdAt.getTime());
    expect((await listOwnDrafts(database.db, ahmetov)).map((row) => row.id)).toContain(other.id);
    expect(await listOwnDrafts(database.db, serikov, "adoption-registry")).toEqual([]);
    // A submitted request is no draft.
    await submitted(ahmetov, { serviceId: "adoption-registry" });
    expect(await listOwnDrafts(database.db, ahmetov, "adoption-registry")).toHaveLength(2);
  });

  it("deletes a draft with its uploaded files; again, or someone else's, is not found", async () => {
    const storage = createDatabaseStorage(database.db);
    const draft = await createDraft({ db: database.db, userId: ahmetov, serviceId: "record-correction" });
    const key = `draft-file-${crypto.randomUUID().slice(0, 8)}`;
    await storage.put(key, new TextEncoder().encode("%PDF-1.4 test"));
    await database.db.insert(attachments).values({
      id: crypto.randomUUID(),
      userId: ahmetov,
      applicationId: draft.id,
      documentType: "identityDocument",
      name: "passport.pdf",
      size: 13,
      mediaType: "application/pdf",
      sha256: "0".repeat(64),
      storageKey: key,
    });
    const remove = (userId: string) =>
      deleteDraft({ db: database.db, userId, applicationId: draft.id, storage });
    expect(await errorCode(remove(serikov))).toBe("not_found");
    expect(await errorCode(remove(ahmetov))).toBe("ok");
    expect(await database.db.select().from(applications).where(eq(applications.id, draft.id))).toEqual([]);
    expect(
      await database.db.select().from(attachments).where(eq(attachments.applicationId, draft.id)),
    ).toEqual([]);
    expect(await database.db.select().from(blobs).where(eq(blobs.key, key))).toEqual([]);
    expect(await storage.get(key)).toBeNull();
    expect(await errorCode(remove(ahmetov))).toBe("not_found");
    const sent = await submitted(ahmetov);
    expect(
      await errorCode(deleteDraft({ db: database.db, userId: ahmetov, applicationId: sent, storage })),
    ).toBe("conflict");
  });

  it("withdraws a request in review: event, notice, off the queue; idempotent", async () => {
    const id = await submitted(ahmetov);
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect((await workQueue(database.db, executor, { now: NOW })).items.map((item) => item.row.id)).toContain(
      id,
    );
    const at = new Date(NOW.getTime() + 3600_000);
    const row = await withdrawApplication({ db: database.db, userId: ahmetov, applicationId: id, now: at });
    expect(row).toMatchObject({ status: "withdrawn", version: 3 });
    const again = await withdrawApplication({ db: database.db, userId: ahmetov, applicationId: id });
    expect(again.status).toBe("withdrawn");
    const events = await eventsOf(id);
    expect(events.filter((event) => event.status === "withdrawn")).toEqual([
      expect.objectContaining({ actor: "applicant", at }),
    ]);
    const notices = (await noticesOf(id)).filter((notice) => notice.kind === "withdrawn");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toContain(row.number!);
    for (const staff of [clerk, head, executor])
      expect(
        (await workQueue(database.db, staff, { now: NOW })).items.map((item) => item.row.id),
      ).not.toContain(id);
    expect(await errorCode(act(executor, id, "prepareResult"))).toBe("conflict");
  });

  it("refuses a withdrawal once the result is prepared, and anybody else's request", async () => {
    const id = await submitted(ahmetov);
    expect(
      await errorCode(withdrawApplication({ db: database.db, userId: serikov, applicationId: id })),
    ).toBe("not_found");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    await act(executor, id, "prepareResult");
    expect(
      await errorCode(withdrawApplication({ db: database.db, userId: ahmetov, applicationId: id })),
    ).toBe("conflict");
    const draft = await createDraft({ db: database.db, userId: ahmetov, serviceId: "record-correction" });
    expect(
      await errorCode(withdrawApplication({ db: database.db, userId: ahmetov, applicationId: draft.id })),
    ).toBe("not_found");
    expect(
      await errorCode(withdrawApplication({ db: database.db, userId: ahmetov, applicationId: "nonsense" })),
    ).toBe("not_found");
  });

  it("moves a visit back to the operator and cancels it, until 24 h before", async () => {
    // The second working day from tomorrow starts more than 24 h from now.
    const [, first, second] = visitDays();
    const visit = await requestHomeVisit({
      db: database.db,
      requester: { kind: "user", userId: ahmetov, iin: demoApplicantIins()[0]! },
      input: {
        serviceId: "record-correction",
        healthReason: "disabilityGroup1",
        address: "Іле ауданы, Өтеген батыр, Абай көшесі, 12",
        phone: "+77011234567",
        preferredSlots: [{ date: first!, from: "09:00", to: "11:00" }],
        needs: [],
      },
    });
    const scheduled = await scheduleVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      date: first!,
      window: "09:00-11:00",
      employeeId: fieldEmployees[0]!.id,
    });
    expect(scheduled.status).toBe("scheduled");
    const move = (input: unknown, userId = ahmetov, now?: Date) =>
      requestVisitMove({ db: database.db, userId, visitId: visit.id, input, now });
    expect(await errorCode(move({ date: "2020-01-01", window: "09:00-11:00" }), true)).toBe(
      `validation:${JSON.stringify({ date: "visit.slotDay" })}`,
    );
    expect(await errorCode(move({ date: second, window: "12:00-13:00" }), true)).toBe(
      `validation:${JSON.stringify({ window: "visit.slotWindow" })}`,
    );
    expect(await errorCode(move({ date: second, window: "14:00-16:00" }, serikov))).toBe("not_found");
    // Under 24 h before the visit: only the contact centre can change it.
    const late = new Date(scheduled.scheduledFrom!.getTime() - 23 * 3600_000);
    expect(await errorCode(move({ date: second, window: "14:00-16:00" }, ahmetov, late), true)).toBe(
      `conflict:${JSON.stringify({ form: "visit.tooLate" })}`,
    );
    const moved = await move({ date: second, window: "14:00-16:00" });
    expect(moved).toMatchObject({
      status: "requested",
      preferredSlots: [{ date: second, from: "14:00", to: "16:00" }],
      scheduledFrom: null,
      employee: null,
    });
    // The same wish posted again changes nothing.
    expect((await move({ date: second, window: "14:00-16:00" })).version).toBe(moved.version);
    const cancelled = await cancelOwnVisit({ db: database.db, userId: ahmetov, visitId: visit.id });
    expect(cancelled.status).toBe("cancelled");
    expect((await cancelOwnVisit({ db: database.db, userId: ahmetov, visitId: visit.id })).version).toBe(
      cancelled.version,
    );
    const history = await database.db
      .select()
      .from(homeVisitEvents)
      .where(eq(homeVisitEvents.visitId, visit.id))
      .orderBy(homeVisitEvents.at);
    expect(history.map((event) => [event.status, event.actor, event.note])).toEqual([
      ["requested", "applicant", null],
      ["scheduled", "operator", null],
      ["requested", "applicant", "moveRequested"],
      ["cancelled", "applicant", "byApplicant"],
    ]);
    const kinds = (
      await database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.homeVisitId, visit.id), eq(notifications.userId, ahmetov)))
    ).map((notice) => notice.kind);
    expect(kinds).toEqual(expect.arrayContaining(["visitMoveRequested", "visitCancelledByApplicant"]));
    expect(await errorCode(move({ date: second, window: "14:00-16:00" }))).toBe("conflict");
  });

  it("finds the other parent's registration of the child, not drafts or other children", async () => {
    const child = { motherIin: "890214410141", childBirthDate: "2026-11-20", childGivenName: "Әлихан" };
    const birth = (
      userId: string,
      status: "submitted" | "draft" | "withdrawn",
      data: Record<string, string>,
    ) => submitted(userId, { serviceId: "birth-registration", status, data });
    const byFather = await birth(ahmetov, "submitted", child);
    await birth(ahmetov, "withdrawn", child);
    await birth(serikov, "draft", child);
    await birth(serikov, "submitted", { ...child, childGivenName: "Айлин" });
    const mine = { id: crypto.randomUUID(), serviceId: "birth-registration", status: "draft" };
    const found = await findDuplicateBirths(database.db, {
      ...mine,
      data: { ...child, childGivenName: "ӘЛИХАН" },
    });
    expect(found.map((row) => row.id)).toEqual([byFather]);
    expect(
      await findDuplicateBirths(database.db, { ...mine, data: { ...child, childBirthDate: "2026-11-21" } }),
    ).toEqual([]);
    expect(
      await findDuplicateBirths(database.db, { ...mine, serviceId: "record-correction", data: child }),
    ).toEqual([]);
  });
});
