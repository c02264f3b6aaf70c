import pino, { type DestinationStream } from "pino";
import { redactValue } from "./redact-value";
import { redactText } from "./redact-text";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;
export type Logger = Record<Exclude<LogLevel, "silent">, (message: string, fields?: LogFields) => void>;

/** Paths pino itself censors (fast-redact), behind the deep redaction of every field and message. */
const REDACT_PATHS = [
  "iin",
  "phone",
  "address",
  "password",
  "token",
  "cookie",
  "authorization",
  "params",
].flatMap((key) => [key, `*.${key}`]);

/**
 * Structured JSON logs through pino: `{ time, level, message, …fields }`. Every field and message
 * is redacted first (IINs, phones, addresses, tokens, codes, passwords, SQL parameters). Without a
 * destination, debug and info go to stdout, warn and error to stderr.
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  const destination =
    options.destination ??
    pino.multistream(
      [
        { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
        { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
      ],
      { dedupe: true },
    );
  const base = pino(
    {
      level: options.level,
      base: undefined,
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination,
  );
  const write =
    (level: Exclude<LogLevel, "silent">) =>
    (message: string, fields: LogFields = {}) => {
      if (!base.isLevelEnabled(level)) return;
      const safe = redactValue(fields);
      base[level](typeof safe === "object" && safe !== null ? safe : {}, redactText(message));
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
