import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, attachments, providers } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createRegistries } from "@/lib/registries";
import type { Service } from "@/lib/services/registry";
import type { Flow } from "@/lib/workflow/status-machine";
import type { StaffUser } from "@/lib/auth/staff-auth";

type Request = typeof applications.$inferSelect;

/** The service's flow: restoration goes through a registering body (seed 001 §5), the rest are standard. */
export function flowOf(service: Pick<Service, "flow">): Flow {
  return service.flow ?? "standard";
}

/**
 * The requests a staff member works on: their provider's, or, for a registrar, those sent to their
 * office as the registering body where the lost record was kept (seed 001 §5 step 6).
 */
export function ownRequests(staff: Pick<StaffUser, "role" | "providerId">): SQL {
  return staff.role === "registrar"
    ? eq(applications.registeringBodyId, staff.providerId)
    : eq(applications.providerId, staff.providerId);
}

/** A request this staff member may see (see ownRequests), or null. */
export async function findStaffRequest(
  db: Db,
  staff: Pick<StaffUser, "role" | "providerId">,
  applicationId: string,
) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), ownRequests(staff)));
  return row ?? null;
}

/** The civil registry offices a conclusion can be sent to (seed 001 §5 step 5). */
export async function registeringBodies(db: Db) {
  return db
    .select({ id: providers.id, name: providers.name, district: providers.district })
    .from(providers)
    .where(eq(providers.kind, "civil-registry"))
    .orderBy(asc(providers.id));
}

const firstWord = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase("kk")
    .split(/[\s,.]+/)[0] ?? "";

/**
 * The office where the lost record was kept, from the form's place of registration: the civil registry
 * office whose district is named there (its first word, e.g. "Талғар" for "Талғар ауданы"), or null.
 * The executor confirms or changes the choice when sending the conclusion.
 */
export function suggestRegisteringBody(
  bodies: ReadonlyArray<{ id: string; district: string }>,
  registeredPlace: string | undefined,
): string | null {
  const place = (registeredPlace ?? "").toLocaleLowerCase("kk");
  if (!place.trim()) return null;
  return (
    bodies.find((body) => firstWord(body.district) && place.includes(firstWord(body.district)))?.id ?? null
  );
}

/**
 * Step 5: where the executor sends the approved conclusion. A chosen office must be a civil registry
 * office; with none chosen, the one the form's place of registration names; otherwise a field error.
 */
export async function chooseRegisteringBody(db: Db, request: Request, chosen: string | undefined) {
  const bodies = await registeringBodies(db);
  const id = chosen?.trim() ? chosen.trim() : suggestRegisteringBody(bodies, request.data.registeredPlace);
  if (!id || !bodies.some((body) => body.id === id))
    throw new AppError("validation", { registeringBodyId: "field.choose" });
  return id;
}

/** For the office request page: the office a restoration was sent to, and the choice for sending it. */
export async function registeringBodyView(db: Db, request: Request) {
  const bodies = await registeringBodies(db);
  return {
    current: bodies.find((body) => body.id === request.registeringBodyId) ?? null,
    bodies,
    suggested: suggestRegisteringBody(bodies, request.data.registeredPlace),
  };
}

/** A document of a request this staff member may see (see ownRequests), or null. */
export async function findStaffAttachment(
  db: Db,
  staff: Pick<StaffUser, "role" | "providerId">,
  attachmentId: string,
) {
  const [row] = await db
    .select({ file: attachments })
    .from(attachments)
    .innerJoin(applications, eq(applications.id, attachments.applicationId))
    .where(and(eq(attachments.id, attachmentId), ownRequests(staff)));
  return row?.file ?? null;
}

/**
 * Whether the civil registry holds an electronic copy of the record to restore (the form's act kind and
 * person): then the term is 7 working days; without one the executor asks other state bodies and
 * extends the term (seed 001 §5, "term"). Null when the form names no record (not a restoration).
 */
export async function electronicCopyHeld(db: Db, request: Request): Promise<boolean | null> {
  const { actKind, subjectIin } = request.data;
  if ((actKind !== "birth" && actKind !== "marriage") || !subjectIin) return null;
  const acts = await createRegistries(db).civilRegistry.findActsFor(subjectIin, actKind);
  return acts.some((act) => act.personIin === subjectIin || act.partnerIin === subjectIin);
}
