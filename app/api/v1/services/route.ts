import { apiHandler, requestLocale } from "@/lib/entry/http/api";
import { serviceDefinitions } from "@/lib/services/definitions";
import { presentService } from "@/lib/services/present-service";

export const GET = apiHandler(async (request) => {
  const locale = requestLocale(request);
  return Response.json(
    await Promise.all(Object.values(serviceDefinitions).map((service) => presentService(service, locale))),
  );
});
