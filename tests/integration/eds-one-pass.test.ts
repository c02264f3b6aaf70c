import forge from "node-forge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { exportPrivateKeyPem, generateRsaKeys, randomSerial, rsaAlgorithm, x509 } from "@/lib/eds/algorithms";
import { ensureAuthority, type Authority } from "@/lib/eds/authority";
import { Bounded } from "@/lib/eds/certificate-cache";
import { checkInOnePass, checkWithPkijs, type Checked } from "@/lib/eds/check-signature";
import { holderName, issueCertificate, type Holder, type IssuedKey } from "@/lib/eds/issue-certificate";
import { buildPkcs12 } from "@/lib/eds/pkcs12";
import { isCertificateRevoked, revokeCertificate } from "@/lib/eds/revocation";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { UNSUPPORTED } from "@/lib/eds/signed-data";
import { verifyCms } from "@/lib/eds/verify-cms";
import { createTestDatabase } from "../support/test-database";

const personA: Holder = { iin: "840201410358", surname: "Серікова", givenName: "Айгүл", patronymic: null };
const content = new TextEncoder().encode(JSON.stringify({ serviceId: "birth-registration", n: 1 }));
const DAY = 24 * 3600 * 1000;

/** A check's answer in comparable form: null, "weak", or what the later checks read. */
function answer(checked: Checked | "weak" | null | typeof UNSUPPORTED) {
  if (checked === null || checked === "weak" || checked === UNSUPPORTED) return checked;
  const der = "certificate" in checked ? checked.certificate.rawData : checked.certificateDer;
  return {
    signingTime: checked.signingTime.toISOString(),
    keyKind: checked.keyKind,
    certificate: Buffer.from(new Uint8Array(der)).toString("hex"),
  };
}

/**
 * The one-pass reader (lib/eds/signed-data.ts, check-signature.ts) and the per-process caches
 * (certificate-cache.ts) are only speed: the answers are pkijs's, and every check still refuses.
 */
