import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applications, providers, resultDocuments, users } from "@/lib/db/schema";
import { loadReceipt } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { actOnRequest } from "@/lib/office/act-on-request";
import { loadResultPdf, renderResultPdf } from "@/lib/results/result-pdf";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { pdfQrCodes, popplerText } from "../support/pdf-qr";
import { pdfText } from "../support/pdf-text";
import { headKey, staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-23T05:00:00Z");
const ORIGIN = "https://qyzmet.example";

describe(`the result and the receipt as PDF with a QR code (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let owner: { id: string; iin: string };
  let other: { id: string; iin: string };
  let clerk: StaffUser, head: StaffUser, executor: StaffUser;
  let office: typeof providers.$inferSelect;

  async function signed(outcome: "prepareResult" | "prepareRefusal") {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId: owner.id,
      serviceId: "record-correction",
      status: "submitted",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: NOW,
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    });
    const act = (staff: StaffUser, action: Parameters<typeof actOnRequest>[0]["action"], extra = {}) =>
      actOnRequest({ db: database.db, staff, applicationId: id, action, now: NOW, ...extra });
    await act(clerk, "register");
    await act(head, "assign");
    await act(
      executor,
      outcome,
      outcome === "prepareRefusal"
        ? { reason: "No archive record in Almaty", decision: { grounds: ["noActRecord"] } }
        : {},
    );
    const key = await headKey(database.db, head);
    await act(head, "sign", { cms: await key.signResult(id, NOW) });
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, id));
    return { id, number: `RC-${id.slice(0, 8)}`, document: document! };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [first, second] = demoApplicantIins();
    const user = async (iin: string) => {
      const [row] = await database.db.select().from(users).where(eq(users.iin, iin));
      return { id: row!.id, iin };
    };
    [owner, other] = await Promise.all([user(first!), user(second!)]);
    [clerk, head, executor] = await Promise.all([
      staffMember(database.db, "cr-1", "clerk"),
      staffMember(database.db, "cr-1", "head"),
      staffMember(database.db, "cr-1", "executor"),
    ]);
    office = (await database.db.select().from(providers).where(eq(providers.id, "cr-1")))[0]!;
  });
  afterAll(async () => {
    await database?.close();
  });

  const resultTitle =
    "the result PDF names provider, BIN, both numbers, the decision, where to collect, the signer by name; " +
    "its QR leads to the verify page";
  it(resultTitle, async () => {
    const { id, number, document } = await signed("prepareResult");
    const found = await loadResultPdf({
      db: database.db,
      userId: owner.id,
      id,
      locale: "en",
      origin: ORIGIN,
    });
    expect(found?.number).toBe(document.number);
    const bytes = await renderResultPdf(found!.document);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = popplerText(bytes);
    for (const expected of [
      "Result of the public service",
      office.name,
      office.bin,
      number,
      document.number,
      "The service has been rendered: Notice of the repeat certificate",
      "Where and when to collect",
      office.address,
      office.phone!,
      "Mon–Fri, 09:00–18:30",
      "БЕКЕНОВ МАРАТ",
      "Head of the service provider",
    ])
      expect(text).toContain(expected);
    // The signer by name: never the raw certificate subject nor the official's IIN.
    expect(text).not.toMatch(/CN=|IIN|OU=|2\.5\.4\./);
    expect(text).not.toContain(head.iin!);
    expect(pdfQrCodes(bytes)).toEqual([`${ORIGIN}/en/verify?number=${document.number}`]);
    // In Kazakh: the same document in the applicant's language (pdf-lib's own reading of the text).
    const kk = await loadResultPdf({ db: database.db, userId: owner.id, id, locale: "kk", origin: ORIGIN });
    const kkText = (await pdfText(await renderResultPdf(kk!.document))).replace(/\s+/g, " ");
    expect(kkText).toContain("Мемлекеттік қызмет көрсету нәтижесі");
    expect(kkText).toContain("Қызмет көрсетілді");
    expect(kkText).toContain("Көрсетілетін қызметті берушінің басшысы");
  });

  it("a refusal's PDF gives its grounds and explanation, and no place to collect", async () => {
    const { id, document } = await signed("prepareRefusal");
    const found = await loadResultPdf({
      db: database.db,
      userId: owner.id,
      id,
      locale: "ru",
      origin: ORIGIN,
    });
    const bytes = await renderResultPdf(found!.document);
    const text = popplerText(bytes);
    expect(text).toContain("В оказании услуги отказано (мотивированный отказ)");
    expect(text).toContain("Основания");
    expect(text).toContain("В ИС ЗАГС нет такой актовой записи");
    expect(text).toContain("No archive record in Almaty");
    expect(text).toContain(document.number);
    expect(text).not.toContain("Где и когда получить");
    expect(pdfQrCodes(bytes)).toEqual([`${ORIGIN}/ru/verify?number=${document.number}`]);
  });

  it("another applicant's request, an unsigned one or a bad id has no PDF (the route's 404)", async () => {
    const { id } = await signed("prepareResult");
    const load = (userId: string, applicationId: string) =>
      loadResultPdf({ db: database.db, userId, id: applicationId, locale: "en", origin: ORIGIN });
    expect(await load(other.id, id)).toBeNull();
    expect(await load(owner.id, "not-an-id")).toBeNull();
    expect(await load(owner.id, crypto.randomUUID())).toBeNull();
    await database.db
      .update(resultDocuments)
      .set({ signatureCms: null })
      .where(eq(resultDocuments.applicationId, id));
    expect(await load(owner.id, id)).toBeNull();
  });

  it("the receipt PDF names the result's signer and its QR leads to the verify page", async () => {
    const { id, number, document } = await signed("prepareResult");
    const receipt = await loadReceipt({
      db: database.db,
      userId: owner.id,
      iin: owner.iin,
      id,
      locale: "en",
    });
    const bytes = await renderReceiptPdf(receipt!, { locale: "en", origin: ORIGIN });
    const text = popplerText(bytes);
    expect(text).toContain(number);
    expect(text).toContain(`Notice of the repeat certificate, № ${document.number}`);
    expect(text).toContain("Signed by");
    expect(text).toContain("БЕКЕНОВ МАРАТ");
    expect(text).toContain(office.address);
    expect(text).not.toMatch(/CN=|IIN|OU=|2\.5\.4\./);
    expect(pdfQrCodes(bytes)).toEqual([`${ORIGIN}/en/verify?number=${document.number}`]);
    // Before a signed result, the receipt's QR leads to the request in the cabinet.
    await database.db
      .update(resultDocuments)
      .set({ signatureCms: null })
      .where(eq(resultDocuments.applicationId, id));
    const early = await loadReceipt({ db: database.db, userId: owner.id, iin: owner.iin, id, locale: "kk" });
    const earlyPdf = await renderReceiptPdf(early!, { locale: "kk", origin: ORIGIN });
    expect(pdfQrCodes(earlyPdf)).toEqual([`${ORIGIN}/kk/cabinet/applications/${id}`]);
  });
});
