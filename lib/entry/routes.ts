import type { OfficeNotice, VisitNotice } from "./office-notices";

/**
 * Every address of the portal, built in one place.
 * - `paths.*` has no locale: for next-intl's `<Link>`, which adds the locale itself.
 * - `routes.*(locale, …)` is the full address: for `redirect()`, an action's `next`, a plain `<a>`.
 */
const query = (name: string, value: string | undefined) => (value === undefined ? "" : `?${name}=${value}`);
/** A query string of the defined values, encoded ("" when none). */
const search = (values: Record<string, string | undefined>) => {
  const defined = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : "";
};
/** An office notice travels as its key only (lib/entry/office-notices.ts): the page translates it. */
const done = (notice: OfficeNotice | VisitNotice | undefined) =>
  notice === undefined ? "" : `?done=${notice}`;

export const paths = {
  home: () => "/",
  /** `next`: where to return after signing in (checked by `safeReturnPath` when read). */
  signIn: (flag?: "reset" | "expired", next?: string) =>
    `/sign-in${search({ ...(flag ? { [flag]: "1" } : {}), next })}`,
  signInWithEds: (next?: string) => `/sign-in/eds${search({ next })}`,
  signInCode: (confirmationId: string, next?: string) =>
    `/sign-in/code${search({ id: confirmationId, next })}`,
  register: () => "/register",
  registerConfirm: (confirmationId: string) => `/register/confirm${query("id", confirmationId)}`,
  resetPassword: () => "/reset-password",
  resetPasswordConfirm: (confirmationId: string) => `/reset-password/confirm${query("id", confirmationId)}`,
  demoSms: () => "/demo/sms",
  services: () => "/services",
  service: (serviceId: string) => `/services/${serviceId}`,
  homeVisitInfo: () => "/home-visit",
  accessibility: () => "/accessibility",
  privacy: () => "/privacy",
  verify: (number?: string) => `/verify${query("number", number)}`,
  cabinet: (page?: number) => `/cabinet${query("page", page === undefined ? undefined : String(page))}`,
  notifications: () => "/cabinet/notifications",
  /** `next`: the request to return to once a key is got (checked by `safeReturnPath` when read). */
  keys: (revoked = false, next?: string) =>
    `/cabinet/keys${search({ revoked: revoked ? "1" : undefined, next })}`,
  security: (forgotten?: "one" | "all") => `/cabinet/security${query("forgotten", forgotten)}`,
  application: (id: string) => `/cabinet/applications/${id}`,
  applicationStep: (id: string, stepId: string) => `/cabinet/applications/${id}/step/${stepId}`,
  applicationDocuments: (id: string) => `/cabinet/applications/${id}/documents`,
  applicationReview: (id: string) => `/cabinet/applications/${id}/review`,
  applicationReceipt: (id: string) => `/cabinet/applications/${id}/receipt`,
  deleteDraft: (id: string) => `/cabinet/applications/${id}/delete`,
  withdrawApplication: (id: string) => `/cabinet/applications/${id}/withdraw`,
  homeVisits: () => "/cabinet/home-visits",
  newHomeVisit: (forOther = false) => `/cabinet/home-visits/new${forOther ? "?for=other" : ""}`,
  homeVisit: (id: string) => `/cabinet/home-visits/${id}`,
  complaints: () => "/cabinet/complaints",
  newComplaint: (applicationId: string) => `/cabinet/complaints/new${query("request", applicationId)}`,
  complaint: (id: string) => `/cabinet/complaints/${id}`,
  office: (options: { done?: OfficeNotice; page?: number } = {}) =>
    options.page === undefined ? `/office${done(options.done)}` : `/office?page=${options.page}`,
  officeSignIn: () => "/office/sign-in",
  officePassword: () => "/office/password",
  officeRequest: (id: string) => `/office/requests/${id}`,
  officeNewHomeVisit: () => "/office/home-visits/new",
  officeHomeVisit: (id: string, notice?: VisitNotice) => `/office/home-visits/${id}${done(notice)}`,
  officeComplaints: () => "/office/complaints",
  officeComplaint: (id: string, answered = false) =>
    `/office/complaints/${id}${answered ? "?answered=1" : ""}`,
};

