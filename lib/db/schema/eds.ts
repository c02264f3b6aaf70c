import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** The test certification authority: root and issuing CA. Private keys stay on the server. */
export const pkiAuthorities = pgTable("pki_authorities", {
  id: text("id").$type<"root" | "issuing">().primaryKey(),
  certificatePem: text("certificate_pem").notNull(),
  privateKeyPem: text("private_key_pem").notNull(),
  createdAt: instant("created_at").notNull().defaultNow(),
});

export type CertificateKind = "sign" | "auth";

/** Every certificate the test CA issued (never the holder's private key). */
export const certificates = pgTable(
  "certificates",
  {
    serial: text("serial").primaryKey(),
    iin: text("iin").notNull(),
    kind: text("kind").$type<CertificateKind>().notNull(),
    subject: text("subject").notNull(),
    notBefore: instant("not_before").notNull(),
    notAfter: instant("not_after").notNull(),
    certificatePem: text("certificate_pem").notNull(),
    issuedAt: instant("issued_at").notNull().defaultNow(),
    /** Where a key issued in the cabinet was asked for: a coarse client address and the device. */
    issuedFrom: text("issued_from"),
    issuedDevice: text("issued_device"),
    revokedAt: instant("revoked_at"),
  },
  (table) => [index("certificates_iin").on(table.iin)],
);

/** Single-use challenges for EDS sign-in. */
export const edsChallenges = pgTable("eds_challenges", {
  id: text("id").primaryKey(),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
});
