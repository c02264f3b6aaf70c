import { AppError } from "@/lib/errors";
import { apiHandler, requestLocale } from "@/lib/entry/http/api";
import { findService } from "@/lib/services/registry";
import { presentServiceDetail } from "@/lib/services/present-service";

export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const service = findService((await params).id);
  if (!service) throw new AppError("not_found");
  return Response.json(await presentServiceDetail(service, requestLocale(request)));
});
