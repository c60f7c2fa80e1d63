// The MLQE-PE en-de dev set (tests/fixtures/mlqe-pe-en-de-dev): machine output, post-edits, official HTER.
import { readFileSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../../fixtures/mlqe-pe-en-de-dev");
const read = (name: string): string[] => readFileSync(path.join(dir, name), "utf8").split("\n").slice(0, -1);
export const mt = read("dev.mt");
export const pe = read("dev.pe");
export const official = read("dev.hter").map(Number);
