import { describe, expect, it } from "vitest";
import { cycles, folderGraph, folderOf } from "@/scripts/check/folder-cycles";

describe("folder cycle check", () => {
  it("names lib/data features, lib layers, component domains and app", () => {
    expect(folderOf("lib/data/customers/list.ts")).toBe("lib/data/customers");
    expect(folderOf("lib/domain/sla.ts")).toBe("lib/domain");
    expect(folderOf("components/claims/assign-form.tsx")).toBe("components/claims");
    expect(folderOf("app/(app)/claims/page.tsx")).toBe("app");
  });

  it("finds folders that import each other, ignoring type-only imports", () => {
    const files: Record<string, string> = {
      "lib/data/a/x.ts": 'import { y } from "@/lib/data/b/y";',
      "lib/data/b/y.ts": 'import { z } from "../c/z";',
      "lib/data/c/z.ts": 'import { x } from "@/lib/data/a/x";\nimport type { T } from "@/lib/data/d/t";',
      "lib/data/d/t.ts": 'import { x } from "@/lib/data/a/x";',
    };
    const graph = folderGraph(Object.keys(files), (f) => files[f]!);
    expect(cycles(graph)).toEqual([["lib/data/a", "lib/data/b", "lib/data/c"]]);
  });

  it("accepts a one-way graph", () => {
    const files = {
      "app/p.tsx": 'import { a } from "@/lib/data/a/x";',
      "lib/data/a/x.ts": 'import { d } from "@/lib/domain/d";',
    };
    expect(cycles(folderGraph(Object.keys(files), (f) => files[f as keyof typeof files]))).toEqual([]);
  });
});
