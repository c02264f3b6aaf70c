import { hashPassword } from "@/lib/auth/passwords";
import { computeCheckDigit } from "@/lib/iin";
import { addresses } from "@/lib/registries/synthetic/names";
import type { Db } from "../connect";
import { providers, staff } from "../schema";

export const STAFF_PASSWORD = "qyzmet-staff-2026";
const kinds = [
  { kind: "civil-registry" as const, code: "cr", name: (district: string) => `${district} АХАЖ бөлімі` },
  { kind: "education-department" as const, code: "ed", name: (district: string) => `${district} білім бөлімі` },
];
const roles = ["clerk", "head", "executor"] as const;
const staffNames = { clerk: "Қасымова Әлия", head: "Бекенов Марат", executor: "Омарова Гүлжан" };

function bin(serial: number): string {
  for (let next = serial; ; next++) {
    const first = `0601400${String(next).padStart(4, "0")}`;
    const check = computeCheckDigit(first);
    if (check !== null) return `${first}${check}`;
  }
}

/** Providers for every district of the synthetic population, each with a clerk, a head and an executor. */
export async function seedOffice(db: Db) {
  const passwordHash = await hashPassword(STAFF_PASSWORD);
  let serial = 100;
  for (const [districtIndex, address] of addresses.entries()) {
    for (const kind of kinds) {
      const providerId = `${kind.code}-${districtIndex + 1}`;
      await db
        .insert(providers)
        .values({ id: providerId, kind: kind.kind, district: address.district, name: kind.name(address.district), bin: bin((serial += 3)), address: `${address.locality}, ${address.street}, 1` })
        .onConflictDoNothing();
      for (const role of roles) {
        await db
          .insert(staff)
          .values({ id: `${providerId}-${role}`, login: `${providerId}-${role}`, passwordHash, providerId, role, fullName: staffNames[role] })
          .onConflictDoNothing();
      }
    }
  }
}
