import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/connect";
import { createRegistries } from "@/lib/registries";
import { iinProblem } from "@/lib/iin";
import { issueCertificate } from "./issue-certificate";
import { listCertificates } from "./list-certificates";
import { revokeCertificate } from "./revocation";

export const EDS_CLI_USAGE = `usage:
  eds issue <IIN> --kind sign|auth --password <key password> [--out <folder>]
  eds revoke <serial>
  eds list <IIN>`;

type Output = (line: string) => void;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * The operators' EDS tool: issue a key file for a person, revoke a certificate, list a person's.
 * Returns an exit code.
 */
export async function runEdsCli(
  args: string[],
  options: { db: Db; crlUrl: string; print: Output },
): Promise<number> {
  const [command, subject] = args;
  const { db, print } = options;
  if (command === "issue" && subject) {
    const kind = option(args, "kind");
    const password = option(args, "password");
    if (
      iinProblem(subject) !== null ||
      (kind !== "sign" && kind !== "auth") ||
      !password ||
      password.length < 6
    ) {
      print(EDS_CLI_USAGE);
      return 2;
    }
    const person = await createRegistries(db).individuals.findByIin(subject);
    if (!person) {
      print(`no person with IIN ${subject} in the state database of individuals`);
      return 1;
    }
    const key = await issueCertificate({ db, holder: person, kind, password, crlUrl: options.crlUrl });
    const folder = path.resolve(option(args, "out") ?? ".");
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, key.fileName), key.pkcs12);
    print(`issued ${kind} ${key.serial} → ${path.join(folder, key.fileName)}`);
    return 0;
  }
  if (command === "revoke" && subject) {
    const revoked = await revokeCertificate(db, { serial: subject });
    print(revoked ? `revoked ${subject}` : `no active certificate ${subject}`);
    return revoked ? 0 : 1;
  }
  if (command === "list" && subject) {
    for (const row of await listCertificates(db, subject)) {
      const status = row.revokedAt ? "revoked" : row.notAfter < new Date() ? "expired" : "active";
      print(
        [row.serial, row.kind, row.notBefore.toISOString(), row.notAfter.toISOString(), status].join("\t"),
      );
    }
    return 0;
  }
  print(EDS_CLI_USAGE);
  return 2;
}
