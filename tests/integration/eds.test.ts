import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { seedDatabase } from "@/lib/seed";
import {
  generateRsaKeys,
  exportPrivateKeyPem,
  OID,
  randomSerial,
  rsaAlgorithm,
  webcrypto,
  x509,
} from "@/lib/eds/algorithms";
import { authorityChainPem, ensureAuthority, type Authority } from "@/lib/eds/authority";
import { holderName, issueCertificate, type Holder } from "@/lib/eds/issue-certificate";
import { buildPkcs12 } from "@/lib/eds/pkcs12";
import { buildCrl, isCertificateRevoked, revokeCertificate } from "@/lib/eds/revocation";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { verifyCms } from "@/lib/eds/verify-cms";
import { signDetachedWithDigest } from "../support/weak-cms";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { createTestDatabase } from "../support/test-database";

const toHolder = (person: ReturnType<typeof buildPopulation>["people"][number] | undefined): Holder => ({
  iin: person!.iin,
  surname: person!.surname,
  givenName: person!.givenName,
  patronymic: person!.patronymic ?? null,
});
const personA = toHolder(buildPopulation().people[0]);
const personB = toHolder(buildPopulation().people[1]);
const content = new TextEncoder().encode(
  JSON.stringify({ serviceId: "birth-registration", data: { child: "Әлихан" } }),
);
const crlUrl = "http://127.0.0.1/api/v1/eds/crl";
const DAY = 24 * 3600 * 1000;

