import forge from "node-forge";

export type SignerCertificate = {
  commonName: string;
  iin: string | null;
  issuer: string;
  validFrom: string;
  validTo: string;
  serial: string;
};
export type LoadedKey = {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  info: SignerCertificate;
};
export class KeyFileError extends Error {
  constructor(readonly code: "wrong_password" | "not_a_key_file") {
    super(code);
  }
}

function text(value: unknown): string {
  const raw = String(value ?? "");
  try {
    return forge.util.decodeUtf8(raw);
  } catch {
    return raw;
  }
}

/** Opens a PKCS#12 key file with its password. Runs in the browser: the key stays on the device. */
export function openKeyFile(bytes: Uint8Array, password: string): LoadedKey {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytesToBinary(bytes)));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    throw new KeyFileError(
      /mac|password|decrypt|invalid/i.test(message) && bytes.length > 100
        ? "wrong_password"
        : "not_a_key_file",
    );
  }
  const keyBagType = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const certBagType = forge.pki.oids.certBag as string;
  const keyBag = p12.getBags({ bagType: keyBagType })[keyBagType]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new KeyFileError("not_a_key_file");
  const certificates = (p12.getBags({ bagType: certBagType })[certBagType] ?? [])
    .map((bag: forge.pkcs12.Bag) => bag.cert)
    .filter((cert: forge.pki.Certificate | undefined): cert is forge.pki.Certificate => Boolean(cert));
  const certificate = certificates.find((cert) =>
    (cert.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n),
  );
  if (!certificate) throw new KeyFileError("not_a_key_file");
  const serialNumber = certificate.subject.getField({ type: "2.5.4.5" })?.value as string | undefined;
  return {
    key,
    certificate,
    info: {
      commonName: text(certificate.subject.getField("CN")?.value),
      iin: serialNumber?.startsWith("IIN") ? serialNumber.slice(3) : null,
      issuer: text(certificate.issuer.getField("CN")?.value),
      validFrom: certificate.validity.notBefore.toISOString(),
      validTo: certificate.validity.notAfter.toISOString(),
      serial: certificate.serialNumber,
    },
  };
}

/** A detached CMS SignedData over the bytes, with the signer certificate and a signing time. */
export function signDetached(loaded: LoadedKey, data: Uint8Array, signingTime = new Date()): string {
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(bytesToBinary(data));
  signed.addCertificate(loaded.certificate);
  signed.addSigner({
    key: loaded.key,
    certificate: loaded.certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
    ],
  });
  signed.sign({ detached: true });
  return forge.util.encode64(forge.asn1.toDer(signed.toAsn1()).getBytes());
}

function bytesToBinary(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return binary;
}
