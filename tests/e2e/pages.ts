/** Every page of the portal, by path inside a locale. Each spec that checks "every page" reads this. */
export const publicPages = [
  { path: "", name: "home" },
  { path: "/no-such-page", name: "not found" },
  { path: "/sign-in", name: "sign-in" },
  { path: "/sign-in/eds", name: "EDS sign-in" },
  { path: "/sign-in/code?id=00000000-0000-4000-8000-000000000000", name: "sign-in code" },
  { path: "/register", name: "register" },
  { path: "/register/confirm?id=00000000-0000-4000-8000-000000000000", name: "register confirm" },
  { path: "/reset-password", name: "reset password" },
  { path: "/reset-password/confirm?id=00000000-0000-4000-8000-000000000000", name: "reset confirm" },
  { path: "/demo/sms", name: "SMS outbox" },
  { path: "/office/sign-in", name: "staff sign-in" },
  { path: "/services", name: "service catalogue" },
  { path: "/services/birth-registration", name: "birth registration service" },
  { path: "/services/record-correction", name: "record correction service" },
  { path: "/services/record-restoration", name: "record restoration service" },
  { path: "/services/foster-care", name: "foster care service" },
  { path: "/services/adoption-registry", name: "adoption registry service" },
  { path: "/home-visit", name: "home visit" },
  { path: "/verify", name: "document check" },
  { path: "/verify?number=R-20260101-0000000000", name: "document check, not found" },
  { path: "/verify?number=nonsense", name: "document check, bad number" },
  { path: "/accessibility", name: "accessibility statement" },
  { path: "/privacy", name: "privacy notice" },
] as const;

/** Pages behind sign-in, checked with a demo applicant's session. */
export const cabinetPages = [
  { path: "/cabinet", name: "cabinet" },
  { path: "/cabinet/keys", name: "keys" },
  { path: "/cabinet/security", name: "security" },
  { path: "/cabinet/notifications", name: "notifications" },
  { path: "/cabinet/home-visits", name: "home visits" },
  { path: "/cabinet/home-visits/new", name: "home-visit request" },
  { path: "/cabinet/home-visits/new?for=other", name: "home-visit request for another person" },
  { path: "/cabinet/complaints", name: "complaints" },
] as const;

export const locales = ["kk", "ru", "en"] as const;
