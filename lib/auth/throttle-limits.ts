/**
 * Throttling limits per entry point (README, "Security", has the same table). Every entry point is
 * limited per client network and, where the request names one, per IIN or staff login.
 *
 * - `attempts`: every request counts; over `points` in `seconds` the answer is 429 until the window ends.
 * - `failures` (password sign-in): only wrong pairs count. Per IIN or login a progressive delay, never a
 *   lock: after `freeFailures` failures each further try waits 2^n seconds, at most `maxDelaySeconds`, so
 *   nobody can lock another person out. Per client a hard limit blocks the client for `blockSeconds`.
 */
export type AttemptLimit = { points: number; seconds: number };
export type FailureLimits = {
  key: { freeFailures: number; maxDelaySeconds: number; windowSeconds: number };
  client: { points: number; seconds: number; blockSeconds: number };
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const signInFailures: FailureLimits = {
  key: { freeFailures: 5, maxDelaySeconds: MINUTE, windowSeconds: HOUR },
  client: { points: 20, seconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
};

export const FAILURE_LIMITS = {
  signIn: signInFailures,
  staffSignIn: signInFailures,
} as const satisfies Record<string, FailureLimits>;

export const ATTEMPT_LIMITS = {
  /** The SMS code after the password (the second factor). */
  secondFactor: { key: { points: 10, seconds: 15 * MINUTE }, client: { points: 100, seconds: 15 * MINUTE } },
  /** Registration: argon2 runs for each request, and a code may be sent. */
  register: { key: { points: 5, seconds: HOUR }, client: { points: 20, seconds: HOUR } },
  registerConfirm: { client: { points: 30, seconds: 15 * MINUTE } },
  reset: { key: { points: 5, seconds: HOUR }, client: { points: 20, seconds: HOUR } },
  resetConfirm: { client: { points: 30, seconds: 15 * MINUTE } },
  edsChallenge: { client: { points: 60, seconds: 15 * MINUTE } },
  edsSignIn: { client: { points: 20, seconds: 15 * MINUTE } },
  /** A new key pair and certificate: RSA key generation is a CPU lever. */
  keyIssue: { key: { points: 10, seconds: DAY }, client: { points: 20, seconds: HOUR } },
} as const satisfies Record<string, { key?: AttemptLimit; client: AttemptLimit }>;

export type AttemptEntryPoint = keyof typeof ATTEMPT_LIMITS;
export type FailureEntryPoint = keyof typeof FAILURE_LIMITS;

/** The delay after the given number of failures in a row (0 while still free). */
export function failureDelaySeconds(failures: number, limits: FailureLimits["key"]): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(2 ** (failures - limits.freeFailures), limits.maxDelaySeconds);
}