describe(`EDS: test PKI, signing and the six checks (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let authority: Authority;
  const sign = (pkcs12: Uint8Array, password: string, signingTime?: Date) =>
    signDetached(openKeyFile(pkcs12, password), content, signingTime);
  const verify = (cms: string, overrides: Partial<Parameters<typeof verifyCms>[0]> = {}) =>
    verifyCms({
      cms,
      content,
      purpose: "sign",
      expectedIin: personA.iin,
      issuing: authority.issuing,
      root: authority.root,
      isRevoked: (serial) => isCertificateRevoked(database.db, serial),
      ...overrides,
    });
  const issue = (holder: Holder, kind: "sign" | "auth", extra: { notBefore?: Date; notAfter?: Date } = {}) =>
    issueCertificate({ db: database.db, holder, kind, password: "kilt-sozi-1", crlUrl, ...extra });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    authority = await ensureAuthority(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("creates the CA once", async () => {
    const again = await ensureAuthority(database.db);
    expect(again.issuing.serialNumber).toBe(authority.issuing.serialNumber);
    expect(authority.root.subject).toBe("CN=TEST NEGIZGI KO (RSA), C=KZ");
    expect(authority.issuing.subject).toBe("CN=TEST UKO (RSA), C=KZ");
  });

  it("issues a SIGN key file whose signature verifies, with the subject laid out as real ones", async () => {
    const key = await issue(personA, "sign");
    expect(key.fileName).toBe(`RSA256_${key.serial}.p12`);
    const opened = openKeyFile(key.pkcs12, "kilt-sozi-1");
    expect(opened.info.iin).toBe(personA.iin);
    expect(opened.info.commonName).toBe(`${personA.surname} ${personA.givenName}`.toLocaleUpperCase("kk-KZ"));
    const result = await verify(sign(key.pkcs12, "kilt-sozi-1"));
    expect(result).toMatchObject({ ok: true, iin: personA.iin, serial: key.serial });
  });

  it("refuses the wrong key-file password", async () => {
    const key = await issue(personA, "sign");
    expect(() => openKeyFile(key.pkcs12, "not-the-password")).toThrowError("wrong_password");
  });

  it("refuses tampered data", async () => {
    const key = await issue(personA, "sign");
    const cms = sign(key.pkcs12, "kilt-sozi-1");
    const tampered = new TextEncoder().encode(
      JSON.stringify({ serviceId: "birth-registration", data: { child: "Әлихан!" } }),
    );
    expect(await verify(cms, { content: tampered })).toEqual({ ok: false, code: "eds_signature_invalid" });
    expect(await verify("bm90IGEgY21z")).toEqual({ ok: false, code: "eds_signature_invalid" });
  });

  it("refuses a certificate from a self-made CA with the right IIN and names", async () => {
    const fakeCaKeys = await generateRsaKeys();
    const fakeCa = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerial(),
      name: authority.issuing.subject,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + DAY * 365),
      signingAlgorithm: rsaAlgorithm,
      keys: fakeCaKeys,
      extensions: [new x509.BasicConstraintsExtension(true, 0, true)],
    });
    const keys = await generateRsaKeys();
    const forged = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: holderName(personA),
      issuer: fakeCa.subjectName,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + DAY * 365),
      signingAlgorithm: rsaAlgorithm,
      publicKey: keys.publicKey,
      signingKey: fakeCaKeys.privateKey,
      extensions: [
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
          true,
        ),
      ],
    });
    const pkcs12 = buildPkcs12({
      privateKeyPem: await exportPrivateKeyPem(keys.privateKey),
      chainPems: [forged.toString("pem"), fakeCa.toString("pem")],
      password: "x",
      friendlyName: "forged",
    });
    expect(await verify(sign(pkcs12, "x"))).toEqual({ ok: false, code: "eds_untrusted_issuer" });
  });

  it("refuses an expired certificate", async () => {
    const notBefore = new Date(Date.now() - 400 * DAY);
    const key = await issue(personA, "sign", { notBefore, notAfter: new Date(Date.now() - 30 * DAY) });
    expect(await verify(sign(key.pkcs12, "kilt-sozi-1", new Date(Date.now() - 60 * DAY)))).toEqual({
      ok: false,
      code: "eds_expired",
    });
  });

  it("refuses a revoked certificate, and lists it in the CRL", async () => {
    const key = await issue(personA, "sign");
    const cms = sign(key.pkcs12, "kilt-sozi-1");
    expect(await revokeCertificate(database.db, { serial: key.serial, iin: personB.iin })).toBe(false);
    expect(await revokeCertificate(database.db, { serial: key.serial, iin: personA.iin })).toBe(true);
    expect(await verify(cms)).toEqual({ ok: false, code: "eds_revoked" });
    const crl = new x509.X509Crl(await buildCrl(database.db));
    expect(await crl.verify({ publicKey: authority.issuing.publicKey })).toBe(true);
    expect(crl.findRevoked(key.serial)).not.toBeNull();
  });

  it("refuses an AUTH key used to sign, and accepts it for sign-in", async () => {
    const key = await issue(personA, "auth");
    expect(key.fileName).toBe(`AUTH_RSA256_${key.serial}.p12`);
    const cms = sign(key.pkcs12, "kilt-sozi-1");
    expect(await verify(cms)).toEqual({ ok: false, code: "eds_not_signing_key" });
    expect(await verify(cms, { purpose: "auth" })).toMatchObject({ ok: true, iin: personA.iin });
  });

  it("refuses a SIGN key used for sign-in", async () => {
    const key = await issue(personA, "sign");
    expect(await verify(sign(key.pkcs12, "kilt-sozi-1"), { purpose: "auth" })).toEqual({
      ok: false,
      code: "eds_not_auth_key",
    });
  });

  it("refuses another person's certificate", async () => {
    const key = await issue(personB, "sign");
    expect(await verify(sign(key.pkcs12, "kilt-sozi-1"))).toEqual({ ok: false, code: "eds_iin_mismatch" });
  });

  it("refuses SHA-1 and MD5 signatures, for signing and sign-in alike (eds_weak_algorithm)", async () => {
    const signKey = openKeyFile((await issue(personA, "sign")).pkcs12, "kilt-sozi-1");
    const authKey = openKeyFile((await issue(personA, "auth")).pkcs12, "kilt-sozi-1");
    const weak = { ok: false, code: "eds_weak_algorithm" };
    // The same keys with SHA-256 pass: only the algorithm is refused.
    expect(await verify(signDetached(signKey, content))).toMatchObject({ ok: true });
    expect(await verify(signDetachedWithDigest(signKey, content, "sha1"))).toEqual(weak);
    expect(await verify(signDetachedWithDigest(signKey, content, "md5"))).toEqual(weak);
    expect(await verify(signDetached(authKey, content), { purpose: "auth" })).toMatchObject({ ok: true });
    expect(await verify(signDetachedWithDigest(authKey, content, "sha1"), { purpose: "auth" })).toEqual(weak);
  });

  it("refuses a 1024-bit RSA key even when our CA issued its certificate", async () => {
    const keys = await webcrypto.subtle.generateKey({ ...rsaAlgorithm, modulusLength: 1024 }, true, [
      "sign",
      "verify",
    ]);
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: holderName(personA),
      issuer: authority.issuing.subjectName,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + DAY * 365),
      signingAlgorithm: rsaAlgorithm,
      publicKey: keys.publicKey,
      signingKey: authority.issuingKey,
      extensions: [
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
          true,
        ),
      ],
    });
    expect(await certificate.verify({ publicKey: authority.issuing.publicKey, signatureOnly: true })).toBe(
      true,
    );
    const pkcs12 = buildPkcs12({
      privateKeyPem: await exportPrivateKeyPem(keys.privateKey),
      chainPems: [certificate.toString("pem")],
      password: "x",
      friendlyName: "short",
    });
    expect(await verify(sign(pkcs12, "x"))).toEqual({ ok: false, code: "eds_weak_algorithm" });
  });

  it("makes signatures that `openssl cms -verify` accepts against the exported CA chain", async () => {
    const key = await issue(personA, "sign");
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-openssl-"));
    const files = {
      data: path.join(folder, "data.json"),
      cms: path.join(folder, "signature.p7s"),
      chain: path.join(folder, "ca.pem"),
    };
    fs.writeFileSync(files.data, content);
    fs.writeFileSync(files.cms, Buffer.from(sign(key.pkcs12, "kilt-sozi-1"), "base64"));
    fs.writeFileSync(files.chain, await authorityChainPem(database.db));
    const run = (data: string) =>
      execFileSync(
        "openssl",
        [
          "cms",
          "-verify",
          "-binary",
          "-inform",
          "DER",
          "-in",
          files.cms,
          "-content",
          data,
          "-CAfile",
          files.chain,
          "-out",
          "/dev/null",
        ],
        {
          stdio: "pipe",
        },
      ).toString() + "ok";
    expect(run(files.data)).toBe("ok");
    fs.writeFileSync(
      path.join(folder, "tampered.json"),
      Buffer.concat([Buffer.from(content), Buffer.from(" ")]),
    );
    expect(() => run(path.join(folder, "tampered.json"))).toThrow();
    fs.rmSync(folder, { recursive: true, force: true });
    expect(OID.kzIndividual).toBe("1.2.398.3.3.4.1.1");
  });
});
