import forge from "node-forge";
import type { LoadedKey } from "@/lib/eds/sign-cms";

/**
 * A detached CMS like the browser's (lib/eds/sign-cms.ts), but with the digest an attacker or an old
 * signer picks: SHA-1 or MD5. Only tests make these.
 */
export function signDetachedWithDigest(
  loaded: LoadedKey,
  data: Uint8Array,
  digest: "sha1" | "md5",
  signingTime = new Date(),
): string {
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(Buffer.from(data).toString("binary"));
  signed.addCertificate(loaded.certificate);
  signed.addSigner({
    key: loaded.key,
    certificate: loaded.certificate,
    digestAlgorithm: forge.pki.oids[digest]!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime.toISOString() },
    ],
  });
  signed.sign({ detached: true });
  return forge.util.encode64(forge.asn1.toDer(signed.toAsn1()).getBytes());
}
