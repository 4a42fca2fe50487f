// The check `nato validate` loads on demand, in a bundle of its own: it brings zod, the CSV parser and the
// streaming JSON tokenizer, which no other command pays for at start-up.
export { checkDatasetStream } from "@nato/core";
