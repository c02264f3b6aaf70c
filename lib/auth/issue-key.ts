import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { notifyKeyIssued } from "@/lib/notifications/notify-account";
import { createRegistries } from "@/lib/registries";
import { consumeConfirmation } from "./confirmations";
import { keyIssueConfirmSchema } from "./second-factor-schemas";

/**
 * Key issue, step 2: the SMS code from step 1 (for this user) and the key file's password. The
 * certificate records where it was asked for; the owner's notification and SMS are written in the
 * same transaction as the certificate.
 */
export async function issueKeyWithCode(options: {
  db: Db;
  userId: string;
  input: unknown;
  crlUrl: string;
  origin: { from: string | null; device: string | null };
  now?: Date;
}) {
  const parsed = keyIssueConfirmSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { db } = options;
  const now = options.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, options.userId));
  if (!user) throw new AppError("unauthenticated");
  const confirmation = await consumeConfirmation(
    db,
    "keyIssue",
    parsed.data.confirmationId,
    parsed.data.code,
    now,
  );
  if (confirmation.iin !== user.iin) throw new AppError("validation", { code: "code.expired" });
  const person = await createRegistries(db).individuals.findByIin(user.iin);
  if (!person) throw new AppError("not_found");
  return issueCertificate({
    db,
    holder: person,
    kind: parsed.data.kind,
    password: parsed.data.password,
    crlUrl: options.crlUrl,
    origin: options.origin,
    onIssued: (tx, key) =>
      notifyKeyIssued(tx, { userId: user.id, kind: key.kind, at: now, device: options.origin.device }),
  });
}
