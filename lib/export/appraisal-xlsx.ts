// The appraisal table as an Excel workbook (exceljs), with the scoring formula on its own row.
import ExcelJS from "exceljs";
import type { AppraisalEntry } from "@/lib/data/kpi/appraisal";

export async function appraisalWorkbook(
  rows: AppraisalEntry[],
  labels: { sheet: string; head: string[]; formula: string; period: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(labels.sheet);
  ws.addRow([labels.period]);
  ws.addRow([labels.formula]);
  ws.addRow([]);
  const head = ws.addRow(labels.head);
  head.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      r.rank,
      r.name,
      r.orgUnit,
      r.score,
      r.renewed,
      r.renewalRate,
      r.repeatBuyers,
      r.repeatPurchaseRate,
      r.visitRate,
      r.csat,
      r.complaints,
      r.churnRate,
    ]);
  }
  for (const col of [6, 8, 9, 12]) ws.getColumn(col).numFmt = "0.0%";
  ws.getColumn(10).numFmt = "0.0";
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 16;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
