import type { VisitDetails } from "./queries";
import type { homeVisits } from "@/lib/db/schema";

type Visit = typeof homeVisits.$inferSelect;

/** A home visit as the JSON API shows it to the applicant or their helper. */
export function presentVisit(visit: Visit, details?: Pick<VisitDetails, "events" | "request">) {
  return {
    id: visit.id,
    number: visit.number,
    serviceId: visit.serviceId,
    status: visit.status,
    channel: visit.channel,
    authority: visit.authority,
    address: visit.address,
    phone: visit.phone,
    preferredSlots: visit.preferredSlots,
    healthReason: visit.healthReason,
    healthReasonText: visit.healthReasonText,
    childBirthDate: visit.childBirthDate,
    needs: visit.needs,
    needsOther: visit.needsOther,
    note: visit.note,
    scheduledFrom: visit.scheduledFrom,
    scheduledTo: visit.scheduledTo,
    employee: visit.employee,
    cancelReason: visit.cancelReason,
    createdAt: visit.createdAt,
    ...(details
      ? {
          history: details.events.map((event) => ({
            at: event.at,
            status: event.status,
            actor: event.actor,
            note: event.note,
          })),
          applicationId: details.request?.id ?? null,
          applicationNumber: details.request?.number ?? null,
        }
      : {}),
  };
}
