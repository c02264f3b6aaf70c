import type { Db } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { addStaff } from "./add-staff";
import { disableStaff } from "./disable-staff";
import { listStaff } from "./list-staff";
import { resetStaffPassword } from "./reset-staff-password";

export const STAFF_CLI_USAGE = `usage:
  staff add --provider <id> --role clerk|head|executor|operator|registrar
            [--login <login>] [--name <full name>]
            [--iin <IIN>]
  staff list
  staff reset-password <login>
  staff disable <login>`;

const problems: Record<string, string> = {
  providerId: "no such provider (--provider, e.g. cr-1, ed-1, sc-1)",
  role: "the role does not fit the provider (operator only at sc-*, registrar only at cr-*, clerk/head/executor elsewhere)",
  login: "--login: 3–63 characters, lowercase letters, digits, '.', '_' or '-', or that login is taken",
  fullName: "--name: up to 200 characters",
  iin: "--iin: not a valid IIN",
};

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * The operator's staff tool: create a staff account with a one-time password (printed once; the member
 * sets their own at first sign-in), list accounts, issue a new one-time password, disable an account.
 * Returns an exit code.
 */
export async function runStaffCli(
  args: string[],
  options: { db: Db; print: (line: string) => void },
): Promise<number> {
  const [command, subject] = args;
  const { db, print } = options;
  if (command === "add") {
    try {
      const created = await addStaff(db, {
        providerId: option(args, "provider") ?? "",
        role: option(args, "role") ?? "",
        login: option(args, "login"),
        fullName: option(args, "name"),
        iin: option(args, "iin"),
      });
      print(`created ${created.login}`);
      print(`one-time password: ${created.password}`);
      print("(shown once; it must be changed at first sign-in)");
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const field of Object.keys(error.fieldErrors)) print(problems[field] ?? field);
      print(STAFF_CLI_USAGE);
      return 2;
    }
  }
  if (command === "list") {
    for (const row of await listStaff(db))
      print(
        [
          row.login,
          row.providerId,
          row.role,
          row.disabled ? "disabled" : "",
          row.mustChangePassword ? "must change password" : "",
        ]
          .filter(Boolean)
          .join("\t"),
      );
    return 0;
  }
  if (command === "reset-password" && subject) {
    const password = await resetStaffPassword(db, subject);
    if (password === null) {
      print(`no staff account ${subject}`);
      return 1;
    }
    print(`one-time password for ${subject}: ${password}`);
    print("(shown once; it must be changed at the next sign-in)");
    return 0;
  }
  if (command === "disable" && subject) {
    const disabled = await disableStaff(db, subject);
    print(disabled ? `disabled ${subject}` : `no staff account ${subject}`);
    return disabled ? 0 : 1;
  }
  print(STAFF_CLI_USAGE);
  return 2;
}
