import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signInByApi } from "./support";
import { tinyPdf } from "./apply-support";

async function countMine(request: APIRequestContext) {
  const list = await request.get("/api/v1/applications?pageSize=100");
  return (await list.json()).items.length as number;
}

test("API: bad input is a clear 4xx and changes nothing", async ({ playwright, baseURL }) => {
  const owner = await playwright.request.newContext({ baseURL });
  const other = await playwright.request.newContext({ baseURL });
  await signInByApi(owner, demo.serikov);
  await signInByApi(other, demo.ahmetova);
  const before = await countMine(owner);

  const malformed = await owner.post("/api/v1/applications", {
    data: Buffer.from("{oops"),
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);
  expect(malformed.headers()["content-type"]).toContain("application/problem+json");
  const wrongTypes = await owner.post("/api/v1/applications", {
    data: { serviceId: 42, data: "x", attachmentIds: "y" },
  });
  expect(wrongTypes.status()).toBe(422);
  expect(Object.keys((await wrongTypes.json()).errors).sort()).toEqual([
    "attachmentIds",
    "data",
    "serviceId",
  ]);
  const megabyteString = await owner.post("/api/v1/applications", {
    data: { serviceId: "birth-registration", data: { childSurname: "Ә".repeat(1_000_000) } },
  });
  expect(megabyteString.status()).toBe(413);
  const longField = await owner.post("/api/v1/applications", {
    data: { serviceId: "birth-registration", data: { childSurname: "a".repeat(900_000) } },
  });
  expect(longField.status()).toBe(422);
  expect((await longField.json()).errors).toHaveProperty("data");
  const tooBig = await owner.post("/api/v1/applications", { data: { serviceId: "x".repeat(1_100_000) } });
  expect(tooBig.status()).toBe(413);
  const unknown = await owner.post("/api/v1/applications", { data: { serviceId: "marriage-registration" } });
  expect(unknown.status()).toBe(404);
  const unknownField = await owner.post("/api/v1/applications", {
    data: { serviceId: "foster-care", data: { favouriteColour: "blue" } },
  });
  expect(unknownField.status()).toBe(422);
  expect(await countMine(owner)).toBe(before);

  const created = await owner.post("/api/v1/applications", {
    data: { serviceId: "foster-care", data: { childFullName: "Серікова Айгерім" } },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  for (const attempt of [
    other.get(`/api/v1/applications/${id}`),
    other.patch(`/api/v1/applications/${id}`, { data: { data: { childFullName: "hijack" } } }),
    other.delete(`/api/v1/applications/${id}`),
    other.get(`/api/v1/applications/${id}/signing-payload`),
    other.post(`/api/v1/applications/${id}/submit`, {
      data: { cms: "AAAA" },
      headers: { "idempotency-key": "key-12345678" },
    }),
  ]) {
    expect((await attempt).status()).toBe(404);
  }
  const mine = await (await owner.get(`/api/v1/applications/${id}`)).json();
  expect(mine).toMatchObject({ id, status: "draft", data: { childFullName: "Серікова Айгерім" } });
  const notSigned = await owner.post(`/api/v1/applications/${id}/submit`, {
    data: { cms: "bm90IGEgc2lnbmF0dXJl" },
    headers: { "idempotency-key": "key-12345678" },
  });
  expect(notSigned.status()).toBe(422);
  expect((await (await owner.get(`/api/v1/applications/${id}`)).json()).status).toBe("draft");
  await owner.dispose();
  await other.dispose();
});

test("API: uploads are judged by content and size, and names are kept safe", async ({
  playwright,
  baseURL,
}) => {
  const owner = await playwright.request.newContext({ baseURL });
  const other = await playwright.request.newContext({ baseURL });
  await signInByApi(owner, demo.serikov);
  await signInByApi(other, demo.ahmetova);
  const upload = (file: { name: string; mimeType: string; buffer: Buffer }) =>
    owner.post("/api/v1/attachments", { multipart: { file, documentType: "application" } });

  const executable = await upload({
    name: "statement.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(512)]),
  });
  expect(executable.status()).toBe(415);
  const windowsExe = await upload({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(512)]),
  });
  expect(windowsExe.status()).toBe(415);
  const eleven = await upload({
    name: "big.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024)]),
  });
  expect(eleven.status()).toBe(413);
  const empty = await upload({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  expect(empty.status()).toBe(422);

  for (const [raw, stored] of [
    ["../../etc/passwd.pdf", "_.._etc_passwd.pdf"],
    ["C:\\Windows\\evil.pdf", "C__Windows_evil.pdf"],
    ["report\u0000\u0007\u001b.pdf", "report.pdf"],
    ["Өтініш — Әлихан Құрманғазы.pdf", "Өтініш - Әлихан Құрманғазы.pdf"],
    // A PDF/HTML polyglot keeps the extension of what it is; a right-to-left override is dropped.
    ["poly.html", "poly.pdf"],
    ["invoice\u202Efdp.html", "invoicefdp.pdf"],
  ] as const) {
    const response = await upload(tinyPdf(raw));
    expect(response.status(), raw).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      name: stored,
      mediaType: "application/pdf",
      size: tinyPdf(raw).buffer.length,
    });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await owner.get(`/api/v1/attachments/${body.id}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(stored)}`,
    );
    expect((await other.get(`/api/v1/attachments/${body.id}`)).status()).toBe(404);
  }
  const png = await upload({
    name: "photo.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  });
  expect((await png.json()).mediaType).toBe("image/png");
  await owner.dispose();
  await other.dispose();
});

test("API: a signed submit is idempotent per key, and a second key is a conflict", async ({
  playwright,
  baseURL,
}) => {
  const { openKeyFile, signDetached } = await import("@/lib/eds/sign-cms");
  const fs = await import("node:fs");
  const { demoKeyFile } = await import("./support");
  const api = await playwright.request.newContext({ baseURL });
  await signInByApi(api, demo.serikov);
  const created = await api.post("/api/v1/applications", {
    data: {
      serviceId: "adoption-registry",
      data: { maritalStatus: "single", housing: "A flat", motivation: "We wish to adopt", income: "500 000" },
    },
  });
  const { id } = await created.json();
  for (const documentType of [
    "relativesConsent",
    "incomeDocuments",
    "maritalStatus",
    "healthCertificates",
    "criminalRecord",
    "housingRights",
  ]) {
    const uploaded = await api.post("/api/v1/attachments", {
      multipart: { file: tinyPdf(`${documentType}.pdf`), documentType, applicationId: id },
    });
    expect(uploaded.status()).toBe(201);
  }
  const { payload } = await (await api.get(`/api/v1/applications/${id}/signing-payload`)).json();
  const bytes = Buffer.from(payload, "base64");
  expect(JSON.parse(bytes.toString("utf8")).attachments).toHaveLength(6);
  const key = openKeyFile(
    new Uint8Array(fs.readFileSync(demoKeyFile(demo.serikov, "sign"))),
    demo.keyPassword,
  );
  const cms = signDetached(key, new Uint8Array(bytes));
  const submit = (idempotencyKey: string) =>
    api.post(`/api/v1/applications/${id}/submit`, {
      data: { cms },
      headers: { "idempotency-key": idempotencyKey },
    });
  const [first, second] = await Promise.all([submit("double-click-1"), submit("double-click-1")]);
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  const answer = await first.json();
  expect(await second.json()).toEqual(answer);
  expect(answer).toMatchObject({
    id,
    status: "submitted",
    number: expect.stringMatching(/^AR-\d{8}-\d{6}$/),
  });
  expect((await submit("another-key-2")).status()).toBe(409);
  const stored = await (await api.get(`/api/v1/applications/${id}`)).json();
  expect(stored.history).toHaveLength(1);
  expect((await api.get(`/api/v1/applications/${id}/receipt`)).headers()["content-type"]).toBe(
    "application/pdf",
  );
  const unread = await (await api.get("/api/v1/notifications?unread=true")).json();
  const notice = unread.find((item: { applicationId: string }) => item.applicationId === id);
  expect(notice).toMatchObject({
    kind: "accepted",
    readAt: null,
    title: expect.stringContaining(answer.number),
  });
  const stranger = await playwright.request.newContext({ baseURL });
  await signInByApi(stranger, demo.ahmetova);
  expect((await stranger.post(`/api/v1/notifications/${notice.id}/read`)).status()).toBe(404);
  expect((await stranger.get(`/api/v1/applications/${id}/receipt`)).status()).toBe(404);
  expect(
    (await (await stranger.get("/api/v1/notifications")).json()).some(
      (item: { id: string }) => item.id === notice.id,
    ),
  ).toBe(false);
  await stranger.dispose();
  expect((await api.post(`/api/v1/notifications/${notice.id}/read`)).status()).toBe(204);
  expect(
    (await (await api.get("/api/v1/notifications?unread=true")).json()).some(
      (item: { id: string }) => item.id === notice.id,
    ),
  ).toBe(false);
  await api.dispose();
});
