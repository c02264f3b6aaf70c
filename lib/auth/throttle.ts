import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/connect";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { clientNetwork } from "./client-network";
import {
  ATTEMPT_LIMITS,
  FAILURE_LIMITS,
  failureDelaySeconds,
  type AttemptEntryPoint,
  type AttemptLimit,
  type FailureEntryPoint,
} from "./throttle-limits";
import { sha256 } from "./tokens";

/**
 * Throttling of every entry point over rate-limiter-flexible's Drizzle store (one table, `rate_limits`,
 * on PGlite and on PostgreSQL). Keys are hashes: no IIN, login or address is stored in clear.
 */
export type ThrottleSubject = { key?: string; client: string };

const cache = new WeakMap<Db, Map<string, RateLimiterDrizzle>>();

function limiter(db: Db, name: string, limit: AttemptLimit) {
  const forDb = cache.get(db) ?? new Map<string, RateLimiterDrizzle>();
  cache.set(db, forDb);
  let found = forDb.get(name);
  if (!found) {
    found = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: name,
      points: limit.points,
      duration: limit.seconds,
      // Expired rows are deleted by one limiter per database (they share the table).
      clearExpiredByTimeout: forDb.size === 0,
    });
    forDb.set(name, found);
  }
  return found;
}

const hashed = (value: string) => sha256(value).slice(0, 32);
const clientKey = (client: string) => hashed(clientNetwork(client));
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** A store's refusal is an answer (the counts), anything else an error. */
function counted(error: unknown): RateLimiterRes {
  if (error instanceof RateLimiterRes) return error;
  throw error;
}

/**
 * Counts one request to an entry point, per IIN or login (when given) and per client network; over a
 * limit, AppError("rate_limited") with the seconds until the window ends.
 */
export async function consume(db: Db, entryPoint: AttemptEntryPoint, subject: ThrottleSubject) {
  const limits: { key?: AttemptLimit; client: AttemptLimit } = ATTEMPT_LIMITS[entryPoint];
  const waits: number[] = [];
  const take = async (name: string, limit: AttemptLimit, key: string) => {
    try {
      await limiter(db, name, limit).consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      waits.push(seconds(error.msBeforeNext));
    }
  };
  await take(`${entryPoint}:client`, limits.client, clientKey(subject.client));
  if (limits.key && subject.key !== undefined)
    await take(`${entryPoint}:key`, limits.key, hashed(subject.key));
  if (waits.length) throw new AppError("rate_limited", {}, Math.max(...waits));
}

function failureLimiters(db: Db, entryPoint: FailureEntryPoint) {
  const limits = FAILURE_LIMITS[entryPoint];
  return {
    limits,
    failures: limiter(db, `${entryPoint}:failures`, {
      points: Number.MAX_SAFE_INTEGER,
      seconds: limits.key.windowSeconds,
    }),
    // Blocked with block() for the delay after each failure past the free ones.
    delay: limiter(db, `${entryPoint}:delay`, { points: 1, seconds: limits.key.maxDelaySeconds }),
    client: limiter(db, `${entryPoint}:client`, {
      points: limits.client.points,
      seconds: limits.client.seconds,
    }),
  };
}

/** Before checking a password: refuses while the IIN's delay runs or the client is blocked. */
export async function checkFailures(db: Db, entryPoint: FailureEntryPoint, subject: ThrottleSubject) {
  const { delay, client } = failureLimiters(db, entryPoint);
  const waits: number[] = [];
  if (subject.key !== undefined) {
    const res = await delay.get(hashed(subject.key));
    if (res && res.consumedPoints > delay.points) waits.push(seconds(res.msBeforeNext));
  }
  const res = await client.get(clientKey(subject.client));
  if (res && res.consumedPoints > client.points) waits.push(seconds(res.msBeforeNext));
  if (waits.length) throw new AppError("rate_limited", {}, Math.max(...waits));
}

/**
 * After a wrong pair: counts it per IIN (and sets the next delay) and per client (at the limit the
 * client is blocked for blockSeconds, checked before the next password is even looked at).
 */
export async function recordFailure(db: Db, entryPoint: FailureEntryPoint, subject: ThrottleSubject) {
  const { limits, failures, delay, client } = failureLimiters(db, entryPoint);
  if (subject.key !== undefined) {
    const key = hashed(subject.key);
    const count = await failures.consume(key).catch(counted);
    const wait = failureDelaySeconds(count.consumedPoints, limits.key);
    if (wait > 0) await delay.block(key, wait);
  }
  const key = clientKey(subject.client);
  const count = await client.consume(key).catch(counted);
  if (count.consumedPoints >= limits.client.points) await client.block(key, limits.client.blockSeconds);
}

/** After a right pair: the IIN's failures are forgiven (the client's are not). */
export async function clearFailures(db: Db, entryPoint: FailureEntryPoint, key: string) {
  const { failures, delay } = failureLimiters(db, entryPoint);
  await Promise.all([failures.delete(hashed(key)), delay.delete(hashed(key))]);
}
