import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/local-date";
import { toAlmaty } from "@/lib/calendar";
import type { Database } from "@/lib/db/connect";
import { applications, attachments, homeVisits, notifications, providers, users } from "@/lib/db/schema";
import { loadReceipt } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { completeVisit, scheduleVisit } from "@/lib/home-visits/operator";
import { requestHomeVisit } from "@/lib/home-visits/request-visit";
import { visitDays } from "@/lib/home-visits/slots";
import { actOnRequest } from "@/lib/office/act-on-request";
import { findResultDocument } from "@/lib/results/result-document";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { errorCode } from "../support/error-code";
import { pdfText } from "../support/pdf-text";
import { headKey, staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

const codeOf = (promise: Promise<unknown>) => errorCode(promise, true);

const title =
  "service data: home visits only where 002 §12 names them, the declared health reason, the late term " +
  `on the home-visit path, where to collect the result (${process.env.TEST_DATABASE})`;
describe(title, () => {
  let database: Database;
  let operator: StaffUser;
  const [ahmetov, , , smirnov] = demoApplicantIins();
  const ids: Record<string, string> = {};
  const today = () => toAlmaty(new Date()).date;
  const input = (extra: Record<string, unknown> = {}) => ({
    serviceId: "record-correction",
    healthReason: "disabilityGroup2",
    address: "Іле ауданы, Өтеген батыр, Абай көшесі, 12",
    phone: "+77011234567",
    preferredSlots: [{ date: visitDays()[1]!, from: "09:00", to: "11:00" }],
    ...extra,
  });
  const byUser = (extra: Record<string, unknown> = {}) =>
    requestHomeVisit({
      db: database.db,
      requester: { kind: "user", userId: ids[ahmetov!]!, iin: ahmetov! },
      input: input(extra),
    });
  const scan = async (tx: typeof database.db, applicationId: string, userId: string) => {
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
  };
  /** A birth registration taken at home for Smirnov, the child born on `birthDate`: its request. */
  async function takenAtHome(birthDate: string) {
    const visit = await requestHomeVisit({
      db: database.db,
      requester: { kind: "operator", staffId: operator.id, applicantIin: smirnov! },
      input: input({ serviceId: "birth-registration", childBirthDate: birthDate }),
    });
    const scheduled = await scheduleVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      date: visitDays()[1]!,
      window: "09:00-11:00",
      employeeId: "sc-field-1",
    });
    const done = await completeVisit({
      db: database.db,
      staff: operator,
      visitId: visit.id,
      version: scheduled.version,
      attach: scan,
    });
    const [request] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, done.applicationId));
    return request!;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    for (const iin of [ahmetov, smirnov])
      ids[iin!] = (await database.db.select().from(users).where(eq(users.iin, iin!)))[0]!.id;
    operator = await staffMember(database.db, "sc-1", "operator");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a home visit for birth registration and record changes only (002 §12)", async () => {
    for (const serviceId of ["foster-care", "adoption-registry", "record-restoration"])
      expect(await codeOf(byUser({ serviceId }))).toBe(
        `validation:${JSON.stringify({ serviceId: "visit.serviceNotOffered" })}`,
      );
    expect((await byUser()).status).toBe("requested");
    expect(
      (await byUser({ serviceId: "birth-registration", childBirthDate: addDays(today(), -1) })).status,
    ).toBe("requested");
  });

  it("needs the declared health reason, described when there is no group, and stores it", async () => {
    expect(await codeOf(byUser({ healthReason: undefined }))).toBe(
      `validation:${JSON.stringify({ healthReason: "field.choose" })}`,
    );
    expect(await codeOf(byUser({ healthReason: "persistentDisorder" }))).toBe(
      `validation:${JSON.stringify({ healthReasonText: "field.required" })}`,
    );
    const visit = await byUser({
      healthReason: "persistentDisorder",
      healthReasonText: "Cannot walk after a stroke",
    });
    const [stored] = await database.db.select().from(homeVisits).where(eq(homeVisits.id, visit.id));
    expect(stored).toMatchObject({
      healthReason: "persistentDisorder",
      healthReasonText: "Cannot walk after a stroke",
    });
  });

  it("asks the birth date for birth registration; the late term applies at home too", async () => {
    expect(await codeOf(byUser({ serviceId: "birth-registration" }))).toBe(
      `validation:${JSON.stringify({ childBirthDate: "field.required" })}`,
    );
    expect(
      await codeOf(byUser({ serviceId: "birth-registration", childBirthDate: addDays(today(), 2) })),
    ).toBe(`validation:${JSON.stringify({ childBirthDate: "field.date" })}`);
    const late = await takenAtHome(addDays(today(), -40));
    expect(late.term).toEqual({ amount: 15, unit: "calendar_days", countAcceptanceDay: false });
    expect(late.data).toMatchObject({ intake: "homeVisit", childBirthDate: addDays(today(), -40) });
    const inTime = await takenAtHome(today());
    expect(inTime.term).toEqual({ amount: 2, unit: "working_days", countAcceptanceDay: false });
  });

  const receiptTitle =
    "the receipt of a request taken at home names the employee who took it and the office, address, " +
    "hours and phone where the result is collected, on the page and in the PDF";
  it(receiptTitle, async () => {
    const request = await takenAtHome(addDays(today(), -1));
    const [office] = await database.db.select().from(providers).where(eq(providers.id, request.providerId!));
    expect(office).toMatchObject({ hours: { days: "mon-fri", open: "09:00", close: "18:30" } });
    expect(office!.phone).toMatch(/^\+7 7112 /);
    const receipt = await loadReceipt({
      db: database.db,
      userId: ids[smirnov!]!,
      iin: smirnov!,
      id: request.id,
      locale: "kk",
    });
    const row = (label: string) => receipt!.rows.find((candidate) => candidate.label === label)?.value;
    expect(row("Қабылдаған")).toBe("Мемлекеттік корпорация қызметкері Жұмабаев Нұрлан (үйге барғанда)");
    const place = row("Нәтижені беру орны")!;
    expect(place).toBe(
      `${office!.name}, ${office!.address}; дүйсенбі–жұма, 09:00–18:30, түскі үзіліс 13:00–14:30; ` +
        `тел.: ${office!.phone}`,
    );
    expect(receipt!.rows.map((candidate) => candidate.value).join(" ")).not.toContain("портал");
    const text = (
      await pdfText(await renderReceiptPdf(receipt!, { locale: "kk", origin: "http://localhost:3000" }))
    ).replace(/\s+/g, " ");
    expect(text).toContain(office!.address);
    expect(text).toContain(office!.phone!);
    expect(text).toContain("Жұмабаев Нұрлан");
  });

  it("the result-ready notice and the signed result say where: office, address, hours", async () => {
    const request = await takenAtHome(addDays(today(), -1));
    const providerId = request.providerId!;
    const [head, executor] = await Promise.all([
      staffMember(database.db, providerId, "head"),
      staffMember(database.db, providerId, "executor"),
    ]);
    const now = new Date();
    const act = (staff: StaffUser, action: "assign" | "prepareResult" | "sign", cms?: string) =>
      actOnRequest({
        db: database.db,
        staff,
        applicationId: request.id,
        action,
        cms,
        now,
        // Birth registration's result names when the certificate is issued (seed 002 §3).
        decision: action === "prepareResult" ? { issueAt: `${addDays(today(), 3)}T11:00` } : undefined,
      });
    await act(head, "assign");
    await act(executor, "prepareResult");
    const key = await headKey(database.db, head);
    expect((await act(head, "sign", await key.signResult(request.id, now))).status).toBe("result_ready");
    const [office] = await database.db.select().from(providers).where(eq(providers.id, providerId));
    const [notice] = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.applicationId, request.id), eq(notifications.kind, "result_ready")));
    expect(notice!.body).toContain(`${office!.name}, ${office!.address}`);
    expect(notice!.body).toContain(office!.phone!);
    expect(notice!.body).toContain("09:00–18:30");
    const content = JSON.parse((await findResultDocument(database.db, request.id))!.content);
    expect(content.provider).toMatchObject({
      address: office!.address,
      phone: office!.phone,
      hours: { days: "mon-fri", open: "09:00", close: "18:30", lunch: "13:00-14:30" },
    });
  });
});
