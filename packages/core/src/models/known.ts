/**
 * A string argument checked against the values a function knows: a literal must be one of `Known` (so
 * `getRule("hague-cor")` is a type error), while a `string` read at run time (a URL, a command line) is
 * accepted and checked when the function runs.
 *
 * @category Models
 * @example
 * function pick<T extends string>(id: KnownOr<T, "a" | "b">) {}
 * pick("a"); // fine
 * pick("c"); // type error
 * pick(String(process.argv[2])); // fine: checked at run time
 */
export type KnownOr<T extends string, Known extends string> = string extends T
  ? T
  : T extends Known
    ? T
    : Known;
