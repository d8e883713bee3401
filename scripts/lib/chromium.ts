import { existsSync } from "node:fs";
import { run } from "./run";

/** Debian's Chromium (and CJK fonts) for Playwright; Playwright's own browser download is not used. */
export async function ensureChromium(log: (msg: string) => void): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  const path = "/usr/bin/chromium";
  if (existsSync(path)) return path;
  log("Chromium not found: installing Debian's chromium and fonts-noto-cjk with apt-get …");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args: string[]) =>
    sudo.length ? run("sudo", ["apt-get", ...args], { quiet: true }) : run("apt-get", args, { quiet: true });
  await apt(["update", "-qq"]);
  await apt(["install", "-y", "-qq", "chromium", "fonts-noto-cjk"]);
  return path;
}
