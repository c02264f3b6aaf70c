import forge from "node-forge";

/** A PKCS#12 file (AES-256, PBES2) holding the key and its chain, as real key files come. */
export function buildPkcs12(options: {
  privateKeyPem: string;
  chainPems: string[];
  password: string;
  friendlyName: string;
}): Uint8Array {
  const key = forge.pki.privateKeyFromPem(options.privateKeyPem);
  const chain = options.chainPems.map((pem) => forge.pki.certificateFromPem(pem));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, chain, options.password, {
    algorithm: "aes256",
    friendlyName: options.friendlyName,
    generateLocalKeyId: true,
  });
  return Uint8Array.from(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
}
