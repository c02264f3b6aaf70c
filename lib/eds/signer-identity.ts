import { OID, x509 } from "./algorithms";

export type SignerIdentity = { name: string | null; organisation: string | null };

/**
 * What may be shown publicly of a certificate's holder: the name (CN and patronymic) and the
 * organisation. Never the IIN (SERIALNUMBER) nor the raw subject.
 */
export function signerIdentity(subject: string | null): SignerIdentity {
  if (!subject) return { name: null, organisation: null };
  try {
    const name = new x509.Name(subject);
    const first = (oid: string) => name.getField(oid)[0]?.trim() || null;
    const fullName = [first(OID.commonName), first(OID.givenName)].filter(Boolean).join(" ");
    return { name: fullName.replace(/\d/g, "").trim() || null, organisation: first(OID.organization) };
  } catch {
    return { name: null, organisation: null };
  }
}

/** The holder as one line: "SURNAME NAME PATRONYMIC, Organisation" (either part may be missing). */
export function signerLabel(identity: SignerIdentity): string {
  return [identity.name, identity.organisation].filter(Boolean).join(", ") || "—";
}
