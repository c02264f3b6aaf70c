import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The README's deployment in miniature: two production nodes (`node server.mjs`) on one PostgreSQL
 * database of their own, behind Debian's nginx (round robin, no sticky sessions). Node 1 is reached
 * through a TCP relay the test controls, so it can be killed while it holds a request and its answer
 * never reaches nginx.
 */
export type Node = { name: string; port: number; process: ChildProcess; log: string };
export type Cluster = {
  origin: string;
  databaseUrl: string;
  dir: string;
  nodes: [Node, Node];
  /** The address nginx uses for each node ($upstream_addr), by node index. */
  upstreams: [string, string];
  relay: Relay;
  /** Starts node 1 again (after a kill) with its relay, and waits until nginx sends to it again. */
  restartFirst: () => Promise<void>;
  stop: () => Promise<void>;
};

export function clusterPorts() {
  const base = Number(process.env.TWO_NODES_PORT ?? 3500);
  return { nginx: base, node1: base + 1, node2: base + 2, relay: base + 3 };
}

export function databaseUrlFor(baseUrl: string, name: string) {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreateDatabase(baseUrl: string, name: string, drop = false) {
  const admin = new pg.Client({ connectionString: databaseUrlFor(baseUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    if (!drop) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

function startNode(name: string, port: number, env: Record<string, string>, dir: string): Node {
  const log = path.join(dir, `${name}.log`);
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, DATA_DIR: path.join(dir, name) },
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  return { name, port, process: child, log };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 150_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.status === 200 && (await response.json()).status === "ok") return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not healthy in ${timeoutMs} ms`);
}

function nginxConf(dir: string, ports: ReturnType<typeof clusterPorts>) {
  return `worker_processes 1;
user ${os.userInfo().username};
error_log ${dir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '$request_method $request_uri $status $upstream_addr';
  access_log ${dir}/nginx-access.log upstream;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  client_max_body_size 12m;
  upstream portal {
    server 127.0.0.1:${ports.relay} max_fails=1 fail_timeout=2s;
    server 127.0.0.1:${ports.node2} max_fails=1 fail_timeout=2s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${ports.nginx};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/**
 * A TCP relay in front of node 1. `holdAnswers` drops what node 1 sends back from then on, so a
 * request it received is never answered; `close` stops listening (nginx then gets "connection
 * refused" and passes even a POST to the other node, as nothing was sent).
 */
export type Relay = {
  onRequest: ((head: string) => void) | null;
  /** Called with the first bytes of node 1's answer that are held (with `holdAnswers`). */
  onHeldAnswer: (() => void) | null;
  holdAnswers: boolean;
  close: () => void;
  listen: () => Promise<void>;
};

function startRelay(listen: number, target: number): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const relay: Relay = {
    onRequest: null,
    onHeldAnswer: null,
    holdAnswers: false,
    close: () => undefined,
    listen: () => new Promise((resolve) => server.listen(listen, "127.0.0.1", () => resolve())),
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target, "127.0.0.1");
    sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => {
      upstream.write(chunk);
      relay.onRequest?.(chunk.toString("latin1"));
    });
    upstream.on("data", (chunk) => {
      if (!relay.holdAnswers) return void client.write(chunk);
      const held = relay.onHeldAnswer;
      relay.onHeldAnswer = null;
      held?.();
    });
    for (const socket of [client, upstream]) {
      socket.on("error", end);
      socket.on("close", end);
    }
  });
  relay.close = () => {
    server.close();
    for (const socket of sockets) socket.destroy();
  };
  return relay.listen().then(() => relay);
}

export async function startCluster(baseUrl: string, database: string): Promise<Cluster> {
  const ports = clusterPorts();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-two-nodes-"));
  const databaseUrl = databaseUrlFor(baseUrl, database);
  await recreateDatabase(baseUrl, database);
  const origin = `http://127.0.0.1:${ports.nginx}`;
  const env = {
    DATABASE_URL: databaseUrl,
    BLOB_STORE: "postgres",
    DEMO_MODE: "true",
    APP_ORIGIN: origin,
    // nginx connects from 127.0.0.1 (and so does the relay): its X-Forwarded-For is believed.
    TRUSTED_PROXIES: "127.0.0.1",
    APP_SECRET: "two-nodes-test-secret-0123456789abcdef",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Both at once on the empty database: the startup lock makes one migrate and seed, then the other.
  const nodes: [Node, Node] = [
    startNode("node-1", ports.node1, env, dir),
    startNode("node-2", ports.node2, env, dir),
  ];
  const relay = await startRelay(ports.relay, ports.node1);
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConf(dir, ports));
  const nginx = spawn(
    "nginx",
    ["-p", dir, "-e", path.join(dir, "nginx-error.log"), "-c", path.join(dir, "nginx.conf")].concat([
      "-g",
      `daemon off; pid ${path.join(dir, "nginx.pid")};`,
    ]),
    { stdio: "ignore" },
  );
  const stop = async () => {
    relay.close();
    const exits = [nginx, ...nodes.map((node) => node.process)]
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM")));
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    for (const child of [nginx, ...nodes.map((node) => node.process)])
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await recreateDatabase(baseUrl, database, true).catch(() => undefined);
    if (!process.env.KEEP_TWO_NODES_DIR) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(
      nodes.map((node) => waitForHealth(`http://127.0.0.1:${node.port}/api/v1/health`, node.process)),
    );
    await waitForHealth(`${origin}/api/v1/health`, nginx);
  } catch (error) {
    for (const node of nodes)
      console.error(`${node.name}:\n${fs.readFileSync(node.log, "utf8").slice(-3000)}`);
    await stop();
    throw error;
  }
  const upstreams: [string, string] = [`127.0.0.1:${ports.relay}`, `127.0.0.1:${ports.node2}`];
  const restartFirst = async () => {
    nodes[0] = startNode("node-1", ports.node1, env, dir);
    await waitForHealth(`http://127.0.0.1:${ports.node1}/api/v1/health`, nodes[0].process);
    relay.holdAnswers = false;
    await relay.listen();
    // nginx leaves a failed node out for fail_timeout (2 s), then tries it again.
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      const response = await fetch(`${origin}/api/v1/ping`);
      if (response.headers.get("x-upstream") === upstreams[0]) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error("nginx did not send to the restarted node");
  };
  return { origin, databaseUrl, dir, nodes, upstreams, relay, restartFirst, stop };
}
