import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("the layer rule (eslint.config.mjs)", () => {
  it("refuses Next in a domain folder", async () => {
    const code = 'import { redirect } from "next/navigation";\nexport const go = () => redirect("/");\n';
    const messages = await restrictedImports("lib/applications/sample.ts", code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("entry layer");
  });

  it("refuses request-scoped next-intl in a domain folder", async () => {
    const code = 'import { getTranslations } from "next-intl/server";\nexport const t = getTranslations;\n';
    expect(await restrictedImports("lib/office/sample.ts", code)).toHaveLength(1);
  });

  it("refuses next-intl's routing in lib/i18n (it lives in lib/entry/i18n)", async () => {
    const code = 'import { defineRouting } from "next-intl/routing";\nexport const r = defineRouting;\n';
    expect(await restrictedImports("lib/i18n/sample.ts", code)).toHaveLength(1);
    expect(await restrictedImports("lib/entry/i18n/sample.ts", code)).toEqual([]);
  });

  it("allows Next in the entry layer", async () => {
    const code = 'import { redirect } from "next/navigation";\nexport const go = () => redirect("/");\n';
    expect(await restrictedImports("lib/entry/actions/sample.ts", code)).toEqual([]);
  });

  it("refuses the database in a component", async () => {
    const code = 'import { getDb } from "@/lib/db/server";\nexport const db = getDb;\n';
    const messages = await restrictedImports("components/layout/sample.tsx", code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Components never open the database");
  });

  it("refuses Drizzle queries in pages and route handlers", async () => {
    const code = 'import { eq } from "drizzle-orm";\nexport const e = eq;\n';
    expect(await restrictedImports("app/api/v1/sample/route.ts", code)).toHaveLength(1);
    expect(await restrictedImports("app/[locale]/sample/page.tsx", code)).toHaveLength(1);
  });

  it("keeps the core free of frameworks", async () => {
    const code = 'import { cache } from "react";\nexport const c = cache;\n';
    expect(await restrictedImports("lib/calendar/sample.ts", code)).toHaveLength(1);
  });
});
