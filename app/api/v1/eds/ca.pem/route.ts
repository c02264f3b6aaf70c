import { getDb } from "@/lib/db/server";
import { authorityChainPem } from "@/lib/eds/authority";
import { apiHandler } from "@/lib/entry/http/api";

export const GET = apiHandler(async () => {
  return new Response(await authorityChainPem(await getDb()), {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": 'attachment; filename="qyzmet-test-ca.pem"',
    },
  });
});
