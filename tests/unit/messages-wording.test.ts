import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

type Tree = { [key: string]: string | Tree };

/** Every message as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}
const catalogues = { kk, ru, en } as unknown as Record<"kk" | "ru" | "en", Tree>;
const messages = (locale: keyof typeof catalogues) => flatten(catalogues[locale]);

const words = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
/** A status's verb, its ending cut (Russian agrees in gender: "отправлено" / "отправлена"). */
const stem = (status: string) => {
  const last = words(status).at(-1)!;
  return last.length > 5 ? last.slice(0, -1) : last;
};

/** Which status each notification announces: the same word in both places. */
const announced = {
  application: {
    statuses: "statuses",
    kinds: {
      submitted: "submitted",
      registered: "registered",
      extended: "extended",
      result_ready: "result_ready",
      refused: "refused",
      refusedByProvider: "refused",
      issued: "issued",
    },
  },
  visit: {
    statuses: "homeVisit.statuses",
    kinds: { visitRequested: "requested", visitCancelled: "cancelled", visitCompleted: "completed" },
  },
} as const;

describe("the wording of the messages (checks that a machine can make)", () => {
  it("Kazakh: the seeds' terms, no loan words or wrong cases that were used before", () => {
    const texts = messages("kk").map(([, text]) => text);
    for (const wrong of ["Өтінішке бас тартылды", "өтінішіне бас тартылды", "Логин", "КККК", "Бірдеңе"])
      expect(texts.filter((text) => text.includes(wrong))).toEqual([]);
    const all = new Map(messages("kk"));
    expect(all.get("errorPage.title")).toBe("Қате орын алды");
    expect(all.get("options.maritalStatus.widowed")).toBe("Жесір (тұл)");
    expect(all.get("homeVisit.statuses.cancelled")).toBe("Болдырылмады");
    expect(all.get("receipt.refusedTitle")).toBe("Өтініш бойынша бас тартылды");
    expect(all.get("receipt.applicant")).toBe("Көрсетілетін қызметті алушы");
    expect(all.get("verify.provider")).toBe("Көрсетілетін қызметті беруші");
    // The services by the names the regulations give them (seeds 001, 002, 003).
    expect(
      ["birthRegistration", "recordCorrection", "recordRestoration", "fosterCare", "adoptionRegistry"].map(
        (key) => all.get(`services.${key}.title`),
      ),
    ).toEqual([
      "Бала тууды тіркеу",
      "Азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу",
      "Азаматтық хал актілерінің жазбаларын қалпына келтіру",
      "Баланы (балаларды) патронаттық тәрбиелеуге беру",
      "Бала асырап алуға тілек білдірген адамдарды есепке қою",
    ]);
  });

  it("Kazakh: a date format hint is ЖЖЖЖ-АА-КК", () => {
    const hints = messages("kk").flatMap(([key, text]) =>
      [...text.matchAll(/(?<!\p{L})\p{Lu}{4}-\p{Lu}{2}-\p{Lu}{2}(?!\p{L})/gu)].map(
        (match) => `${key}: ${match[0]}`,
      ),
    );
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.filter((hint) => !hint.endsWith("ЖЖЖЖ-АА-КК"))).toEqual([]);
  });

  it("Kazakh: «дейін» follows a word in the dative, never a bare value", () => {
    const wrong = messages("kk").flatMap(([key, text]) =>
      [...text.matchAll(/(\S+)\s+дейін/gu)]
        .filter(([, before]) => before!.endsWith("}") || !/(ға|ге|қа|ке|на|не|а|е)$/u.test(before!))
        .map(([match]) => `${key}: ${match}`),
    );
    expect(wrong).toEqual([]);
    // The check can fail: a bare value before «дейін» is caught.
    expect("{dueAt} дейін".match(/(\S+)\s+дейін/u)![1]!.endsWith("}")).toBe(true);
  });

  for (const locale of ["kk", "ru", "en"] as const) {
    it(`${locale}: a notification names its status with the status's own word, not another's`, () => {
      const all = new Map(messages(locale));
      const problems: string[] = [];
      for (const family of Object.values(announced)) {
        const stems = Object.fromEntries(
          Object.values(family.kinds).map((status) => [
            status,
            stem(all.get(`${family.statuses}.${status}`)!),
          ]),
        );
        for (const [kind, status] of Object.entries(family.kinds)) {
          const title = words(all.get(`notifications.kinds.${kind}.title`)!);
          const has = (word: string) => title.some((token) => token.startsWith(word));
          if (!has(stems[status]!)) problems.push(`${kind} lacks "${stems[status]}"`);
          for (const [other, word] of Object.entries(stems))
            if (word !== stems[status] && has(word)) problems.push(`${kind} says "${word}" of ${other}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
