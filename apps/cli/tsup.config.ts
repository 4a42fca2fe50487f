import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";

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

/**
 * commander requires child_process when it loads, for executable subcommands, which nato has none of; that
 * module pulls in net and dgram. This stands a proxy in its place that loads it on first use (the pager's own
 * import of child_process is left alone).
 */
const lazyChildProcess: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /commander/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents:
        'let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

/**
 * The editions' figures go beside the bundle, one JSON file per edition (dist/editions/nato-<id>.json), and a
 * command reads the file of an edition when it first asks for that edition: `nato ally POL` reads the latest
 * edition's 31 KB, not five editions' 260 KB compiled into the bundle at every start. It rewrites @nato/core's
 * dataset loaders (`expandRows(EDITION_x, FIELDS_x, ROWS_x)`) to take the rows from the file, which leaves the
 * rows' JSON text unused in the bundle, so the bundler drops it. The build fails if a loader no longer reads
 * that way.
 */
const editionFiles: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "edition-files",
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]dataset-\d{4}-\d{2}\.js$/ }, (args) => {
      const id = /dataset-(\d{4}-\d{2})\.js$/.exec(args.path)?.[1] ?? "";
      const s = id.replace("-", "_");
      const source = readFileSync(args.path, "utf8");
      const call = `expandRows(EDITION_${s}, FIELDS_${s}, ROWS_${s})`;
      if (!source.includes(call)) throw new Error(`${args.path}: no ${call} to rewrite`);
      const rows = /const ROWS_\w+ = `([^`]*)`;/.exec(
        readFileSync(join(dirname(args.path), "editions", `nato-${id}.js`), "utf8"),
      )?.[1];
      if (rows === undefined) throw new Error(`no rows in the ${id} edition's module`);
      const out = join(import.meta.dirname, "dist", "editions");
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `nato-${id}.json`), rows);
      return {
        contents: source.replace(
          call,
          `expandRows(EDITION_${s}, FIELDS_${s}, require("node:fs").readFileSync(require("node:path").join(__dirname, "editions", "nato-${id}.json"), "utf8"))`,
        ),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

const shared = {
  // ES2022 rather than "node20": esbuild rewrites /\p{Diacritic}/u into a `new RegExp` per call for node targets.
  target: "es2022",
  platform: "node",
  // Everything is bundled, so start-up reads one file and the published package has no run-time
  // dependencies: @nato/core tree-shaken to what the commands use (zod and the CSV parser only in
  // validate-check.cjs and contract.cjs), and commander.
  noExternal: ["@nato/core", "commander"],
  banner: { js: NOTICES },
  splitting: false,
  treeshake: true,
  // Minified: less for Node to read and compile at start-up. `--debug` turns on source maps before the
  // bundle loads (bin/nato.cjs), so its stack traces name the TypeScript sources.
  minify: true,
  // The build script empties dist first; two configurations build side by side.
  clean: false,
  sourcemap: true,
} satisfies Options;

export default defineConfig([
  {
    ...shared,
    // The commands, as CommonJS: Node starts a CommonJS file sooner than an ES module (no module graph to
    // link, no asynchronous loader), which is most of the start-up time of a short command.
    entry: { main: "src/main.ts" },
    format: ["cjs"],
    esbuildPlugins: [lazyChildProcess, editionFiles],
    // Keep "node:" in the built-ins' names, so that the plugin above sees commander's child_process.
    removeNodeProtocol: false,
  },
  {
    ...shared,
    // The schema check `validate` loads on demand, and the zod contract `schema` loads: each stands alone, so
    // that zod stays out of what every command loads. main.cjs requires them by a path made at run time.
    entry: {
      "validate-check": "src/commands/validate-check.ts",
      contract: "src/contract.ts",
    },
    // CommonJS as well: main.cjs requires them, which works through the launcher's code cache (bin/nato.cjs).
    format: ["cjs"],
    esbuildPlugins: [editionFiles],
  },
]);
