import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskStorage, type BlobStorage } from "@/lib/attachments/blob-storage";
import type { StaffUser } from "@/lib/auth/staff-auth";
import type { Database } from "@/lib/db/connect";
import { applicationEvents, applications, attachments, notifications, users } from "@/lib/db/schema";
import { actOnRequest } from "@/lib/office/act-on-request";
import { findOwnInspection, recordInspectionAct, scheduleInspection } from "@/lib/office/inspections";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { errorCode } from "../support/error-code";
import { headKey, staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-23T05:00:00Z");
const HOUR = 3600 * 1000;
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n");

/**
 * Foster care and adoption need the act of inspection of housing and living conditions before the
 * result (seed 003 §5.3): the executor schedules the visit, records the act, then prepares the result.
 */
describe(`housing inspection before the result (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let blobs: string;
  let storage: BlobStorage;
  let userId: string;
  let clerk: StaffUser, head: StaffUser, executor: StaffUser;

  const submitted = async (serviceId: string) => {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId,
      status: "submitted",
      number: `FC-${id.slice(0, 8)}`,
      providerId: "ed-1",
      submittedAt: NOW,
      term: { amount: 30, unit: "calendar_days", countAcceptanceDay: false },
    });
    return id;
  };
  const act = (staff: StaffUser, id: string, action: Parameters<typeof actOnRequest>[0]["action"]) =>
    actOnRequest({ db: database.db, staff, applicationId: id, action, now: NOW });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    blobs = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-inspection-"));
    storage = createDiskStorage(blobs);
    const [user] = await database.db.select().from(users).where(eq(users.iin, demoApplicantIins()[0]!));
    userId = user!.id;
    [clerk, head, executor] = await Promise.all([
      staffMember(database.db, "ed-1", "clerk"),
      staffMember(database.db, "ed-1", "head"),
      staffMember(database.db, "ed-1", "executor"),
    ]);
  });
  afterAll(async () => {
    await database?.close();
    if (blobs) fs.rmSync(blobs, { recursive: true, force: true });
  });

  it("foster care: no result without the act; schedule → record the act → prepare → sign", async () => {
    const { db } = database;
    const id = await submitted("foster-care");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect(await errorCode(act(executor, id, "prepareResult"))).toBe("inspection_required");
    expect(await findOwnInspection(db, userId, id)).toBeNull();

    const input = { date: "2026-11-25", time: "11:00", inspector: "Жұмабаева Сәуле" };
    const schedule = (staff: StaffUser, values: unknown, at = NOW) =>
      scheduleInspection({ db, staff, applicationId: id, input: values, now: at });
    expect(await errorCode(schedule(head, input))).toBe("forbidden");
    expect(
      await errorCode(schedule(executor, { date: "25.11.2026", time: "25:00", inspector: " " }), true),
    ).toBe('validation:{"date":"field.date","time":"field.time","inspector":"field.required"}');
    expect(await errorCode(schedule(executor, { ...input, date: "2026-11-20" }), true)).toBe(
      'validation:{"date":"field.datePast"}',
    );
    // Scheduled, then moved: the applicant is told each time.
    await schedule(executor, { ...input, time: "10:00" });
    const scheduled = await schedule(executor, input);
    // 11:00 in Almaty (UTC+5).
    expect(scheduled.scheduledAt.toISOString()).toBe("2026-11-25T06:00:00.000Z");
    expect(await findOwnInspection(db, userId, id)).toEqual({
      scheduledAt: new Date("2026-11-25T06:00:00.000Z"),
      inspector: "Жұмабаева Сәуле",
      recordedAt: null,
    });
    const scheduledNotices = (
      await db.select().from(notifications).where(eq(notifications.applicationId, id))
    ).filter((row) => row.kind === "inspectionScheduled");
    expect(scheduledNotices).toHaveLength(2);
    expect(scheduledNotices.every((row) => row.body.includes("Жұмабаева Сәуле"))).toBe(true);
    expect(await errorCode(act(executor, id, "prepareResult"))).toBe("inspection_required");

    // The act: findings and the scan of the signed act (a real PDF, judged by its content).
    const after = new Date("2026-11-25T08:00:00Z");
    const record = (values: unknown, file: { bytes: Uint8Array; name: string } | null) =>
      recordInspectionAct({
        db,
        staff: executor,
        storage,
        applicationId: id,
        input: values,
        file,
        now: after,
      });
    expect(await errorCode(record({ findings: "" }, null), true)).toBe(
      'validation:{"findings":"field.required","act":"field.required"}',
    );
    expect(
      await errorCode(
        record({ findings: "Fine" }, { bytes: new TextEncoder().encode("hi"), name: "a.txt" }),
        true,
      ),
    ).toBe('validation:{"act":"file.type"}');
    const recorded = await record(
      { findings: "Two rooms, heated, a separate bed for the child" },
      { bytes: pdf, name: "act.pdf" },
    );
    expect(recorded.recordedAt?.toISOString()).toBe(after.toISOString());
    const [file] = await db.select().from(attachments).where(eq(attachments.id, recorded.actAttachmentId!));
    expect(file).toMatchObject({ applicationId: id, documentType: "housingInspectionAct", userId });
    expect(await storage.get(file!.storageKey)).toEqual(pdf);
    expect((await findOwnInspection(db, userId, id))?.recordedAt?.toISOString()).toBe(after.toISOString());
    // Once only: a second act (or moving a done visit) is a conflict.
    expect(await errorCode(record({ findings: "Again" }, { bytes: pdf, name: "act.pdf" }))).toBe("conflict");
    expect(
      await errorCode(schedule(executor, { ...input, date: "2026-11-30" }, new Date(after.getTime() + HOUR))),
    ).toBe("conflict");

    expect((await act(executor, id, "prepareResult")).prepared).toBe("result");
    const { signResult } = await headKey(db, head);
    const signed = await actOnRequest({
      db,
      staff: head,
      applicationId: id,
      action: "sign",
      cms: await signResult(id, NOW),
      now: NOW,
    });
    expect(signed.status).toBe("result_ready");
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.map((event) => event.note).filter(Boolean)).toEqual([
      "inspectionScheduled",
      "inspectionScheduled",
      "inspectionRecorded",
    ]);
    const kinds = (await db.select().from(notifications).where(eq(notifications.applicationId, id))).map(
      (row) => row.kind,
    );
    expect(kinds).toContain("inspectionRecorded");
    expect(kinds).toContain("result_ready");
  });

  it("adoption needs the act too; another applicant does not see the visit", async () => {
    const { db } = database;
    const id = await submitted("adoption-registry");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect(await errorCode(act(executor, id, "prepareResult"))).toBe("inspection_required");
    await scheduleInspection({
      db,
      staff: executor,
      applicationId: id,
      input: { date: "2026-11-24", time: "15:30", inspector: "Inspector" },
      now: NOW,
    });
    const [other] = await db.select().from(users).where(eq(users.iin, demoApplicantIins()[1]!));
    expect(await findOwnInspection(db, other!.id, id)).toBeNull();
    expect(await findOwnInspection(db, userId, id)).not.toBeNull();
    // Adoption answers with a conclusion, never a reasoned refusal (seed 003 §3, second regulation).
    const refusal = actOnRequest({
      db,
      staff: executor,
      applicationId: id,
      action: "prepareRefusal",
      reason: "The housing does not meet the requirements",
      decision: { grounds: ["requirementsNotMet"] },
      now: NOW,
    });
    expect(await errorCode(refusal)).toBe("conflict");
  });

  it("services without an inspection have none to schedule", async () => {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId: "record-correction",
      status: "in_review",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "ed-1",
      executorId: executor.id,
      submittedAt: NOW,
    });
    expect(
      await errorCode(
        scheduleInspection({
          db: database.db,
          staff: executor,
          applicationId: id,
          input: { date: "2026-11-24", time: "15:30", inspector: "Inspector" },
          now: NOW,
        }),
      ),
    ).toBe("conflict");
  });
});
