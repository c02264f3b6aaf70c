import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("is OpenAPI 3.1 and names the v1 endpoints", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const path of [
      "/api/v1/auth/sign-in",
      "/api/v1/auth/sign-in/confirm",
      "/api/v1/applications/{id}/submit",
      "/api/v1/services/{id}/result-date",
      "/api/v1/attachments",
      "/api/v1/complaints",
      "/api/v1/complaints/{id}",
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it("describes request bodies from the zod schemas", () => {
    const signIn = document.paths["/api/v1/auth/sign-in"].post.requestBody.content["application/json"]
      .schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(signIn.properties).sort()).toEqual(["iin", "password"]);
    expect(signIn.required.sort()).toEqual(["iin", "password"]);
    const confirm = document.paths["/api/v1/auth/sign-in/confirm"].post.requestBody.content[
      "application/json"
    ].schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(confirm.properties).sort()).toEqual(["code", "confirmationId", "remember"]);
    expect(confirm.required.sort()).toEqual(["code", "confirmationId"]);
    const create = document.paths["/api/v1/applications"].post.requestBody.content["application/json"]
      .schema as { properties: Record<string, unknown> };
    expect(Object.keys(create.properties).sort()).toEqual(["attachmentIds", "data", "serviceId"]);
  });
});
