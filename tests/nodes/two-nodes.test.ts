import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { startCluster, type Cluster } from "./cluster";

/**
 * Two production nodes on one PostgreSQL behind nginx (tests/nodes/cluster.ts): a whole journey with
 * requests alternating between the nodes, then one node killed (SIGKILL) while it holds a submission,
 * and the same submission retried through nginx on the other. Needs the production build (`.next`):
 * scripts/test.sh runs it after `next build`.
 */
const serikov = { iin: "800410310281", password: "qyzmet-demo-2026", keyPassword: "demo-key-2026" };
const documentTypes = [
  "relativesConsent",
  "incomeDocuments",
  "maritalStatus",
  "healthCertificates",
  "criminalRecord",
  "housingRights",
];
const pdf = (name: string) =>
  Buffer.from(`%PDF-1.4\n% ${name} ${crypto.randomUUID()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

describe("two nodes behind nginx on one PostgreSQL", () => {
  let cluster: Cluster;
  let sql: pg.Client;
  const cookies = new Map<string, string>();
  /** The upstream of the last answer, by node index (0 or 1). */
  let last = -1;
  /** The demo SIGN key file as node 1 and node 2 served it. */
  const keyBytes: Buffer[] = [];

  /** One request through nginx; asserts which node answered when `node` is given. */
  async function call(
    method: string,
    url: string,
    init: { body?: unknown; headers?: object; node?: number } = {},
  ) {
    // Round robin: after node n answered, node 1 - n answers next. A ping moves the turn.
    if (init.node !== undefined && last === init.node) await call("GET", "/api/v1/ping");
    const body =
      init.body instanceof FormData || init.body === undefined ? init.body : JSON.stringify(init.body);
    const response = await fetch(`${cluster.origin}${url}`, {
      method,
      body: body as BodyInit | undefined,
      headers: {
        origin: cluster.origin,
        "accept-language": "en",
        ...(typeof body === "string" ? { "content-type": "application/json" } : {}),
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...init.headers,
      },
      redirect: "manual",
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
      cookies.set(name, value);
    }
    last = cluster.upstreams.indexOf(response.headers.get("x-upstream") ?? "");
    if (init.node !== undefined) expect(last, `${method} ${url}`).toBe(init.node);
    return response;
  }
  const rows = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows as T[];

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("run `next build` first");
    cluster = await startCluster(process.env.TEST_POSTGRES_URL!, "qyzmet_two_nodes");
    sql = new pg.Client({ connectionString: cluster.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await cluster?.stop();
  });

  it("a journey across both nodes; node 1 killed while it processes a submission; the retry: once", async () => {
    // Both nodes started at once on an empty database: one migrated and seeded, the other waited.
    for (const node of cluster.nodes) {
      const direct = `http://127.0.0.1:${node.port}/api/v1/demo/keys/${serikov.iin}/sign`;
      await expect.poll(async () => (await fetch(direct)).status, { timeout: 60_000 }).toBe(200);
    }
    const seen = new Set<number>();
    for (let index = 0; index < 4; index++) {
      expect((await call("GET", "/api/v1/ping")).status).toBe(200);
      seen.add(last);
    }
    expect([...seen].sort()).toEqual([0, 1]);
    const signKeys = await rows<{ n: number }>(
      "select count(*)::int as n from certificates where iin = $1 and kind = 'sign' and revoked_at is null",
      [serikov.iin],
    );
    expect(signKeys[0]!.n).toBe(1);

    // The same demo key file from either node (the shared blob storage), and on each node's disk.
    for (const node of [0, 1]) {
      const answer = await call("GET", `/api/v1/demo/keys/${serikov.iin}/sign`, { node });
      expect(answer.status).toBe(200);
      keyBytes.push(Buffer.from(await answer.arrayBuffer()));
    }
    expect(keyBytes[1]!.equals(keyBytes[0]!)).toBe(true);
    const onDisk = cluster.nodes.map((node) => {
      const folder = path.join(cluster.dir, node.name, "demo-keys", serikov.iin);
      const name = fs.readdirSync(folder).find((file) => file.startsWith("RSA256_"))!;
      return fs.readFileSync(path.join(folder, name));
    });
    expect(onDisk[0]!.equals(keyBytes[0]!) && onDisk[1]!.equals(keyBytes[0]!)).toBe(true);

    // Sign in: password on node 1, the SMS code on node 2; the session works on both.
    const started = await call("POST", "/api/v1/auth/sign-in", {
      body: { iin: serikov.iin, password: serikov.password },
      node: 0,
    });
    expect(started.status).toBe(202);
    const { confirmationId } = (await started.json()) as { confirmationId: string };
    const [sms] = await rows<{ body: string }>(
      "select s.body from sms_outbox s join users u on u.phone = s.phone where u.iin = $1 " +
        "order by s.created_at desc limit 1",
      [serikov.iin],
    );
    const code = /(\d{6})/.exec(sms!.body)![1];
    const confirmed = await call("POST", "/api/v1/auth/sign-in/confirm", {
      body: { confirmationId, code },
      node: 1,
    });
    expect(confirmed.status).toBe(200);
    for (const node of [0, 1]) expect((await call("GET", "/api/v1/me", { node })).status).toBe(200);

    await submitThroughDyingNode("received");
  });

  it("node 1 again; killed after it committed, before its answer left: the retry gets its number", async () => {
    await cluster.restartFirst();
    last = 0;
    await submitThroughDyingNode("answered");
  });

  /**
   * A draft on node 2 with six documents uploaded in turn on each node (each downloaded on the other),
   * signed; node 1 gets the submission and is killed (SIGKILL) 30 ms after it `received` it, or when
   * it `answered` (committed; the answer is held by the relay). nginx answers 502; the same submission
   * (same Idempotency-Key) through nginx goes to node 2: one request, one number, one notification,
   * one SMS, no lost attachment.
   */
  async function submitThroughDyingNode(when: "received" | "answered") {
    const countRequests = async () =>
      (
        await rows<{ n: number }>(
          "select count(*)::int as n from applications a join users u on u.id = a.user_id " +
            "where u.iin = $1 and a.status <> 'draft'",
          [serikov.iin],
        )
      )[0]!.n;
    const before = await countRequests();
    const created = await call("POST", "/api/v1/applications", {
      node: 1,
      body: {
        serviceId: "adoption-registry",
        data: {
          maritalStatus: "single",
          housing: "A flat",
          motivation: "We wish to adopt",
          income: "500 000",
        },
      },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const uploaded = new Map<string, Buffer>();
    for (const [index, documentType] of documentTypes.entries()) {
      const bytes = pdf(documentType);
      const form = new FormData();
      form.set("file", new Blob([bytes], { type: "application/pdf" }), `${documentType}.pdf`);
      form.set("documentType", documentType);
      form.set("applicationId", id);
      const upload = await call("POST", "/api/v1/attachments", { body: form, node: index % 2 });
      expect(upload.status).toBe(201);
      const attachment = (await upload.json()) as { id: string };
      uploaded.set(attachment.id, bytes);
      const download = await call("GET", `/api/v1/attachments/${attachment.id}`, { node: 1 - (index % 2) });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    }

    // The payload from node 1, signed here with the key file the nodes served.
    const signing = await call("GET", `/api/v1/applications/${id}/signing-payload`, { node: 0 });
    const { payload } = (await signing.json()) as { payload: string };
    const cms = signDetached(
      openKeyFile(new Uint8Array(keyBytes[1]!), serikov.keyPassword),
      new Uint8Array(Buffer.from(payload, "base64")),
    );
    const idempotencyKey = `two-nodes-${when}`;
    const submit = (node?: number) =>
      call("POST", `/api/v1/applications/${id}/submit`, {
        body: { cms },
        headers: { "idempotency-key": idempotencyKey },
        node,
      });

    // Node 1 receives the submission and is killed before its answer leaves it.
    const node1 = cluster.nodes[0];
    let killed = false;
    const kill = () => {
      node1.process.kill("SIGKILL");
      killed = true;
      cluster.relay.close();
    };
    cluster.relay.onRequest = (head) => {
      if (!head.includes(`/api/v1/applications/${id}/submit`)) return;
      cluster.relay.holdAnswers = true;
      cluster.relay.onRequest = null;
      if (when === "received") setTimeout(kill, 30);
      else cluster.relay.onHeldAnswer = kill;
    };
    if (last === 0) await call("GET", "/api/v1/ping");
    const lost = await fetch(`${cluster.origin}/api/v1/applications/${id}/submit`, {
      method: "POST",
      body: JSON.stringify({ cms }),
      headers: {
        origin: cluster.origin,
        "content-type": "application/json",
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        "idempotency-key": idempotencyKey,
      },
    });
    expect(lost.status).toBe(502);
    expect(killed).toBe(true);
    await new Promise((resolve) =>
      node1.process.exitCode !== null || node1.process.signalCode
        ? resolve(null)
        : node1.process.once("exit", resolve),
    );
    expect(node1.process.signalCode).toBe("SIGKILL");
    const [beforeRetry] = await rows<{ status: string; number: string | null }>(
      "select status, number from applications where id = $1",
      [id],
    );
    if (when === "answered") expect(beforeRetry!.status).toBe("submitted");
    console.log(`two-nodes (${when}): the killed node left the request ${beforeRetry!.status}`);

    // The same submission (same key) through nginx: node 2 answers, and again with the same answer.
    const retried = await submit(1);
    expect(retried.status).toBe(201);
    const answer = (await retried.json()) as { id: string; status: string; number: string };
    expect(answer).toMatchObject({
      id,
      status: "submitted",
      number: expect.stringMatching(/^AR-\d{8}-\d{6}$/),
    });
    if (beforeRetry!.number) expect(answer.number).toBe(beforeRetry!.number);
    const again = await submit(1);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(answer);
    const otherKey = await call("POST", `/api/v1/applications/${id}/submit`, {
      body: { cms },
      headers: { "idempotency-key": `${idempotencyKey}-2` },
    });
    expect(otherKey.status).toBe(409);

    // One request, one number, one history event, one notification, one SMS delivered once.
    expect(await countRequests()).toBe(before + 1);
    const [stored] = await rows<{ number: string }>("select number from applications where id = $1", [id]);
    expect(stored!.number).toBe(answer.number);
    const history = (await (await call("GET", `/api/v1/applications/${id}`)).json()) as {
      history: unknown[];
    };
    expect(history.history).toHaveLength(1);
    const notices = await rows("select id from notifications where application_id = $1", [id]);
    expect(notices).toHaveLength(1);
    await expect
      .poll(
        async () =>
          (
            await rows<{ status: string }>("select status from outbox_messages where application_id = $1", [
              id,
            ])
          ).map((row) => row.status),
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(["sent"]);
    const delivered = await rows("select id from sms_outbox where body like $1", [`%${answer.number}%`]);
    expect(delivered).toHaveLength(1);

    // No lost attachment: all six on the request, each downloaded (node 2) with its bytes.
    const attached = await rows<{ id: string }>("select id from attachments where application_id = $1", [id]);
    expect(attached.map((attachment) => attachment.id).sort()).toEqual([...uploaded.keys()].sort());
    for (const [attachmentId, bytes] of uploaded) {
      const download = await call("GET", `/api/v1/attachments/${attachmentId}`, { node: 1 });
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    }
  }
});
