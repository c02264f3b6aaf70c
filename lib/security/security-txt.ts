/**
 * The portal's `/.well-known/security.txt` (RFC 9116). `REVIEWED` is the day the file was last checked;
 * it expires a year less a day later (RFC 9116 §2.5.5 advises less than a year), and the unit test
 * fails once that day is near, as a reminder to review the contact and renew it.
 */
export const SECURITY_TXT_REVIEWED = "2026-11-26T00:00:00Z";
const VALID_DAYS = 364;

export function securityTxtExpires(reviewed = SECURITY_TXT_REVIEWED): Date {
  return new Date(new Date(reviewed).getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** The file's text for the portal at `appOrigin` (Contact and Canonical follow the configured origin). */
export function securityTxt(appOrigin: string): string {
  const origin = new URL(appOrigin);
  return [
    `Contact: mailto:security@${origin.hostname}`,
    `Expires: ${securityTxtExpires().toISOString()}`,
    "Preferred-Languages: kk, ru, en",
    `Canonical: ${origin.origin}/.well-known/security.txt`,
    "",
  ].join("\n");
}
