import { expect, test } from "./fixtures";
import { serviceDetailSchema } from "@/lib/services/service-schema";

test("API: one service carries its documents by channel, terms, legal basis and form schema", async ({
  request,
}) => {
  const response = await request.get("/api/v1/services/birth-registration", {
    headers: { "accept-language": "kk" },
  });
  expect(response.status()).toBe(200);
  const parsed = serviceDetailSchema.safeParse(await response.json());
  expect(parsed.error?.issues ?? []).toEqual([]);
  const service = parsed.data!;
  expect(service.title).toBe("Бала тууды тіркеу");
  // The signed e-application is the application on the portal; the paper one elsewhere (002 §4).
  expect(service.documentsByChannel.portal).not.toContain("application");
  expect(service.documentsByChannel["home-visit"]).toContain("application");
  expect(service.channels).toEqual(["portal", "provider-office", "home-visit"]);
  expect(service.terms.alternatives).toEqual([
    {
      condition: "lateRegistration",
      conditionText: "Бала туған күннен бастап үш жұмыс күні өткеннен кейін жүгінсе",
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    },
  ]);
  expect(service.legalBasis).toMatchObject({
    seed: "002",
    number: "271",
    status: { kind: "repealed", on: "2020-06-01", by: "126" },
  });
  // The form as JSON Schema, generated from the zod schema the form uses: its required fields.
  expect(service.form.schema.required).toEqual(
    expect.arrayContaining(["childSurname", "childGivenName", "childBirthDate", "childSex", "motherIin"]),
  );
  expect(service.form.schema.properties.childSex).toMatchObject({ enum: ["male", "female"] });
  // The grounds of refusal, from the service file, translated (seed 000 §9.1, 002 §5.3 and §10).
  expect(service.refusalGrounds.map((ground) => [ground.id, ground.stage])).toEqual([
    ["incompleteSet", "intake"],
    ["unreliableData", "decision"],
    ["requirementsNotMet", "decision"],
  ]);
  expect(service.refusalGrounds[0]?.title).toMatch(/\S/);
  expect(service.refusalGrounds[0]?.source).toContain("seed 000 §9.1");

  const foster = serviceDetailSchema.parse(await (await request.get("/api/v1/services/foster-care")).json());
  expect(foster.channels).not.toContain("home-visit");
  expect(foster.collection.kind).toBe("notice-address");
  expect(foster.form.schema.required).toEqual([
    "childFullName",
    "childBirthDate",
    "childInstitution",
    "housing",
    "income",
  ]);
  expect((await request.get("/api/v1/services/no-such-service")).status()).toBe(404);
  // The OpenAPI document describes the answer.
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(
    openapi.paths["/api/v1/services/{id}"].get.responses["200"].content["application/json"].schema.properties,
  ).toHaveProperty("form");
});
