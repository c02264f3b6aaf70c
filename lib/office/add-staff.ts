import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/connect";
import { providers, staff } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { iinProblem } from "@/lib/iin";
import { oneTimePassword } from "./one-time-password";

export const staffRoles = ["clerk", "head", "executor", "operator", "registrar"] as const;

const addStaffSchema = z.object({
  providerId: z.string().trim().min(1, "field.required").max(40, "field.tooLong"),
  role: z.enum(staffRoles, { message: "field.choose" }),
  login: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,62}$/, "field.login")
    .optional(),
  fullName: z.string().trim().min(1, "field.required").max(200, "field.tooLong").optional(),
  iin: z
    .string()
    .trim()
    .refine((value) => iinProblem(value) === null, "visit.iin")
    .optional(),
});

/**
 * A new staff account of a provider, with a one-time password the member must replace at first sign-in.
 * The login defaults to `<provider>-<role>-<4 random digits>`; the operator role only at the State
 * Corporation, the others only at a civil registry office or an education department. Returns the login
 * and the one-time password (shown once, never stored in clear).
 */
export async function addStaff(db: Db, input: unknown): Promise<{ login: string; password: string }> {
  const parsed = addStaffSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { providerId, role } = parsed.data;
  const [provider] = await db.select().from(providers).where(eq(providers.id, providerId));
  if (!provider) throw new AppError("validation", { providerId: "field.choose" });
  if ((role === "operator") !== (provider.kind === "state-corporation"))
    throw new AppError("validation", { role: "field.choose" });
  // The registering body of a restored record is a civil registry office (seed 001 §5 step 6).
  if (role === "registrar" && provider.kind !== "civil-registry")
    throw new AppError("validation", { role: "field.choose" });
  const login = parsed.data.login ?? `${providerId}-${role}-${String(randomInt(0, 10_000)).padStart(4, "0")}`;
  const password = oneTimePassword();
  const created = await db
    .insert(staff)
    .values({
      id: login,
      login,
      passwordHash: await hashPassword(password),
      providerId,
      role,
      fullName: parsed.data.fullName ?? login,
      iin: parsed.data.iin ?? null,
      mustChangePassword: true,
    })
    .onConflictDoNothing()
    .returning({ login: staff.login });
  if (created.length === 0) throw new AppError("conflict", { login: "field.taken" });
  return { login, password };
}
