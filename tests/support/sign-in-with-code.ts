import type { Db } from "@/lib/db/connect";
import { confirmSignIn } from "@/lib/auth/second-factor";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { SmsSender } from "@/lib/notifications/sms";

/** An SMS port that keeps what it sent, newest last, so a test can read the code a person would. */
export function recordingSms(): SmsSender & {
  sent: Array<{ phone: string; body: string }>;
  lastCode(): string;
} {
  const sent: Array<{ phone: string; body: string }> = [];
  return {
    sent,
    async send(phone, body) {
      sent.push({ phone, body });
    },
    lastCode() {
      const code = sent.at(-1)?.body.match(/\b\d{6}\b/)?.[0];
      if (!code) throw new Error("no code was sent");
      return code;
    },
  };
}

/**
 * The whole password sign-in as a person does it: IIN and password, then the SMS code (unless the
 * device cookie is remembered). Refusals of either step are thrown as they are.
 */
export async function signInWithCode(
  db: Db,
  values: { iin: string; password: string; client: string; now?: Date; deviceCookie?: string | null },
  options: { remember?: boolean; sms?: ReturnType<typeof recordingSms> } = {},
) {
  const sms = options.sms ?? recordingSms();
  const first = await signInWithPassword({
    db,
    input: { iin: values.iin, password: values.password },
    client: values.client,
    sms,
    locale: "kk",
    deviceCookie: values.deviceCookie,
    now: values.now,
  });
  if (first.step === "session") return { ...first, device: null };
  return confirmSignIn({
    db,
    input: { confirmationId: first.confirmationId, code: sms.lastCode(), remember: options.remember },
    client: values.client,
    userAgentDescription: "Firefox · Linux",
    now: values.now,
  });
}
