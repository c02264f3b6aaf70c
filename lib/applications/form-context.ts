import type { Db } from "@/lib/db/connect";
import { toAlmaty } from "@/lib/calendar";
import { isLateRegistration } from "@/lib/services/result-date";
import { createRegistries, type ActRecord, type Individual, type Relative } from "@/lib/registries";
import type { Choices, Facts, Prefill } from "@/lib/services/forms/types";

export type FormContext = { facts: Facts; choices: Choices; prefill: Record<Prefill, string>; today: string };
/** The applicant as the state systems know them: the person, their family, their act records. */
export type ApplicantRecords = { person: Individual | null; relatives: Relative[]; acts: ActRecord[] };

/**
 * What the state systems say about this applicant, for the form: facts that decide conditional
 * questions, choices (their act records, their family), and values to prefill.
 */
export async function loadFormContext(
  db: Db,
  iin: string,
  data: Record<string, string>,
  now = new Date(),
): Promise<FormContext> {
  return formContextFrom(await loadApplicantRecords(db, iin), data, now);
}

export async function loadApplicantRecords(db: Db, iin: string): Promise<ApplicantRecords> {
  const registries = createRegistries(db);
  const [person, relatives, acts] = await Promise.all([
    registries.individuals.findByIin(iin),
    registries.individuals.findRelatives(iin),
    registries.civilRegistry.findActsFor(iin),
  ]);
  return { person, relatives, acts };
}

/** The form's context from records already read (loadApplicantRecords), as of `now`. */
export function formContextFrom(
  { person, relatives, acts }: ApplicantRecords,
  data: Record<string, string>,
  now = new Date(),
): FormContext {
  const today = toAlmaty(now).date;
  const spouse = relatives.find((relative) => relative.kind === "spouse")?.person;
  const children = relatives
    .filter((relative) => relative.kind === "child")
    .map((relative) => relative.person);
  const mother = person?.sex === "female" ? person : spouse;
  const father = person?.sex === "male" ? person : spouse;
  const name = (p: { surname: string; givenName: string; patronymic: string | null }) =>
    [p.surname, p.givenName, p.patronymic].filter(Boolean).join(" ");
  const birthDate = data.childBirthDate ?? "";
  return {
    today,
    facts: {
      married: Boolean(spouse),
      lateRegistration: isLateRegistration(birthDate, today),
    },
    choices: {
      actRecords: [
        // Corrections are to the birth act record only (seed 002 §3-4: the result is a repeat birth
        // certificate), so only birth records are offered.
        ...acts
          .filter((act) => act.kind === "birth")
          .map((act) => ({
            value: act.id,
            label: `${act.kind}|${act.actNumber}|${act.registeredOn}|${act.officeName}`,
          })),
        { value: "notListed", label: "notListed" },
      ],
      family: [...(person ? [person] : []), ...children].map((member) => ({
        value: member.iin,
        label: `${name(member)} (${member.iin})`,
      })),
    },
    prefill: {
      "applicant.locality": person?.address.locality ?? "",
      "mother.iin": mother?.iin ?? "",
      "father.iin": father?.iin ?? "",
    },
  };
}
