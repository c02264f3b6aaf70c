import { randomInt } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { homeVisitEvents, homeVisits, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { iinProblem } from "@/lib/iin";
import { createConfirmation } from "@/lib/auth/confirmations";
import { smsText } from "@/lib/auth/sms-text";
import { createOutboxSms, type SmsSender } from "@/lib/notifications/sms";
import { createRegistries } from "@/lib/registries";
import { storedService } from "@/lib/services/registry";
import { homeVisitRequestSchema, visitFieldErrors } from "./schemas";

type Visit = typeof homeVisits.$inferSelect;
export type Requester =
  { kind: "user"; userId: string; iin: string } | { kind: "operator"; staffId: string; applicantIin: string };

const accountOf = async (db: Db, iin: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.iin, iin)))[0]?.id ?? null;

/** Who is told of a visit's changes: the applicant's account and the helper's, when there are. */
export function visitRecipients(visit: Visit): string[] {
  return [...new Set([visit.applicantUserId, visit.helperUserId].filter((id): id is string => Boolean(id)))];
}

export async function notifyVisit(
  tx: Db,
  visit: Visit,
  kind:
    | "visitRequested"
    | "visitScheduled"
    | "visitCancelled"
    | "visitCancelledByApplicant"
    | "visitMoveRequested"
    | "visitCompleted",
  extra: { dueAt?: Date | null; reason?: string; employee?: string; request?: string } = {},
) {
  const service = storedService(visit.serviceId);
  for (const userId of visitRecipients(visit)) {
    await notifyApplicant(tx, {
      userId,
      homeVisitId: visit.id,
      kind,
      values: {
        service: service.messageKey,
        number: visit.number,
        dueAt: extra.dueAt,
        reason: extra.reason,
        employee: extra.employee,
        request: extra.request,
      },
    });
  }
}

/**
 * The person's own confirmation of a helper's request: a one-time code by SMS to the phone the state
 * database holds for them. For an IIN not found there the code is made but never sent (and never
 * matches), so the helper sees the same answer either way. Returns the confirmation's id.
 */
async function askConsent(tx: Db, sms: SmsSender, iin: string, phone: string | null, now: Date) {
  const confirmation = await createConfirmation(
    tx,
    { purpose: "visitConsent", iin, phone: phone ?? "", eligible: phone !== null },
    now,
  );
  if (phone) {
    const [account] = await tx.select({ locale: users.locale }).from(users).where(eq(users.iin, iin));
    await sms.send(
      phone,
      await smsText(account?.locale ?? "kk", "visitConsentCode", { code: confirmation.code }),
    );
  }
  return confirmation.id;
}

/**
 * A home-visit request from the portal (the applicant, or a helper with a notarised power of attorney
 * found in the notary registry or with the person's own confirmation by SMS code) or from an operator
 * after a phone call. One transaction: the visit, its first history event and the notifications. A
 * helper's request with consent waits (`awaiting_consent`) and reaches the operator only once the person's
 * code is entered (confirm-visit-consent.ts). A retry with the same key returns the visit already made.
 */
