import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { presentVisit } from "@/lib/home-visits/present";
import { getOwnVisit } from "@/lib/home-visits/queries";
import { apiHandler } from "@/lib/entry/http/api";

/** One of the user's home visits (as the applicant or the helper); anyone else's is a 404. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const details = await getOwnVisit(await getDb(), user.userId, (await params).id);
  if (!details) throw new AppError("not_found");
  return Response.json(presentVisit(details.visit, details));
});
