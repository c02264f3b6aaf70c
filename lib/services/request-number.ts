import { randomInt } from "node:crypto";
import { toAlmaty } from "@/lib/calendar";
import { getService, type ServiceId } from "./registry";

/**
 * A request's public number: the service file's prefix, local date, six random digits
 * (e.g. RC-20261124-012345). Portal submissions and home-visit registrations both use it.
 */
export function requestNumber(serviceId: ServiceId, now: Date): string {
  const date = toAlmaty(now).date.replaceAll("-", "");
  const digits = String(randomInt(0, 1_000_000)).padStart(6, "0");
  return `${getService(serviceId).requestPrefix}-${date}-${digits}`;
}
