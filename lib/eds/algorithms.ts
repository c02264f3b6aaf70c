import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** RSA-2048 with SHA-256, as NCALayer's RSA keys. */
export const rsaAlgorithm = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

export const OID = {
  commonName: "2.5.4.3",
  surname: "2.5.4.4",
  serialNumber: "2.5.4.5",
  country: "2.5.4.6",
  organization: "2.5.4.10",
  organizationalUnit: "2.5.4.11",
  givenName: "2.5.4.42",
  emailProtection: "1.3.6.1.5.5.7.3.4",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  kzIndividual: "1.2.398.3.3.4.1.1",
} as const;

export { x509, webcrypto };

export async function generateRsaKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(rsaAlgorithm, true, ["sign", "verify"])) as CryptoKeyPair;
}

export async function exportPrivateKeyPem(key: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey("pkcs8", key);
  return x509.PemConverter.encode(der, "PRIVATE KEY");
}

export async function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  const der = x509.PemConverter.decode(pem)[0];
  if (!der) throw new Error("empty key");
  return webcrypto.subtle.importKey(
    "pkcs8",
    der,
    { name: rsaAlgorithm.name, hash: rsaAlgorithm.hash },
    true,
    ["sign"],
  );
}

export function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10; // positive, no leading zero
  return Buffer.from(bytes).toString("hex");
}
