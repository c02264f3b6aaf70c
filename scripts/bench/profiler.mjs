// A CPU profiler for the benchmarks (`npm run bench:profile`), loaded into the server with
// `node --import ./scripts/bench/profiler.mjs server.mjs`; nothing of it is in the portal's own code.
// SIGUSR2 starts V8's sampling profiler; the next SIGUSR2 stops it and writes the profile to
// BENCH_PROFILE_DIR/<n>.cpuprofile (DevTools' format), then writes "<n>.done" so the caller knows.
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector";

const folder = process.env.BENCH_PROFILE_DIR ?? ".reports/profiles";
const session = new Session();
session.connect();
const post = (method, params = {}) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
let running = false;
let count = 0;
process.on("SIGUSR2", async () => {
  if (!running) {
    running = true;
    await post("Profiler.enable");
    await post("Profiler.setSamplingInterval", { interval: 500 });
    await post("Profiler.start");
    return;
  }
  running = false;
  const { profile } = await post("Profiler.stop");
  count += 1;
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `${count}.cpuprofile`), JSON.stringify(profile));
  fs.writeFileSync(path.join(folder, `${count}.done`), "");
});
