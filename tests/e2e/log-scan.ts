import { buildPopulation } from "@/lib/registries/synthetic/population";

export type LogFinding = { line: number; kind: "iin" | "phone" | "password" };

/** The demo passwords printed in the README: none may ever reach a log. */
export const demoPasswords = ["qyzmet-demo-2026", "qyzmet-staff-2026", "demo-key-2026"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phone's ten national digits in any spelling: +7 701 101 30 91, 8(701)1013091, 7011013091… */
function phonePattern(phone: string): RegExp {
  const national = phone.replace(/\D/g, "").slice(-10);
  return new RegExp(`(?<!\\d)${[...national].join("[\\s\\-()]{0,2}")}(?!\\d)`);
}

/**
 * Every line of a server log that holds a seeded person's IIN or phone, or a demo password (the
 * whole seed: lib/registries/synthetic). Reports line numbers and kinds, never the values.
 */
export function scanLog(text: string, people = buildPopulation().people): LogFinding[] {
  const checks: Array<{ kind: LogFinding["kind"]; pattern: RegExp }> = [
    ...people.map((person) => ({
      kind: "iin" as const,
      pattern: new RegExp(`(?<!\\d)${person.iin}(?!\\d)`),
    })),
    ...people
      .flatMap((person) => (person.phone ? [person.phone] : []))
      .map((phone) => ({ kind: "phone" as const, pattern: phonePattern(phone) })),
    ...demoPasswords.map((password) => ({
      kind: "password" as const,
      pattern: new RegExp(escape(password)),
    })),
  ];
  const findings: LogFinding[] = [];
  text.split("\n").forEach((content, index) => {
    for (const check of checks)
      if (check.pattern.test(content)) findings.push({ line: index + 1, kind: check.kind });
  });
  return findings;
}
