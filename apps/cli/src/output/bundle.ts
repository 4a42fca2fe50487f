import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The URL of a bundle that sits beside the commands' bundle in dist (validate-check.js, contract.js), for a
 * dynamic import the bundler leaves alone. The commands' bundle is CommonJS, so it knows its folder.
 */
export function besideMain(file: string): string {
  return pathToFileURL(join(__dirname, file)).href;
}
