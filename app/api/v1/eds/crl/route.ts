import { getDb } from "@/lib/db/server";
import { buildCrl } from "@/lib/eds/revocation";
import { apiHandler } from "@/lib/entry/http/api";

export const GET = apiHandler(async () => {
  return new Response(await buildCrl(await getDb()), {
    headers: {
      "content-type": "application/pkix-crl",
      "content-disposition": 'attachment; filename="qyzmet-test.crl"',
      "cache-control": "no-store",
    },
  });
});
