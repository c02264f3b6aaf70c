import { buildOpenApiDocument } from "@/lib/openapi/document";

const document = buildOpenApiDocument();

export function GET() {
  return Response.json(document, { headers: { "cache-control": "public, max-age=300" } });
}
