import { join } from "node:path";

/**
 * Loads a bundle that sits beside the commands' bundle in dist (validate-check.cjs, contract.cjs), with a
 * path made at run time so that the bundler leaves it apart. The commands' bundle is CommonJS: it knows its
 * folder, and a plain require keeps it loadable through the launcher's code cache (bin/nato.cjs), which a
 * dynamic import() is not on Node 20.
 */
export function loadBeside<T>(file: string): T {
  return require(join(__dirname, file)) as T;
}
