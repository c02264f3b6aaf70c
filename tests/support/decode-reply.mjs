// Runs React's server-action reply decoder (the one Next uses) over bodies read as JSON from stdin and
// prints, for each, whether it decoded. Needs `node --conditions react-server`.
const { decodeReply } = await import("next/dist/compiled/react-server-dom-turbopack/server.node.js");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const results = [];
  for (const body of JSON.parse(input)) {
    try {
      const args = await decodeReply(body, {}, {});
      results.push(Array.isArray(args) ? "ok" : "not-a-list");
    } catch {
      results.push("throws");
    }
  }
  process.stdout.write(JSON.stringify(results));
});
