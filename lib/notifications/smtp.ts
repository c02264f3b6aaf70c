import nodemailer from "nodemailer";
import type { MessageChannel } from "./outbox";

/** An SMTP server: a URL (smtp:// or smtps://) or host and port; lib/env.ts reads it. */
export type SmtpConfig =
  | { url: string; from: string }
  | {
      host?: string;
      port: number;
      secure: boolean;
      auth?: { user: string; pass: string };
      from: string;
    };

/**
 * A delivery failure that names no person: the SMTP stage and reply code only. The server's reply
 * text often repeats the recipient's address, so it is never kept (the outbox's last_error and the
 * job queue store this message).
 */
export class SmtpDeliveryError extends Error {
  constructor(detail: { code?: string; responseCode?: number; command?: string }) {
    const parts = [detail.code ?? "ESMTP", detail.command, detail.responseCode].filter(Boolean);
    super(`smtp: ${parts.join(" ")}`);
    this.name = "SmtpDeliveryError";
  }
}

type NodemailerError = { code?: unknown; responseCode?: unknown; command?: unknown };

function deliveryError(error: unknown): SmtpDeliveryError {
  const detail = (typeof error === "object" && error ? error : {}) as NodemailerError;
  const text = (value: unknown) =>
    typeof value === "string" && /^[A-Z ]{1,20}$/i.test(value) ? value.toUpperCase() : undefined;
  return new SmtpDeliveryError({
    code: text(detail.code),
    command: text(detail.command),
    responseCode: typeof detail.responseCode === "number" ? detail.responseCode : undefined,
  });
}

/**
 * The production e-mail adapter: one SMTP transaction per message, plain text in UTF-8. A refused
 * recipient or an unreachable server throws, so the outbox records the attempt and the job retries.
 */
export function createSmtpMail(config: SmtpConfig): MessageChannel & { close(): void } {
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transport = nodemailer.createTransport(
    "url" in config
      ? { url: config.url, ...timeouts }
      : { host: config.host, port: config.port, secure: config.secure, auth: config.auth, ...timeouts },
  );
  return {
    async send(message) {
      let info: { rejected?: unknown[] };
      try {
        info = await transport.sendMail({
          from: config.from,
          to: message.recipient,
          subject: message.subject,
          text: message.body,
        });
      } catch (error) {
        throw deliveryError(error);
      }
      if (info.rejected?.length) throw new SmtpDeliveryError({ code: "EENVELOPE", command: "RCPT TO" });
    },
    close: () => transport.close(),
  };
}
