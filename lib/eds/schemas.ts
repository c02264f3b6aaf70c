import { z } from "zod";

export const issueKeySchema = z.object({
  kind: z.enum(["sign", "auth"], { error: "field.choose" }),
  password: z.string().min(6, "keyPassword.tooShort").max(128, "password.tooLong"),
});
