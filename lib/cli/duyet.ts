// The command line over the pure modules: `npm run --silent duyet -- <command> …`.
// Each command lives in lib/cli/commands/<name>.ts and exports `run(args): Promise<number>` (exit code).
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  check: () => import("./commands/check"),
  segment: () => import("./commands/segment"),
  effort: () => import("./commands/effort"),
};

const usage = `usage: duyet <command> [args]
  check VI_FILE DE_FILE EN_FILE   quality issues of line-aligned files, one JSON object per issue
  segment FILE                    segments of an article (text, JSON bundle or web page), one JSON object per segment
  effort MT_FILE FINAL_FILE       HTER of each line (MT → final), one number per line`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${usage}\n`);
    return name ? 2 : 0;
  }
  const command = await load();
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`duyet: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
