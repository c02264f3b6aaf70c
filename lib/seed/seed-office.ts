import path from "node:path";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/passwords";
import { computeCheckDigit, makeIin } from "@/lib/iin";
import { addresses } from "@/lib/registries/synthetic/names";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { providers, staff, type OfficeHours } from "@/lib/db/schema";
import { ensureDemoKeyFile } from "./demo-key-files";

export const STAFF_PASSWORD = "qyzmet-staff-2026";
const kinds = [
  { kind: "civil-registry" as const, code: "cr", name: (district: string) => `${district} АХАЖ бөлімі` },
  {
    kind: "education-department" as const,
    code: "ed",
    name: (district: string) => `${district} білім бөлімі`,
  },
];
const roles = ["clerk", "head", "executor"] as const;
/** A district office's hours: not in the seeds (they say "per the labour law"); demo data. */
const officeHours: OfficeHours = { days: "mon-fri", open: "09:00", close: "18:30", lunch: "13:00-14:30" };
/** The State Corporation: Monday to Saturday, 9:00 to 20:00 without a break (seed 002 §1.3). */
const stateCorporationHours: OfficeHours = { days: "mon-sat", open: "09:00", close: "20:00", lunch: null };
const staffNames = {
  clerk: {
    surname: "Қасымова",
    givenName: "Әлия",
    patronymic: "Серікқызы",
    birthDate: "1990-05-12",
    sex: "female" as const,
  },
  head: {
    surname: "Бекенов",
    givenName: "Марат",
    patronymic: "Қайратұлы",
    birthDate: "1975-09-03",
    sex: "male" as const,
  },
  executor: {
    surname: "Омарова",
    givenName: "Гүлжан",
    patronymic: "Асқарқызы",
    birthDate: "1986-01-21",
    sex: "female" as const,
  },
};

function bin(serial: number): string {
  for (let next = serial; ; next++) {
    const first = `0601400${String(next).padStart(4, "0")}`;
    const check = computeCheckDigit(first);
    if (check !== null) return `${first}${check}`;
  }
}

/**
 * Providers for every district of the synthetic population (they stand for real offices: always
 * seeded). In demo mode only, each gets a clerk, a head and an executor with the README's password;
 * with a keys folder, each head also gets a staff SIGN key file (O=<provider>, OU=BIN<…>) at
 * <folder>/staff/<login>/RSA256_<serial>.p12, to sign results. Without demo mode there are no staff
 * accounts: the operator creates them with `npm run staff -- add`.
 */
export async function seedOffice(
  db: Db,
  options: { demo?: boolean; keysDir?: string; crlUrl?: string; store?: BlobStorage } = {},
) {
  const passwordHash = options.demo ? await hashPassword(STAFF_PASSWORD) : null;
  let serial = 100;
  let person = 0;
  for (const [districtIndex, address] of addresses.entries()) {
    for (const kind of kinds) {
      const providerId = `${kind.code}-${districtIndex + 1}`;
      const provider = {
        id: providerId,
        kind: kind.kind,
        district: address.district,
        name: kind.name(address.district),
        bin: bin((serial += 3)),
        address: `${address.locality}, ${address.street}, 1`,
        hours: officeHours,
        phone: `+7 7112 5${districtIndex} ${kind.code === "cr" ? "10" : "20"} 0${districtIndex + 1}`,
      };
      // Hours and phone are set on an existing row too (they came later than the rows).
      await db
        .insert(providers)
        .values(provider)
        .onConflictDoUpdate({ target: providers.id, set: { hours: provider.hours, phone: provider.phone } });
      const [stored] = await db.select().from(providers).where(eq(providers.id, providerId));
      if (!passwordHash) continue;
      for (const role of roles) {
        const name = staffNames[role];
        const iin = makeIin(name.birthDate, name.sex, 7000 + 10 * person++);
        const login = `${providerId}-${role}`;
        await db
          .insert(staff)
          .values({
            id: login,
            login,
            passwordHash,
            providerId,
            role,
            fullName: `${name.surname} ${name.givenName}`,
            iin,
          })
          .onConflictDoUpdate({ target: staff.id, set: { iin } });
        if (role !== "head" || !options.keysDir) continue;
        const holder = {
          iin,
          surname: name.surname,
          givenName: name.givenName,
          patronymic: name.patronymic,
          organisation: { name: stored!.name, bin: stored!.bin },
        };
        await ensureDemoKeyFile(db, {
          folder: path.join(/*turbopackIgnore: true*/ options.keysDir, "staff", login),
          holder,
          kind: "sign",
          crlUrl: options.crlUrl,
          store: options.store,
        });
      }
    }
  }
  // The registering body of each civil registry office: its registrar registers restored records sent
  // to it (seed 001 §5 step 6). Their own IIN series, so the other demo staff keep theirs.
  for (const districtIndex of passwordHash ? addresses.keys() : []) {
    const providerId = `cr-${districtIndex + 1}`;
    const registrarIin = makeIin("1984-04-16", "female", 8000 + 10 * districtIndex);
    await db
      .insert(staff)
      .values({
        id: `${providerId}-registrar`,
        login: `${providerId}-registrar`,
        passwordHash: passwordHash!,
        providerId,
        role: "registrar",
        fullName: "Сейітова Дана",
        iin: registrarIin,
      })
      .onConflictDoUpdate({ target: staff.id, set: { iin: registrarIin } });
  }
  // The State Corporation's contact-centre operator, who takes home-visit requests (002 §12).
  const first = addresses[0]!;
  await db
    .insert(providers)
    .values({
      id: "sc-1",
      kind: "state-corporation",
      district: first.district,
      name: "«Азаматтарға арналған үкімет» МК",
      bin: bin((serial += 3)),
      address: `${first.locality}, ${first.street}, 2`,
      hours: stateCorporationHours,
      phone: "1414",
    })
    .onConflictDoUpdate({
      target: providers.id,
      set: { hours: stateCorporationHours, phone: "1414" },
    });
  if (!passwordHash) return;
  const operatorIin = makeIin("1992-07-30", "female", 7900);
  await db
    .insert(staff)
    .values({
      id: "sc-1-operator",
      login: "sc-1-operator",
      passwordHash,
      providerId: "sc-1",
      role: "operator",
      fullName: "Нұрланова Айгерім",
      iin: operatorIin,
    })
    .onConflictDoUpdate({ target: staff.id, set: { iin: operatorIin } });
}
