#!/usr/bin/env node
// With --debug, stack traces point into the TypeScript sources through the bundle's source map.
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);
require("../dist/main.cjs");
