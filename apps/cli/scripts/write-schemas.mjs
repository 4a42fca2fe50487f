// After the build: writes the JSON Schema of every command's JSON answer to dist/schemas/<command>.json,
// generated from the zod contract (dist/contract.cjs), so the package ships them as files too.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const { CONTRACT, jsonSchemaOf } = createRequire(import.meta.url)("../dist/contract.cjs");
const dir = new URL("../dist/schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const command of Object.keys(CONTRACT)) {
  writeFileSync(new URL(`${command}.json`, dir), `${JSON.stringify(jsonSchemaOf(command), null, 2)}\n`);
}
