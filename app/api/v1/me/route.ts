import { getCurrentUser } from "@/lib/entry/current-user";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";

export const GET = apiHandler(async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  return Response.json(
    {
      iin: user.iin,
      fullName: user.fullName,
      birthDate: user.birthDate,
      phone: user.phone,
      locale: user.locale,
    },
    { headers: { "cache-control": "no-store" } },
  );
});
