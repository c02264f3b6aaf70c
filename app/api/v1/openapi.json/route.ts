import { withEdgeHeaders } from "@/lib/entry/http/api";
import { buildOpenApiDocument } from "@/lib/openapi/document";

const document = buildOpenApiDocument();

export function GET() {
  return withEdgeHeaders(Response.json(document, { headers: { "cache-control": "public, max-age=300" } }));
}
