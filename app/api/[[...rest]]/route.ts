import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";

/** Any path under /api that no route serves: a JSON problem 404, never the HTML page. */
const notFound = apiHandler(
  async () => {
    throw new AppError("not_found");
  },
  { mutates: false },
);

export const dynamic = "force-dynamic";
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
