import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { providers, staff } from "@/lib/db/schema";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { findResultDocument } from "@/lib/results/result-document";
import { signDetachedWithDigest } from "./weak-cms";

/** A seeded staff member as their session sees them. */
export async function staffMember(db: Db, providerId: string, role: StaffUser["role"]): Promise<StaffUser> {
  const [row] = await db
    .select()
    .from(staff)
    .innerJoin(providers, eq(providers.id, staff.providerId))
    .where(and(eq(staff.providerId, providerId), eq(staff.role, role)));
  if (!row) throw new Error(`no ${role} at ${providerId}`);
  return {
    id: row.staff.id,
    role,
    fullName: row.staff.fullName,
    iin: row.staff.iin,
    providerId,
    providerName: row.providers.name,
    providerKind: row.providers.kind,
  };
}

/**
 * A real staff SIGN key for a head (O=<provider>, OU=BIN<…>), issued by the test CA, and a function
 * that signs a request's prepared result document with it, as the EDS dialog does in the browser.
 */
export async function headKey(
  db: Db,
  head: StaffUser,
  options: { bin?: string; kind?: "sign" | "auth"; iin?: string } = {},
) {
  const [provider] = await db.select().from(providers).where(eq(providers.id, head.providerId));
  const key = await issueCertificate({
    db,
    holder: {
      iin: options.iin ?? head.iin!,
      surname: "Бекенов",
      givenName: "Марат",
      patronymic: null,
      organisation: { name: provider!.name, bin: options.bin ?? provider!.bin },
    },
    kind: options.kind ?? "sign",
    password: "staff-key",
    crlUrl: "http://localhost/api/v1/eds/crl",
    notBefore: new Date("2026-01-01T00:00:00Z"),
  });
  const loaded = openKeyFile(key.pkcs12, "staff-key");
  return {
    serial: key.serial,
    signResult: async (applicationId: string, at: Date, digest?: "sha1" | "md5") => {
      const document = await findResultDocument(db, applicationId);
      const bytes = new TextEncoder().encode(document!.content);
      return digest ? signDetachedWithDigest(loaded, bytes, digest, at) : signDetached(loaded, bytes, at);
    },
  };
}
