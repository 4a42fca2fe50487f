#!/usr/bin/env node
// @ts-check
// Next, in a process of its own, started by server/index.mjs: it listens on a loopback port the system
// picks, tells its parent which, and exits when its parent goes (the IPC channel closes). Renders here
// never hold up the answers the parent serves from memory.
import { once } from "node:events";
import http from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const webRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!process.send) {
  process.stderr.write("next-process.mjs is started by server/index.mjs, not on its own.\n");
  process.exit(2);
}
process.on("disconnect", () => process.exit(0));

const app = next({
  dev: false,
  dir: webRoot,
  hostname: "127.0.0.1",
  port: Number(process.env.PUBLIC_PORT) || 3000,
});
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`server: Next failed on ${req.url}: ${error instanceof Error ? error.message : error}`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal error\n");
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1");
await once(server, "listening");
const address = /** @type {import("node:net").AddressInfo} */ (server.address());
process.send({ port: address.port });
