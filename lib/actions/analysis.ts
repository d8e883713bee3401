"use server";
// The printable complaint analysis: printing it (button or the browser's print) is the export that
// gets audited, through this action (a POST that Next checks is same-origin), not the page view.
import { action } from "@/lib/actions/client";
import { recordAnalysisPrint } from "@/lib/data/complaints/analysis-export";
import { analysisPrintInput } from "@/lib/validation/analysis";

export const recordAnalysisPrintAction = action({
  input: analysisPrintInput,
  messages: "analysis",
  permission: "complaint.analyse",
  run: (actor, input) => recordAnalysisPrint(actor, { month: input.month, orgUnitId: input.org }),
});
