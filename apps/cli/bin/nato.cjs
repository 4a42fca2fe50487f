#!/usr/bin/env node
// The `nato` command. It loads dist/main.cjs, the commands in one bundle, through V8's code cache: the
// first run compiles the bundle and keeps the compiled code in the user's cache folder; later runs read it
// back instead of compiling again, which is about a third of what a short command costs beyond Node's own
// start. Node 22 and later do this themselves (module.enableCompileCache); on Node 20 the same is done
// here with vm.Script's cachedData. Anything that goes wrong with the cache (no home folder, a read-only
// disk, a file another Node wrote) only means compiling as usual. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
"use strict";
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "main.cjs");
const debug = process.argv.includes("--debug");
// With --debug, stack traces point into the TypeScript sources through the bundle's source map.
if (debug) process.setSourceMapsEnabled(true);

/** The folder for the compiled code, per user: XDG_CACHE_HOME, ~/.cache, or %LOCALAPPDATA% on Windows. */
function cacheFolder() {
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === "win32" ? process.env.LOCALAPPDATA : undefined) ||
    path.join(process.env.HOME || require("node:os").homedir(), ".cache");
  return path.join(base, "nato-cli");
}

/** Node 20: compiles the bundle as require would, with V8's code cache kept in `folder`. */
function loadWithCodeCache(folder) {
  const fs = require("node:fs");
  const vm = require("node:vm");
  const Module = require("node:module");
  const source = fs.readFileSync(bundle, "utf8");
  const { size, mtimeMs } = fs.statSync(bundle);
  // Read as text: require() would first look for the package's own exports, which costs more than this.
  const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  // V8 checks that cached code fits the engine and the source's length, not its text: the version, size
  // and time of the bundle name the file, so a rebuilt or upgraded bundle never reads another's code.
  const name = `main-${version}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.bin`;
  const file = path.join(folder, name);
  let cachedData;
  try {
    cachedData = fs.readFileSync(file);
  } catch {}
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written as the process ends, so that the code of the functions this command ran is in it too.
    process.once("exit", () => {
      try {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        for (const old of fs.readdirSync(folder))
          if (old.startsWith("main-") && old !== name) fs.rmSync(path.join(folder, old), { force: true });
        const temporary = `${file}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, file);
      } catch {}
    });
  }
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  const localRequire = (id) => mod.require(id);
  localRequire.resolve = (id) => Module._resolveFilename(id, mod);
  script.runInThisContext()(mod.exports, localRequire, mod, bundle, path.dirname(bundle));
}

const Module = require("node:module");
if (debug || process.env.NODE_DISABLE_COMPILE_CACHE) {
  require(bundle);
} else if (typeof Module.enableCompileCache === "function") {
  try {
    Module.enableCompileCache(process.env.NODE_COMPILE_CACHE || cacheFolder());
  } catch {}
  require(bundle);
} else {
  let folder;
  try {
    folder = cacheFolder();
  } catch {}
  if (folder === undefined) require(bundle);
  else loadWithCodeCache(folder);
}
