/** Every page of the portal, by path inside a locale. Each spec that checks "every page" reads this. */
export const publicPages = [
  { path: "", name: "home" },
  { path: "/no-such-page", name: "not found" },
] as const;

export const locales = ["kk", "ru", "en"] as const;
