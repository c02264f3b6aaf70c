import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers (README, "Architecture"):
 * - Only the entry layer (`app/`, `lib/entry/`) knows Next: `lib/<domain>` imports no `next/*`.
 * - Only `lib/<domain>` touches the database: no Drizzle or schema in `app/`, `lib/entry/`,
 *   `components/`; components do not even open the database.
 * - The core (IIN, calendar) imports no framework at all.
 */
const next = {
  group: [
    "next",
    "next/*",
    "next-intl/server",
    "next-intl/navigation",
    "next-intl/routing",
    "next-intl/middleware",
    "@/lib/entry",
    "@/lib/entry/*",
  ],
  message: "lib/<domain> does not know Next: move this to the entry layer (lib/entry or app/).",
};
const drizzle = {
  group: ["drizzle-orm", "drizzle-orm/*", "@/lib/db/schema", "@/lib/db/schema/*"],
  message: "Only lib/<domain> queries the database: call a domain function instead.",
};
const database = {
  group: ["@/lib/db", "@/lib/db/*", "pg", "@electric-sql/*"],
  message: "Components never open the database: the page passes them plain data.",
};
const framework = {
  group: ["next", "next/*", "next-intl", "next-intl/*", "react", "react/*", "drizzle-orm", "@/lib/db/*"],
  message: "The core (IIN, calendar) imports no framework.",
};
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      ".reports/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/entry/**"], rules: restrict(next) },
  { files: ["app/**/*.{ts,tsx}", "lib/entry/**/*.{ts,tsx}"], rules: restrict(drizzle) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(drizzle, database) },
  { files: ["lib/iin/**/*.ts", "lib/calendar/**/*.ts", "lib/i18n/**/*.ts"], rules: restrict(framework) },
];

export default config;
