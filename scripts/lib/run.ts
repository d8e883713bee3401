// Runs project commands as child processes with inherited output.
import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./paths";

export type RunOptions = { env?: Record<string, string | undefined>; quiet?: boolean };

export function bin(name: string): string {
  return path.join(projectRoot, "node_modules", ".bin", name);
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...options.env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** prisma CLI with the project's offline schema engine (see prisma.config.ts). */
export function prisma(args: string[], databaseUrl?: string, quiet = false): Promise<void> {
  return run(bin("prisma"), args, { env: databaseUrl ? { DATABASE_URL: databaseUrl } : {}, quiet });
}
