import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [inner, text] of flatten(value, name)) entries.set(inner, text);
  }
  return entries;
}

const catalogues = { kk: flatten(kk), ru: flatten(ru), en: flatten(en) };
const allKeys = new Set(Object.values(catalogues).flatMap((catalogue) => [...catalogue.keys()]));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe("message catalogues", () => {
  it.each(Object.keys(catalogues))("%s has every key, none empty", (locale) => {
    const catalogue = catalogues[locale as keyof typeof catalogues];
    const missing = [...allKeys].filter((key) => !catalogue.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it("uses the same placeholders in every language", () => {
    const mismatched = [...allKeys].filter((key) => {
      const reference = JSON.stringify(placeholders(catalogues.en.get(key) ?? ""));
      return [catalogues.kk, catalogues.ru].some(
        (catalogue) => JSON.stringify(placeholders(catalogue.get(key) ?? "")) !== reference,
      );
    });
    expect(mismatched).toEqual([]);
  });
});