describe(`EDS: the one-pass signature check and its caches (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let authority: Authority;
  let key: IssuedKey;
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
  const issue = () =>
    issueCertificate({
      db: database.db,
      holder: personA,
      kind: "sign",
      password: "kilt-sozi-1",
      crlUrl: "http://127.0.0.1/api/v1/eds/crl",
    });
  const sign = (issued: IssuedKey) => signDetached(openKeyFile(issued.pkcs12, "kilt-sozi-1"), content);

  beforeAll(async () => {
    database = await createTestDatabase();
    authority = await ensureAuthority(database.db);
    key = await issue();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("reads the browser signer's CMS in one pass and gives pkijs's answer", async () => {
    const der = Buffer.from(sign(key), "base64");
    const quick = checkInOnePass(der, content);
    expect(quick).not.toBe(UNSUPPORTED);
    expect(answer(quick)).toEqual(answer(await checkWithPkijs(der, content)));
    expect(answer(quick)).toMatchObject({ keyKind: "RSA" });
    const other = new TextEncoder().encode("other bytes");
    expect(checkInOnePass(der, other)).toBeNull();
    expect(await checkWithPkijs(der, other)).toBeNull();
  });

  it("gives pkijs's answer for single-byte changes it reads (the rest goes to pkijs)", async () => {
    const der = Buffer.from(sign(key), "base64");
    // Every byte of the signer's part (the last 400: identifier, attributes, signature), every
    // fifth before it (the envelope and the certificate; each changed certificate costs a full read).
    const indexes = [...der.keys()].filter((index) => index >= der.length - 400 || index % 5 === 0);
    let read = 0;
    for (const index of indexes) {
      const changed = Buffer.from(der);
      changed[index] = changed[index]! ^ (index % 2 ? 0x01 : 0x80);
      const quick = checkInOnePass(changed, content);
      if (quick === UNSUPPORTED) continue;
      read++;
      expect([index, answer(quick)]).toEqual([index, answer(await checkWithPkijs(changed, content))]);
    }
    // The signature, the digest attribute, the signing time and most certificate bytes are read.
    expect(read).toBeGreaterThan(indexes.length / 2);
    const longer = Buffer.concat([der, Buffer.from([0])]);
    expect(checkInOnePass(longer, content)).toBe(UNSUPPORTED);
    expect(checkInOnePass(der.subarray(0, der.length - 1), content)).toBe(UNSUPPORTED);
  });

  it("leaves other shapes to pkijs: with the CA certificate included, it still verifies", async () => {
    const opened = openKeyFile(key.pkcs12, "kilt-sozi-1");
    const signed = forge.pkcs7.createSignedData();
    signed.content = forge.util.createBuffer(Buffer.from(content).toString("binary"));
    signed.addCertificate(opened.certificate);
    signed.addCertificate(forge.pki.certificateFromPem(authority.issuing.toString("pem")));
    signed.addSigner({
      key: opened.key,
      certificate: opened.certificate,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest! },
        { type: forge.pki.oids.signingTime!, value: new Date().toISOString() },
      ],
    });
    signed.sign({ detached: true });
    const cms = forge.util.encode64(forge.asn1.toDer(signed.toAsn1()).getBytes());
    expect(checkInOnePass(Buffer.from(cms, "base64"), content)).toBe(UNSUPPORTED);
    expect(await verify(cms)).toMatchObject({ ok: true, iin: personA.iin, serial: key.serial });
  });

  it("after a verification is remembered, still refuses every other case", async () => {
    const issued = await issue();
    const cms = sign(issued);
    expect(await verify(cms)).toMatchObject({ ok: true });
    expect(await verify(cms)).toMatchObject({ ok: true });
    const der = Buffer.from(cms, "base64");
    der[der.length - 1] = der[der.length - 1]! ^ 0x01; // the signature's last byte
    const refused = (code: string) => ({ ok: false, code });
    expect(await verify(der.toString("base64"))).toEqual(refused("eds_signature_invalid"));
    expect(await verify(cms, { content: new TextEncoder().encode("{}") })).toEqual(
      refused("eds_signature_invalid"),
    );
    expect(await verify(cms, { expectedIin: "900101300005" })).toEqual(refused("eds_iin_mismatch"));
    expect(await verify(cms, { now: new Date(Date.now() + 5 * 365 * DAY) })).toEqual(refused("eds_expired"));
    expect(await verify(cms, { purpose: "auth" })).toEqual(refused("eds_not_auth_key"));

    // Another CA with our CA's names: neither our remembered leaf nor our remembered CA pair count.
    const fake = await selfMadeAuthority(authority);
    expect(await verify(cms, { issuing: fake.issuing, root: fake.root })).toEqual(
      refused("eds_untrusted_issuer"),
    );
    expect(await verify(cms, { root: fake.root })).toEqual(refused("eds_untrusted_issuer"));
    expect(await verify(await fake.sign(), {})).toEqual(refused("eds_untrusted_issuer"));

    expect(await revokeCertificate(database.db, { serial: issued.serial })).toBe(true);
    expect(await verify(cms)).toEqual(refused("eds_revoked"));
  });

  it("keeps at most its limit of entries, forgetting the oldest", () => {
    const map = new Bounded<number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 3); // used again: now the newest
    map.set("c", 4);
    expect([map.get("a"), map.get("b"), map.get("c"), map.size]).toEqual([3, undefined, 4, 2]);
  });

  /** A root and issuing CA with our names and fresh keys, and a CMS by a leaf it issued to person A. */
  async function selfMadeAuthority(real: Authority) {
    const rootKeys = await generateRsaKeys();
    const issuingKeys = await generateRsaKeys();
    const dates = { notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 365 * DAY) };
    const root = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerial(),
      name: real.root.subject,
      ...dates,
      signingAlgorithm: rsaAlgorithm,
      keys: rootKeys,
      extensions: [new x509.BasicConstraintsExtension(true, 1, true)],
    });
    const issuing = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: real.issuing.subject,
      issuer: root.subjectName,
      ...dates,
      signingAlgorithm: rsaAlgorithm,
      publicKey: issuingKeys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: [new x509.BasicConstraintsExtension(true, 0, true)],
    });
    const sign = async () => {
      const keys = await generateRsaKeys();
      const leaf = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject: holderName(personA),
        issuer: issuing.subjectName,
        ...dates,
        signingAlgorithm: rsaAlgorithm,
        publicKey: keys.publicKey,
        signingKey: issuingKeys.privateKey,
        extensions: [
          new x509.KeyUsagesExtension(
            x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
            true,
          ),
        ],
      });
      const pkcs12 = buildPkcs12({
        privateKeyPem: await exportPrivateKeyPem(keys.privateKey),
        chainPems: [leaf.toString("pem"), issuing.toString("pem")],
        password: "x",
        friendlyName: "forged",
      });
      return signDetached(openKeyFile(pkcs12, "x"), content);
    };
    return { root, issuing, sign };
  }
});
