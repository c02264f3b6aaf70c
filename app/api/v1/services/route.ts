import { apiHandler, requestLocale } from "@/lib/entry/http/api";
import { services } from "@/lib/services/registry";
import { presentService } from "@/lib/services/present-service";

export const GET = apiHandler(async (request) => {
  const locale = requestLocale(request);
  return Response.json(await Promise.all(services.map((service) => presentService(service, locale))));
});
