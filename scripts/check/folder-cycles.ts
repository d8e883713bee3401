// Fails when folders import each other in a circle (lib/data/customers ⇄ lib/data/complaints, …).
// ESLint's import/no-cycle sees files; this sees the folders a reader navigates. Part of `npm run lint`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib", "i18n"];
const SKIP = new Set(["lib/generated"]);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/g;

/** The folder a file belongs to for this check: lib/data/<feature>, lib/<layer>, components/<domain>, app. */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "app" || parts[0] === "i18n") return parts[0];
  if (parts[0] === "lib" && parts[1] === "data" && parts.length > 3) return parts.slice(0, 3).join("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : parts[0]!;
}

function sourceFiles(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.join(path.dirname(from), spec);
  return null;
}

export function folderGraph(files: string[], read: (f: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    for (const m of read(file).matchAll(IMPORT)) {
      if (m[1]) continue; // type-only imports create no runtime dependency
      const target = resolve(file, m[2]!);
      if (!target || SKIP.has(target.split("/").slice(0, 2).join("/"))) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one folder (Tarjan). */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

if (process.argv[1]?.endsWith("folder-cycles.ts")) {
  const files = ROOTS.flatMap((r) => sourceFiles(r));
  const found = cycles(folderGraph(files, (f) => readFileSync(f, "utf8")));
  if (found.length > 0) {
    console.error("Folders that import each other in a circle:");
    for (const group of found) console.error(`  ${group.join(" ⇄ ")}`);
    process.exit(1);
  }
  console.log(`folder cycles: none (${files.length} files)`);
}
