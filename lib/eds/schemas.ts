import { z } from "zod";

export const issueKeySchema = z.object({
  kind: z.enum(["sign", "auth"], { error: "validation" }),
  password: z.string().min(6, "keyPassword.tooShort").max(128, "password.tooLong"),
});
