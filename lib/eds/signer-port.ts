/**
 * The signer port: what a page asks of an EDS signer, modelled on NCALayer's
 * kz.gov.pki.knca.basics `sign` call (data in CMS format, signerParams.iin). The built-in dialog
 * implements it; an NCALayer bridge over wss://127.0.0.1:13579 could replace it without touching forms.
 */
export type SignRequest = {
  /** The exact bytes to sign (canonical request JSON, or a sign-in challenge), as text. */
  data: string;
  /** The applicant's IIN, when the certificate must carry it; null for sign-in. */
  iin: string | null;
  purpose: "sign" | "auth";
};

export type SignResult = { status: "signed"; cms: string } | { status: "cancelled" };
