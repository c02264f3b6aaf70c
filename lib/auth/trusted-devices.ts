import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { trustedDevices } from "@/lib/db/schema";
import { parseId } from "@/lib/ids";
import { appSecret } from "./app-secret";
import { DEVICE_TTL_MS, readDeviceCookie, signDeviceCookie } from "./device-cookie";

/** Remembers this browser for the user for 30 days; returns the signed cookie value to set. */
export async function rememberDevice(
  db: Db,
  values: { userId: string; description: string | null },
  now = new Date(),
) {
  const id = crypto.randomUUID();
  const expiresAt = new Date(now.getTime() + DEVICE_TTL_MS);
  await db.insert(trustedDevices).values({
    id,
    userId: values.userId,
    description: values.description,
    createdAt: now,
    lastUsedAt: now,
    expiresAt,
  });
  return { cookie: signDeviceCookie(id, await appSecret(db)), expiresAt };
}

/**
 * True when the cookie is validly signed and names a live device of this user (then it is marked
 * used). A tampered cookie, another user's device, a revoked or expired one: false.
 */
export async function isTrustedDevice(
  db: Db,
  values: { userId: string; cookie: string | null | undefined },
  now = new Date(),
): Promise<boolean> {
  const deviceId = readDeviceCookie(values.cookie, await appSecret(db));
  if (!deviceId || !parseId(deviceId)) return false;
  const touched = await db
    .update(trustedDevices)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(trustedDevices.id, deviceId),
        eq(trustedDevices.userId, values.userId),
        gt(trustedDevices.expiresAt, now),
      ),
    )
    .returning({ id: trustedDevices.id });
  return touched.length > 0;
}

/** The user's remembered devices, most recently used first. */
export async function listTrustedDevices(db: Db, userId: string, now = new Date()) {
  return db
    .select({
      id: trustedDevices.id,
      description: trustedDevices.description,
      createdAt: trustedDevices.createdAt,
      lastUsedAt: trustedDevices.lastUsedAt,
      expiresAt: trustedDevices.expiresAt,
    })
    .from(trustedDevices)
    .where(and(eq(trustedDevices.userId, userId), gt(trustedDevices.expiresAt, now)))
    .orderBy(desc(trustedDevices.lastUsedAt));
}

/** Forgets one of the user's devices (false when it is not theirs), or all of them without `deviceId`. */
export async function forgetTrustedDevices(db: Db, userId: string, deviceId?: string): Promise<boolean> {
  if (deviceId !== undefined && !parseId(deviceId)) return false;
  const rows = await db
    .delete(trustedDevices)
    .where(
      deviceId === undefined
        ? eq(trustedDevices.userId, userId)
        : and(eq(trustedDevices.userId, userId), eq(trustedDevices.id, deviceId)),
    )
    .returning({ id: trustedDevices.id });
  return deviceId === undefined || rows.length > 0;
}
