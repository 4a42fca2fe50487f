import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig } from "tsup";

const require = createRequire(import.meta.url);
const fromCore = createRequire(require.resolve("@nato/core/package.json"));

/** Packages the bundles carry, and where their licence texts are. */
const BUNDLED = [
  { name: "commander", resolve: require },
  { name: "zod", resolve: fromCore },
  { name: "papaparse", resolve: fromCore },
  { name: "fastest-levenshtein", resolve: fromCore },
  { name: "@streamparser/json", resolve: fromCore },
];

/** The folder of an installed package: up from its entry point to the package.json that names it. */
function packageDir(name: string, resolve: NodeJS.Require): string {
  let dir = dirname(resolve.resolve(name));
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === name) return dir;
    }
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the package folder of ${name}`);
}

function licenceText(name: string, resolve: NodeJS.Require): string {
  const dir = packageDir(name, resolve);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version: string;
    license: string;
  };
  const file = ["LICENSE", "LICENSE.md", "LICENSE.txt"].find((f) => existsSync(join(dir, f)));
  const text = file ? readFileSync(join(dir, file), "utf8").trim() : `${pkg.license}`;
  return `${name} ${pkg.version} (${pkg.license})\n\n${text}`.replace(/\*\//g, "* /");
}

// The licences of what the bundles include travel inside them, as a legal comment at the top.
const NOTICES = `/*! The nato CLI bundles the following packages.\n\n${BUNDLED.map(({ name, resolve }) =>
  licenceText(name, resolve),
).join(`\n\n${"-".repeat(72)}\n\n`)}\n*/`;

export default defineConfig({
  // Two bundles: the commands, and the schema check `validate` loads on demand. Splitting one bundle into
  // shared chunks would put zod in the chunk every command loads (esbuild assigns the barrel's modules to
  // both), so `validate` imports its bundle by URL and each entry stands alone.
  entry: {
    main: "src/main.ts",
    "validate-check": "src/commands/validate-check.ts",
    contract: "src/contract.ts",
  },
  format: ["esm"],
  // ES2022 rather than "node20": esbuild rewrites /\p{Diacritic}/u into a `new RegExp` per call for node targets.
  target: "es2022",
  platform: "node",
  // Everything is bundled, so start-up reads one file and the published package has no run-time
  // dependencies: @nato/core tree-shaken to what the commands use (zod and the CSV parser only in
  // validate-check.js), and commander, which is CommonJS and needs `require` for Node's built-ins.
  noExternal: ["@nato/core", "commander"],
  banner: {
    // commander requires child_process at load for executable subcommands, which nato has none of; loading
    // it pulls in net and dgram. A proxy defers the load to first use, saving start-up time.
    js: `${NOTICES}\nimport { createRequire } from "node:module"; const nodeRequire = createRequire(import.meta.url); const require = (id) => (/child_process$/.test(id) ? new Proxy({}, { get: (_, key) => nodeRequire(id)[key] }) : nodeRequire(id));`,
  },
  splitting: false,
  treeshake: true,
  clean: true,
  sourcemap: true,
});