/** The JSON API's addresses (no locale: the API answers in the request's language). */
export const apiPaths = {
  attachments: () => "/api/v1/attachments",
  attachment: (id: string) => `/api/v1/attachments/${id}`,
  officeAttachment: (id: string) => `/api/v1/office/attachments/${id}`,
  receipt: (applicationId: string, locale: string) =>
    `/api/v1/applications/${applicationId}/receipt?lang=${locale}`,
  result: (applicationId: string) => `/api/v1/applications/${applicationId}/result`,
  resultSignature: (applicationId: string) => `/api/v1/applications/${applicationId}/result/signature`,
  resultPdf: (applicationId: string, locale: string) =>
    `/api/v1/applications/${applicationId}/result/pdf?lang=${locale}`,
  caCertificate: () => "/api/v1/eds/ca.pem",
  crl: () => "/api/v1/eds/crl",
  complaints: () => "/api/v1/complaints",
  complaint: (id: string) => `/api/v1/complaints/${id}`,
  officeComplaintAttachment: (id: string) => `/api/v1/office/complaint-attachments/${id}`,
};

/** The path with the locale in front ("/" becomes "/kk"). */
export function localized(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export const routes = {
  home: (locale: string) => localized(locale, paths.home()),
  signIn: (locale: string, flag?: "reset" | "expired", next?: string) =>
    localized(locale, paths.signIn(flag, next)),
  signInCode: (locale: string, confirmationId: string, next?: string) =>
    localized(locale, paths.signInCode(confirmationId, next)),
  registerConfirm: (locale: string, confirmationId: string) =>
    localized(locale, paths.registerConfirm(confirmationId)),
  resetPasswordConfirm: (locale: string, confirmationId: string) =>
    localized(locale, paths.resetPasswordConfirm(confirmationId)),
  cabinet: (locale: string) => localized(locale, paths.cabinet()),
  notifications: (locale: string) => localized(locale, paths.notifications()),
  keys: (locale: string, revoked = false, next?: string) => localized(locale, paths.keys(revoked, next)),
  security: (locale: string, forgotten?: "one" | "all") => localized(locale, paths.security(forgotten)),
  applicationStep: (locale: string, id: string, stepId: string) =>
    localized(locale, paths.applicationStep(id, stepId)),
  applicationReview: (locale: string, id: string) => localized(locale, paths.applicationReview(id)),
  applicationReceipt: (locale: string, id: string) => localized(locale, paths.applicationReceipt(id)),
  homeVisit: (locale: string, id: string) => localized(locale, paths.homeVisit(id)),
  application: (locale: string, id: string) => localized(locale, paths.application(id)),
  office: (locale: string, notice?: OfficeNotice) => localized(locale, paths.office({ done: notice })),
  officeSignIn: (locale: string) => localized(locale, paths.officeSignIn()),
  officePassword: (locale: string) => localized(locale, paths.officePassword()),
  officeHomeVisit: (locale: string, id: string, notice?: VisitNotice) =>
    localized(locale, paths.officeHomeVisit(id, notice)),
  complaint: (locale: string, id: string) => localized(locale, paths.complaint(id)),
  officeComplaint: (locale: string, id: string, answered = false) =>
    localized(locale, paths.officeComplaint(id, answered)),
};

/** Where a draft's pages are: one of its steps, the documents, or the review. */
export type FlowPlace = { step: string } | "documents" | "review";

/**
 * The pages of a draft in order: the service page, each step, the documents, the review, the receipt.
 * Gives the paths (no locale) before and after a place: the back link and where "continue" leads.
 */
export function applicationFlow(
  application: { id: string; serviceId: string },
  steps: ReadonlyArray<{ id: string }>,
  place: FlowPlace,
): { previous: string; next: string } {
  const { id } = application;
  if (place === "review")
    return { previous: paths.applicationDocuments(id), next: paths.applicationReceipt(id) };
  const last = steps[steps.length - 1];
  if (place === "documents")
    return {
      previous: last ? paths.applicationStep(id, last.id) : paths.service(application.serviceId),
      next: paths.applicationReview(id),
    };
  const index = steps.findIndex((step) => step.id === place.step);
  const before = index > 0 ? steps[index - 1] : undefined;
  const after = steps[index + 1];
  return {
    previous: before ? paths.applicationStep(id, before.id) : paths.service(application.serviceId),
    next: after ? paths.applicationStep(id, after.id) : paths.applicationDocuments(id),
  };
}
