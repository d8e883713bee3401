import "server-only";
// The monthly complaint analysis leaving the screen: as an Excel file, or printed (to paper or PDF).
// Both are audited as complaintAnalysis.export with their format; merely viewing the page
// (screen or print layout) is not an export.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { complaintAnalysis, type AnalysisInput, type ComplaintAnalysis } from "./analysis";

async function exportAnalysis(
  actor: Actor,
  input: AnalysisInput,
  format: "xlsx" | "print",
  locale?: string,
): Promise<ComplaintAnalysis> {
  const data = await complaintAnalysis(actor, input, { locale });
  await writeAudit(db, {
    actorId: actor.id,
    action: "complaintAnalysis.export",
    entityType: "ComplaintAnalysis",
    entityId: `${data.orgUnitId}:${data.month}`,
    data: { month: data.month, orgUnitId: data.orgUnitId, complaints: data.total.complaints, format },
  });
  return data;
}

/** The analysis for the Excel file, audited before the file is built. */
export function exportComplaintAnalysis(actor: Actor, input: AnalysisInput, locale?: string) {
  return exportAnalysis(actor, input, "xlsx", locale);
}

/** Records that the printable analysis was printed (called by the print button and the browser's print). */
export async function recordAnalysisPrint(actor: Actor, input: AnalysisInput): Promise<{ ok: true }> {
  await exportAnalysis(actor, input, "print");
  return { ok: true };
}
