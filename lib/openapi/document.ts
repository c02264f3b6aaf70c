import { z } from "zod";
import { homeVisitRequestSchema } from "@/lib/home-visits/schemas";
import {
  createApplicationSchema,
  patchApplicationSchema,
  submitApplicationSchema,
} from "@/lib/applications/schemas";
import { confirmSchema, edsSignInSchema, registerSchema, signInSchema } from "@/lib/auth/schemas";
import { signInConfirmSchema } from "@/lib/auth/second-factor-schemas";
import { serviceIds } from "@/lib/services/registry";
import { fileComplaintSchema } from "@/lib/complaints/schemas";
import { serviceDetailSchema } from "@/lib/services/service-schema";

const schema = (zodSchema: z.ZodType) => z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });
const json = (zodSchema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: schema(zodSchema) } },
});
const problem = {
  description: "application/problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const ok = (description: string) => ({ description });
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Qyzmet public API",
      version: "1.0.0",
      description:
        "Civil-registry and family services. " +
        "Errors are problem+json in the Accept-Language locale (kk, ru, en).",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/health": {
        get: {
          summary: "Readiness",
          responses: { 200: ok("status ok, db ok"), 503: ok("database unreachable") },
        },
      },
      "/api/v1/auth/register": {
        post: {
          summary: "Start registration (SMS code)",
          requestBody: json(registerSchema),
          responses: { 202: ok("{ confirmationId }"), 422: problem },
        },
      },
      "/api/v1/auth/register/confirm": {
        post: {
          summary: "Confirm with the SMS code",
          requestBody: json(confirmSchema),
          responses: { 201: ok("{ user } and the session cookie"), 422: problem },
        },
      },
      "/api/v1/auth/sign-in": {
        post: {
          summary: "Sign in with IIN and password (first factor)",
          description:
            "A correct pair sends a 6-digit code by SMS to the phone the state database of individuals " +
            "holds and answers 202; the session opens at /api/v1/auth/sign-in/confirm. A device " +
            "remembered there (its qz_device cookie) skips the code: 200 with the session.",
          requestBody: json(signInSchema),
          responses: {
            200: ok("{ user } and the session cookie (remembered device)"),
            202: ok("{ confirmationId }: an SMS code was sent"),
            401: problem,
            422: problem,
            429: problem,
          },
        },
      },
      "/api/v1/auth/sign-in/confirm": {
        post: {
          summary: "Sign in, second factor: the SMS code",
          description:
            "remember: true also sets an httpOnly, signed qz_device cookie: this device skips the code " +
            "for 30 days (the cabinet's security page lists and forgets such devices).",
          requestBody: json(signInConfirmSchema),
          responses: {
            200: ok("{ user } and the session cookie (and the device cookie)"),
            422: problem,
            429: problem,
          },
        },
      },
      "/api/v1/auth/eds-challenge": {
        post: {
          summary: "A single-use challenge for EDS sign-in",
          responses: { 200: ok("{ challenge, expiresAt }") },
        },
      },
      "/api/v1/auth/eds-sign-in": {
        post: {
          summary: "Sign in with the AUTH key",
          requestBody: json(edsSignInSchema),
          responses: { 200: ok("{ user }"), 401: problem, 422: problem },
        },
      },
      "/api/v1/auth/sign-out": { post: { summary: "Sign out", responses: { 204: ok("signed out") } } },
      "/api/v1/me": {
        get: {
          summary: "The signed-in applicant",
          responses: { 200: ok("{ iin, fullName, birthDate, phone, locale }"), 401: problem },
        },
      },
      "/api/v1/services": { get: { summary: "The service catalogue", responses: { 200: ok("services") } } },
      "/api/v1/services/{id}": {
        get: {
          summary: "One service: documents by channel, terms, channels, legal basis, form schema",
          description:
            "form.schema is the JSON Schema of the answers, generated from the zod schema the form " +
            "uses; documentsByChannel drops the paper application on the portal (seed 002 §4, 003 §4).",
          parameters: [{ name: "id", in: "path", required: true, schema: { enum: [...serviceIds] } }],
          responses: {
            200: {
              description: "service",
              content: { "application/json": { schema: schema(serviceDetailSchema) } },
            },
            404: problem,
          },
        },
      },
      "/api/v1/services/{id}/result-date": {
        get: {
          summary: "Registration time and result due time for a submission time",
          parameters: [
            { name: "id", in: "path", required: true, schema: { enum: [...serviceIds] } },
            { name: "submittedAt", in: "query", schema: { type: "string", format: "date-time" } },
          ],
          responses: { 200: ok("{ submittedAt, registeredAt, dueAt }"), 404: problem, 422: problem },
        },
      },
      "/api/v1/attachments": {
        post: {
          summary: "Upload a document (PDF, JPEG, PNG; 10 MB)",
          requestBody: {
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: {
                    file: { type: "string", format: "binary" },
                    documentType: { type: "string" },
                    applicationId: { type: "string", format: "uuid" },
                  },
                  required: ["file", "documentType"],
                },
              },
            },
          },
          responses: {
            201: ok("{ id, name, size, mediaType, sha256 }"),
            413: problem,
            415: problem,
            422: problem,
          },
        },
      },
      "/api/v1/attachments/{id}": {
        get: {
          summary: "Download (owner only)",
          parameters: [idParameter],
          responses: { 200: ok("the file"), 404: problem },
        },
        delete: {
          summary: "Remove from a draft",
          parameters: [idParameter],
          responses: { 204: ok("removed"), 404: problem, 409: problem },
        },
      },
      "/api/v1/applications": {
        post: {
          summary: "Create a draft",
          requestBody: json(createApplicationSchema),
          responses: { 201: ok("{ id, status: draft }"), 404: problem, 422: problem },
        },
        get: {
          summary: "My requests, newest first",
          parameters: [
            { name: "page", in: "query", schema: { type: "integer" } },
            { name: "pageSize", in: "query", schema: { type: "integer", maximum: 100 } },
          ],
          responses: { 200: ok("{ page, items }") },
        },
      },
      "/api/v1/applications/{id}": {
        get: {
          summary: "One of my requests with its history",
          parameters: [idParameter],
          responses: { 200: ok("application"), 404: problem },
        },
        patch: {
          summary: "Autosave a draft",
          parameters: [idParameter],
          requestBody: json(patchApplicationSchema),
          responses: { 200: ok("draft"), 404: problem, 409: problem, 422: problem },
        },
        delete: {
          summary: "Delete a draft",
          parameters: [idParameter],
          responses: { 204: ok("deleted"), 404: problem, 409: problem },
        },
      },
      "/api/v1/applications/{id}/signing-payload": {
        get: {
          summary: "The canonical bytes to sign (base64)",
          parameters: [idParameter],
          responses: { 200: ok("{ payload }"), 404: problem },
        },
      },
      "/api/v1/applications/{id}/submit": {
        post: {
          summary: "Submit the signed request (idempotent per Idempotency-Key)",
          parameters: [
            idParameter,
            {
              name: "Idempotency-Key",
              in: "header",
              required: true,
              schema: { type: "string", minLength: 8, maxLength: 100 },
            },
          ],
          requestBody: json(submitApplicationSchema),
          responses: {
            201: ok("{ id, number, status, registeredAt, dueAt, receiptUrl }"),
            404: problem,
            409: problem,
            422: problem,
          },
        },
      },
      "/api/v1/applications/{id}/withdraw": {
        post: {
          summary: "Withdraw a submitted request until its result or refusal is prepared (idempotent)",
          parameters: [idParameter],
          responses: {
            200: ok("{ id, number, status: withdrawn }"),
            401: problem,
            404: problem,
            409: problem,
          },
        },
      },
      "/api/v1/applications/{id}/receipt": {
        get: {
          summary: "The receipt (PDF)",
          parameters: [idParameter],
          responses: { 200: ok("application/pdf"), 404: problem },
        },
      },
      "/api/v1/applications/{id}/result": {
        get: {
          summary: "The provider-signed result document: the exact signed bytes (canonical JSON)",
          parameters: [idParameter],
          responses: { 200: ok("application/json"), 404: problem },
        },
      },
      "/api/v1/applications/{id}/result/signature": {
        get: {
          summary: "The head's detached CMS signature over the result document (DER)",
          parameters: [idParameter],
          responses: { 200: ok("application/pkcs7-signature"), 404: problem },
        },
      },
      "/api/v1/applications/{id}/result/pdf": {
        get: {
          summary:
            "The signed result printed as an A4 PDF with a QR code to its public check; ?lang=kk|ru|en",
          parameters: [idParameter],
          responses: { 200: ok("application/pdf"), 404: problem },
        },
      },
      "/api/v1/verify/{documentNumber}": {
        get: {
          summary: "Public: who signed which document when, and whether it still verifies",
          parameters: [
            {
              name: "documentNumber",
              in: "path",
              required: true,
              schema: { type: "string", pattern: "^R-\\d{8}-\\d{10}$" },
            },
          ],
          responses: {
            200: ok(
              "{ found, number, kind, providerName, providerBin, signerName, organisation, signingTime, sha256, outcome }",
            ),
            404: problem,
            422: problem,
          },
        },
      },
      "/api/v1/home-visits": {
        post: {
          summary: "Ask for a home visit (idempotent per Idempotency-Key)",
          requestBody: json(homeVisitRequestSchema),
          responses: { 201: ok("{ id, number, status }"), 401: problem, 422: problem },
        },
        get: {
          summary: "My home visits (as the applicant or a helper)",
          responses: { 200: ok("home visits"), 401: problem },
        },
      },
      "/api/v1/home-visits/{id}": {
        get: {
          summary: "One of my home visits with its history",
          parameters: [idParameter],
          responses: { 200: ok("home visit"), 404: problem },
        },
      },
      "/api/v1/complaints": {
        post: {
          summary: "File a signed complaint about one of my requests (idempotent per Idempotency-Key)",
          description:
            "Seed 002 §11. `cms` is a detached CMS (SIGN key, the caller's IIN) over the canonical JSON " +
            "(sorted keys) {complaint:{requestNumber,subject,text},applicant:{iin},attachments:[{name,size," +
            "mediaType,sha256}]} (attachments from POST /api/v1/attachments, documentType complaint, " +
            "sorted by sha256). The provider's head answers within 5 working days.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: true,
              schema: { type: "string", minLength: 8, maxLength: 100 },
            },
          ],
          requestBody: json(fileComplaintSchema),
          responses: {
            201: ok("{ id, number, status, subject, requestNumber, submittedAt, dueAt }"),
            401: problem,
            404: problem,
            409: problem,
            422: problem,
          },
        },
        get: {
          summary: "My complaints, newest first",
          parameters: [
            { name: "page", in: "query", schema: { type: "integer" } },
            { name: "pageSize", in: "query", schema: { type: "integer", maximum: 100 } },
          ],
          responses: { 200: ok("{ page, items }"), 401: problem },
        },
      },
      "/api/v1/complaints/{id}": {
        get: {
          summary: "One of my complaints: text, files, history, and the head's signed reply",
          parameters: [idParameter],
          responses: { 200: ok("complaint"), 404: problem },
        },
      },
      "/api/v1/eds/ca.pem": { get: { summary: "The test CA chain", responses: { 200: ok("PEM") } } },
      "/api/v1/eds/crl": { get: { summary: "The current CRL", responses: { 200: ok("DER") } } },
    },
    components: {
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            code: { type: "string" },
            errors: { type: "object", additionalProperties: { type: "string" } },
            retryAfter: { type: "integer" },
          },
        },
      },
    },
  };
}
