// The row label of one analysis group: enum values through the shared enum messages, org units by name.
import type { AnalysisDimension } from "@/lib/domain/complaint-analysis";

type T = (key: string) => string;

export function dimensionLabel(
  dim: AnalysisDimension,
  key: string | null,
  label: string | null,
  t: { enums: T; analysis: T },
): string {
  if (key === null || key === "") return t.analysis("unspecified");
  if (dim === "category") return t.enums(`ComplaintCategory.${key}`);
  if (dim === "channel") return t.enums(`ComplaintChannel.${key}`);
  if (dim === "product") return t.enums(`ProductLine.${key}`);
  return label ?? key;
}
