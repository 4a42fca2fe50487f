// Reads the public API of @nato/core (every name exported by packages/core/src/index.ts) with the
// TypeScript compiler, and what the JSDoc of each says, for the documentation check and its report.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const CORE_INDEX = join(ROOT, "packages", "core", "src", "index.ts");

export interface PublicExport {
  readonly name: string;
  /** `value` for functions, constants and classes (what runs); `type` for types and interfaces. */
  readonly kind: "value" | "type";
  /** The file that declares it, relative to packages/core/src. */
  readonly file: string;
  readonly documented: boolean;
  readonly hasExample: boolean;
  /** The `@category` of its JSDoc, which groups it in the reference; `undefined` without one. */
  readonly category: string | undefined;
}

export function publicExports(): PublicExport[] {
  const configPath = join(ROOT, "packages", "core", "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const program = ts.createProgram([CORE_INDEX], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(CORE_INDEX);
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${CORE_INDEX}`);

  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const documentation = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    return {
      name: exported.name,
      kind: symbol.flags & ts.SymbolFlags.Value ? "value" : "type",
      file: declaration
        ? declaration.getSourceFile().fileName.slice(dirname(CORE_INDEX).length + 1)
        : "(unknown)",
      documented: documentation.length > 0 || tags.length > 0,
      hasExample: tags.some((tag) => tag.name === "example"),
      category:
        ts.displayPartsToString(tags.find((tag) => tag.name === "category")?.text).trim() || undefined,
    } satisfies PublicExport;
  });
}
