// Runs one MT job in a process of its own, so a test can kill it (SIGKILL) while DeepL is answering:
// a real crash between the request and anything written after it.
import { runMtJob } from "@/lib/translation/server/run-mt-job";

await runMtJob(process.argv[2]!);
