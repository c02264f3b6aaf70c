import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, patchDraft, saveStep } from "@/lib/applications/drafts";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { signInWithEds } from "@/lib/auth/eds-sign-in";
import { signInStaff, type StaffUser } from "@/lib/auth/staff-auth";
import type { Database } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { cancelVisit } from "@/lib/home-visits/operator";
import { requestHomeVisit } from "@/lib/home-visits/request-visit";
import { visitDays } from "@/lib/home-visits/slots";
import { actOnRequest } from "@/lib/office/act-on-request";
import { workQueue } from "@/lib/office/queue";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { errorCode } from "../support/error-code";
import { staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

const codeOf = (promise: Promise<unknown>) => errorCode(promise, true);
const refused = 'validation:{"FIELD":"field.characters"}';
const noStorage: BlobStorage = {
  put: async () => undefined,
  get: async () => null,
  delete: async () => undefined,
};

/**
 * Finding 8 at the domain level: what made PostgreSQL fail (NUL in text, ids that are no UUID, a page
 * past the end of bigint) is a coded 4xx now, on PGlite and on PostgreSQL alike.
 */
describe(`bad input never reaches SQL (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let userId: string;
  let clerk: StaffUser;
  let operator: StaffUser;
  const [ahmetov] = demoApplicantIins();

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    userId = (await database.db.select().from(users).where(eq(users.iin, ahmetov!)))[0]!.id;
    clerk = await staffMember(database.db, "cr-1", "clerk");
    operator = await staffMember(database.db, "sc-1", "operator");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("NUL, other controls and lone surrogates in a step or a PATCH are a field error", async () => {
    const { db } = database;
    const { id } = await createDraft({ db, userId, serviceId: "birth-registration" });
    for (const bad of ["Ахмет\u0000ов", "a\u001bb", "\ud800"]) {
      const step = saveStep({
        db,
        userId,
        iin: ahmetov!,
        applicationId: id,
        stepId: "child",
        input: { childSurname: bad },
      });
      expect(await codeOf(step)).toContain('"childSurname":"field.characters"');
      const patch = patchDraft({ db, userId, applicationId: id, data: { childSurname: bad } });
      expect(await codeOf(patch)).toBe(refused.replace("FIELD", "childSurname"));
    }
  });

  it("a home visit with NUL in the address or the power-of-attorney number is a field error", async () => {
    const visit = (extra: Record<string, unknown>) =>
      requestHomeVisit({
        db: database.db,
        requester: { kind: "user", userId, iin: ahmetov! },
        input: {
          serviceId: "record-correction",
          healthReason: "disabilityGroup1",
          address: "Іле ауданы, Абай көшесі, 12",
          phone: "+77011234567",
          preferredSlots: [{ date: visitDays()[1]!, from: "09:00", to: "11:00" }],
          ...extra,
        },
      });
    expect(await codeOf(visit({ address: "Абай көшесі\u0000 12" }))).toBe(
      refused.replace("FIELD", "address"),
    );
    const power = visit({
      onBehalfOf: { iin: "800410310281", authority: "powerOfAttorney", powerOfAttorney: "POA\u0000" },
    });
    expect(await codeOf(power)).toBe(refused.replace("FIELD", "powerOfAttorney"));
  });

  it("office and operator steps: an id that is no UUID is not found, NUL in a reason a field error", async () => {
    const { db } = database;
    expect(
      await codeOf(actOnRequest({ db, staff: clerk, applicationId: "x'\u0000", action: "register" })),
    ).toBe("not_found");
    const cancel = cancelVisit({ db, staff: operator, visitId: crypto.randomUUID(), reason: "a\u0000" });
    expect(await codeOf(cancel)).toBe(refused.replace("FIELD", "reason"));
  });

  it("sign-in steps: NUL in a staff login or an EDS challenge is a validation error", async () => {
    const { db } = database;
    const staff = signInStaff({ db, input: { login: "cr-1-clerk\u0000", password: "x" }, client: "test" });
    expect(await codeOf(staff)).toBe(refused.replace("FIELD", "login"));
    const eds = signInWithEds({ db, input: { challenge: "a".repeat(20) + "\u0000", cms: "x" } });
    expect(await codeOf(eds)).toBe('validation:{"challenge":"codes.validation"}');
  });

  it("an upload for a draft id that is no UUID is not found; a page past the end is the first", async () => {
    const { db } = database;
    const upload = storeAttachment({
      db,
      storage: noStorage,
      userId,
      bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
      fileName: "scan.pdf",
      documentType: "application",
      applicationId: "not-a-uuid",
    });
    expect(await codeOf(upload)).toBe("not_found");
    expect((await workQueue(db, clerk, { page: 1e308 })).page).toBe(1);
  });
});
