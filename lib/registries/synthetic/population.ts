import { makeIin, type Sex } from "@/lib/iin";
import { addresses, civilRegistryOffices, kazakhNames, russianNames, type NameSet } from "./names";
import { createRandom } from "./random";
import type { civilActs, familyLinks, individuals, powersOfAttorney } from "@/lib/db/schema";

type Person = typeof individuals.$inferInsert;
type Link = Omit<typeof familyLinks.$inferInsert, "id">;
type Act = typeof civilActs.$inferInsert;
type Power = typeof powersOfAttorney.$inferInsert;
export type Population = { people: Person[]; links: Link[]; acts: Act[]; powers: Power[] };

const FAMILY_COUNT = 18;

/**
 * The synthetic population: families (spouses, children) with valid IINs, birth and marriage act
 * records, and notarised powers of attorney. Deterministic: the same output on every call.
 * Every fifth family's eldest child has no birth act record (a "lost record" for restoration cases).
 */
export function buildPopulation(): Population {
  const random = createRandom(20261123);
  const result: Population = { people: [], links: [], acts: [], powers: [] };
  let serial = 1000;
  let actCounter = 1;

  const addPerson = (
    names: NameSet,
    sex: Sex,
    birthDate: string,
    surnameIndex: number,
    father: string | null,
    home: number,
  ) => {
    const given = random.pick(sex === "male" ? names.male : names.female);
    const surnames = names.surnames[surnameIndex % names.surnames.length]!;
    const address = addresses[home % addresses.length]!;
    const person: Person = {
      iin: makeIin(birthDate, sex, (serial += 7)),
      surname: sex === "male" ? surnames.male : surnames.female,
      givenName: given,
      patronymic: father ? names.patronymic(father, sex) : null,
      sex,
      birthDate,
      birthPlace: address.locality,
      citizenship: "KZ",
      phone: `+7701${String(1000000 + serial * 13).slice(-7)}`,
      region: address.region,
      district: address.district,
      locality: address.locality,
      street: address.street,
      house: String(random.int(1, 120)),
      flat: random.next() < 0.6 ? String(random.int(1, 200)) : null,
    };
    result.people.push(person);
    return person;
  };
  const addAct = (act: Omit<Act, "id" | "actNumber">) => {
    const number = String(actCounter++).padStart(6, "0");
    result.acts.push({ ...act, id: `${act.kind.toUpperCase()}-${number}`, actNumber: number });
  };

  for (let family = 0; family < FAMILY_COUNT; family++) {
    const names = family % 3 === 2 ? russianNames : kazakhNames;
    const surnameIndex = family;
    const office = civilRegistryOffices[family % civilRegistryOffices.length]!;
    const husband = addPerson(
      names,
      "male",
      random.date(1972, 1996),
      surnameIndex,
      random.pick(names.male),
      family,
    );
    const wife = addPerson(
      names,
      "female",
      random.date(1974, 1998),
      surnameIndex,
      random.pick(names.male),
      family,
    );
    wife.street = husband.street;
    wife.house = husband.house;
    wife.flat = husband.flat;
    result.links.push({ personIin: husband.iin, relativeIin: wife.iin, kind: "spouse" });
    result.links.push({ personIin: wife.iin, relativeIin: husband.iin, kind: "spouse" });
    const weddingYear =
      Math.max(Number(husband.birthDate.slice(0, 4)), Number(wife.birthDate.slice(0, 4))) + 22;
    addAct({
      kind: "marriage",
      registeredOn: `${weddingYear}-06-15`,
      officeName: office,
      personIin: husband.iin,
      partnerIin: wife.iin,
    });
    if (family % 2 === 0)
      addAct({ kind: "birth", registeredOn: husband.birthDate, officeName: office, personIin: husband.iin });

    const childCount = 1 + (family % 3);
    for (let index = 0; index < childCount; index++) {
      const sex: Sex = random.next() < 0.5 ? "male" : "female";
      const birthYear = Math.min(weddingYear + 1 + index * 3, 2024);
      const child = addPerson(
        names,
        sex,
        random.date(birthYear, birthYear),
        surnameIndex,
        husband.givenName,
        family,
      );
      Object.assign(child, {
        street: husband.street,
        house: husband.house,
        flat: husband.flat,
        phone: birthYear < 2008 ? child.phone : null,
      });
      for (const parent of [husband, wife]) {
        result.links.push({ personIin: parent.iin, relativeIin: child.iin, kind: "child" });
        result.links.push({ personIin: child.iin, relativeIin: parent.iin, kind: "parent" });
      }
      const lostRecord = family % 5 === 4 && index === 0;
      if (!lostRecord) {
        addAct({
          kind: "birth",
          registeredOn: child.birthDate,
          officeName: office,
          personIin: child.iin,
          motherIin: wife.iin,
          fatherIin: husband.iin,
        });
      }
    }
  }

  addPowers(result);
  return result;
}

/** Powers of attorney: a valid one, an expired one and a revoked one, between adult relatives. */
function addPowers(result: Population) {
  const adults = result.people.filter((person) => person.birthDate < "2005-01-01");
  const notary = "Нотариус Қалиева Ж.Б.";
  const pair = (index: number) => [adults[index]!, adults[index + 2]!] as const;
  const specs = [
    { validUntil: "2029-12-31", revoked: false },
    { validUntil: "2030-06-30", revoked: false },
    { validUntil: "2024-01-31", revoked: false },
    { validUntil: "2029-12-31", revoked: true },
  ];
  specs.forEach((spec, index) => {
    const [principal, attorney] = pair(index * 3);
    result.powers.push({
      number: `POA-2025-${String(index + 1).padStart(4, "0")}`,
      principalIin: principal.iin,
      attorneyIin: attorney.iin,
      notaryName: notary,
      issuedOn: "2023-02-01",
      validUntil: spec.validUntil,
      scope: "civil-registry-and-family-services",
      revoked: spec.revoked,
    });
  });
}
