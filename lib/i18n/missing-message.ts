/** Shown instead of a missing message, so a raw key can never pass for text (tests look for it). */
export const MISSING_MESSAGE_MARK = "⟦";

/** The text shown for a missing message, on the server and in the browser alike. */
export function missingMessageText({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARK}${[namespace, key].filter(Boolean).join(".")}⟧`;
}

/** Logged by the browser for a message it cannot find: the end-to-end tests fail on this text. */
export const CLIENT_MISSING_MESSAGE = "qyzmet: missing message";
