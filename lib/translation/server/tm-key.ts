import "server-only";

// The key is pure (it also runs in the import worker); services keep importing it from here.
export { tmKey } from "@/lib/translation/tm-key";