export async function requestHomeVisit(options: {
  db: Db;
  requester: Requester;
  input: unknown;
  idempotencyKey?: string;
  /** Where the consent code goes (default: the SMS outbox, in the same transaction). */
  sms?: SmsSender;
  now?: Date;
}): Promise<Visit> {
  const { db, requester } = options;
  const now = options.now ?? new Date();
  const parsed = homeVisitRequestSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", visitFieldErrors(parsed.error));
  const input = parsed.data;
  const createdBy = requester.kind === "user" ? requester.userId : requester.staffId;
  const key =
    options.idempotencyKey && /^[A-Za-z0-9_-]{8,100}$/.test(options.idempotencyKey)
      ? options.idempotencyKey
      : null;
  if (key) {
    const [existing] = await db
      .select()
      .from(homeVisits)
      .where(and(eq(homeVisits.createdBy, createdBy), eq(homeVisits.idempotencyKey, key)));
    if (existing) return existing;
  }
  const registries = createRegistries(db);
  let applicantIin: string;
  let applicantUserId: string | null;
  let helperUserId: string | null = null;
  let authority: Visit["authority"] = "self";
  let powerOfAttorney: string | null = null;
  /** With consent: the phone the state database holds for the person (null: not found, no SMS). */
  let consentPhone: string | null = null;
  if (requester.kind === "operator") {
    applicantIin = requester.applicantIin;
    if (iinProblem(applicantIin)) throw new AppError("validation", { applicantIin: "visit.iin" });
    if (!(await registries.individuals.findByIin(applicantIin)))
      throw new AppError("validation", { applicantIin: "visit.notFound" });
    applicantUserId = await accountOf(db, applicantIin);
    if (!applicantUserId) throw new AppError("validation", { applicantIin: "visit.noAccount" });
    authority = "phoneCall";
  } else if (input.onBehalfOf && input.onBehalfOf.iin !== requester.iin) {
    // A helper. Nothing here may tell whether the IIN is in the state database: an unknown person's
    // power is "not found in the notary registry", and a consent request waits for a code either way.
    applicantIin = input.onBehalfOf.iin;
    authority = input.onBehalfOf.authority;
    if (authority === "powerOfAttorney") {
      powerOfAttorney = input.onBehalfOf.powerOfAttorney!.toUpperCase();
      const power = await registries.notary.findValidPower({
        number: powerOfAttorney,
        principalIin: applicantIin,
        attorneyIin: requester.iin,
        onDate: toAlmaty(now).date,
      });
      if (!power) throw new AppError("validation", { powerOfAttorney: "visit.poaInvalid" });
    } else {
      consentPhone = (await registries.individuals.findByIin(applicantIin))?.phone ?? null;
    }
    applicantUserId = await accountOf(db, applicantIin);
    helperUserId = requester.userId;
  } else {
    applicantIin = requester.iin;
    applicantUserId = requester.userId;
  }
  const serial = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const number = `HV-${toAlmaty(now).date.replaceAll("-", "")}-${serial}`;
  const actor = requester.kind === "operator" ? "operator" : helperUserId ? "helper" : "applicant";
  const status = authority === "consent" ? "awaiting_consent" : "requested";
  try {
    return await db.transaction(async (tx) => {
      const consent =
        status === "awaiting_consent"
          ? await askConsent(tx, options.sms ?? createOutboxSms(tx), applicantIin, consentPhone, now)
          : null;
      const [visit] = await tx
        .insert(homeVisits)
        .values({
          id: crypto.randomUUID(),
          number,
          serviceId: input.serviceId,
          applicantIin,
          applicantUserId,
          helperUserId,
          authority,
          powerOfAttorney,
          consentConfirmationId: consent,
          status,
          channel: requester.kind === "operator" ? "phone" : "portal",
          address: input.address,
          phone: input.phone,
          preferredSlots: input.preferredSlots,
          healthReason: input.healthReason,
          healthReasonText: input.healthReasonText || null,
          childBirthDate: input.childBirthDate || null,
          needs: input.needs,
          needsOther: input.needsOther || null,
          note: input.note || null,
          createdBy,
          idempotencyKey: key,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(homeVisitEvents).values({
        id: crypto.randomUUID(),
        visitId: visit!.id,
        at: now,
        status,
        actor,
        note: null,
      });
      // Waiting for the person's code: they learn of it by that SMS; everyone is told once confirmed.
      if (status === "requested") await notifyVisit(tx as unknown as Db, visit!, "visitRequested");
      return visit!;
    });
  } catch (error) {
    // Two posts with one key at once: the unique index lets one in; the other gets that visit.
    if (!key) throw error;
    const [existing] = await db
      .select()
      .from(homeVisits)
      .where(and(eq(homeVisits.createdBy, createdBy), eq(homeVisits.idempotencyKey, key)));
    if (!existing) throw error;
    return existing;
  }
}
