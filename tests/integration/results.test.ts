import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applications, resultDocuments, users } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { authorityChainPem } from "@/lib/eds/authority";
import { revokeCertificate } from "@/lib/eds/revocation";
import { actOnRequest } from "@/lib/office/act-on-request";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { checkDocument } from "@/lib/results/verify-document";
import { headKey, staffMember } from "../support/staff-signer";
import { errorCode } from "../support/error-code";
import { createTestDatabase } from "../support/test-database";

const NOW = new Date("2026-11-23T05:00:00Z");

describe(`provider-signed results and the public check (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let userId: string;
  let clerk: StaffUser, head: StaffUser, executor: StaffUser;

  async function prepared(outcome: "prepareResult" | "prepareRefusal" = "prepareResult") {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId: "record-correction",
      status: "submitted",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: NOW,
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    });
    await actOnRequest({ db: database.db, staff: clerk, applicationId: id, action: "register", now: NOW });
    await actOnRequest({ db: database.db, staff: head, applicationId: id, action: "assign", now: NOW });
    await actOnRequest({
      db: database.db,
      staff: executor,
      applicationId: id,
      action: outcome,
      reason: outcome === "prepareRefusal" ? "No archive record" : undefined,
      decision: outcome === "prepareRefusal" ? { grounds: ["noActRecord"] } : undefined,
      now: NOW,
    });
    return id;
  }
  const sign = (id: string, cms: unknown) =>
    actOnRequest({ db: database.db, staff: head, applicationId: id, action: "sign", cms, now: NOW });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [user] = await database.db.select().from(users).where(eq(users.iin, demoApplicantIins()[0]!));
    userId = user!.id;
    [clerk, head, executor] = await Promise.all([
      staffMember(database.db, "cr-1", "clerk"),
      staffMember(database.db, "cr-1", "head"),
      staffMember(database.db, "cr-1", "executor"),
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  const fixAndSignTitle =
    "the executor fixes the document; the head's staff key signs it; anyone can re-check it by number";
  it(fixAndSignTitle, async () => {
    const id = await prepared();
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, id));
    expect(document!.kind).toBe("repeatCertificate");
    expect(JSON.parse(document!.content).request.number).toBe(`RC-${id.slice(0, 8)}`);
    expect(await checkDocument(database.db, document!.number, NOW)).toMatchObject({
      found: true,
      outcome: "unsigned",
    });
    const key = await headKey(database.db, head);
    expect((await sign(id, await key.signResult(id, NOW))).status).toBe("result_ready");
    const check = await checkDocument(database.db, document!.number, NOW);
    expect(check).toMatchObject({
      found: true,
      outcome: "valid",
      kind: "repeatCertificate",
      providerBin: expect.stringMatching(/^\d{12}$/),
    });
    // The public check names the signing official and the organisation, never an IIN or the subject.
    expect(check).toMatchObject({ signerName: "БЕКЕНОВ МАРАТ", organisation: expect.any(String) });
    expect(JSON.stringify(check)).not.toMatch(/IIN|OU=|CN=|2\.5\.4\.5/);
    expect(JSON.stringify(check)).not.toContain(head.iin!);
    expect(await checkDocument(database.db, "R-20261123-0000000000", NOW)).toEqual({ found: false });
    // A tool nobody here wrote accepts the head's signature over the downloaded document.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-result-"));
    const [signed] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, id));
    fs.writeFileSync(path.join(folder, "document.json"), signed!.content);
    fs.writeFileSync(path.join(folder, "document.p7s"), Buffer.from(signed!.signatureCms!, "base64"));
    fs.writeFileSync(path.join(folder, "ca.pem"), await authorityChainPem(database.db));
    const args = [
      "cms",
      "-verify",
      "-binary",
      "-inform",
      "DER",
      "-in",
      path.join(folder, "document.p7s"),
      "-content",
      path.join(folder, "document.json"),
      "-CAfile",
      path.join(folder, "ca.pem"),
      "-out",
      "/dev/null",
    ];
    expect(() => execFileSync("openssl", args, { stdio: "pipe" })).not.toThrow();
    fs.rmSync(folder, { recursive: true, force: true });
    await revokeCertificate(database.db, { serial: key.serial });
    expect(await checkDocument(database.db, document!.number, NOW)).toMatchObject({ outcome: "eds_revoked" });
  });

  it("a reasoned refusal is a signed document too", async () => {
    const id = await prepared("prepareRefusal");
    const key = await headKey(database.db, head);
    expect((await sign(id, await key.signResult(id, NOW))).status).toBe("refused");
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, id));
    expect(document!.kind).toBe("refusal");
    expect(JSON.parse(document!.content).decision).toEqual({
      outcome: "refusal",
      grounds: ["noActRecord"],
      explanation: "No archive record",
    });
  });

  const refusedSignaturesTitle =
    "refuses a missing signature, another provider's key, someone else's key, " +
    "an AUTH key, a revoked key, a SHA-1 signature and other bytes";
  it(refusedSignaturesTitle, async () => {
    const id = await prepared();
    expect(await errorCode(sign(id, undefined))).toBe("validation");
    const other = await headKey(database.db, head, { bin: "123456789012" });
    expect(await errorCode(sign(id, await other.signResult(id, NOW)))).toBe("eds_not_provider_key");
    const executorsKey = await headKey(database.db, head, { iin: executor.iin! });
    expect(await errorCode(sign(id, await executorsKey.signResult(id, NOW)))).toBe("eds_iin_mismatch");
    const authKey = await headKey(database.db, head, { kind: "auth" });
    expect(await errorCode(sign(id, await authKey.signResult(id, NOW)))).toBe("eds_not_signing_key");
    const revoked = await headKey(database.db, head);
    await revokeCertificate(database.db, { serial: revoked.serial });
    expect(await errorCode(sign(id, await revoked.signResult(id, NOW)))).toBe("eds_revoked");
    const good = await headKey(database.db, head);
    expect(await errorCode(sign(id, await good.signResult(id, NOW, "sha1")))).toBe("eds_weak_algorithm");
    const otherId = await prepared();
    expect(await errorCode(sign(id, await good.signResult(otherId, NOW)))).toBe("eds_signature_invalid");
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    expect(row!.status).toBe("in_review");
    expect((await sign(id, await good.signResult(id, NOW))).status).toBe("result_ready");
  });
});
