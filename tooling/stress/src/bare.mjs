#!/usr/bin/env node
// @ts-check
// The bare server `pnpm stress` measures beside the site: reads one HTML page on standard input, gzips it
// once, and answers every request on 127.0.0.1:PORT with it (gzipped when accepted). Nothing else: the
// fastest any page of that size could be served by Node on this machine.
import http from "node:http";
import { gzipSync } from "node:zlib";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1024 || port > 65_535) {
  process.stderr.write("usage: node bare.mjs PORT < page.html\n");
  process.exit(2);
}
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const body = Buffer.concat(chunks);
const gzipped = gzipSync(body, { level: 9 });
const server = http.createServer((req, res) => {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const payload = gzip ? gzipped : body;
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(payload.length),
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(payload);
});
server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
});
