// The monthly complaint analysis as an Excel workbook: a summary block, the 12-month trend and one
// block per dimension, with rates as real percentages (number formats), on one sheet.
import ExcelJS from "exceljs";
import type { AnalysisFigures, ComplaintAnalysis } from "@/lib/data/complaints/analysis";
import type { AnalysisDimension } from "@/lib/domain/complaint-analysis";
import { safeText } from "./tabular";

export type AnalysisXlsxLabels = {
  sheet: string;
  title: string;
  summary: string;
  definitions: string;
  trend: string;
  head: {
    key: string;
    complaints: string;
    customers: string;
    per10k: string;
    share: string;
    sla48h: string;
    sla72h: string;
    avgHours: string;
    reopenRate: string;
  };
  dims: Record<AnalysisDimension, string>;
  rowLabel: (dim: AnalysisDimension, key: string | null, label: string | null) => string;
};

const PCT = "0.0%";

export async function analysisWorkbook(data: ComplaintAnalysis, labels: AnalysisXlsxLabels): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(labels.sheet);
  ws.columns = [
    { width: 24 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 10 },
  ];
  ws.addRow([labels.title]).font = { bold: true, size: 14 };
  ws.addRow([labels.definitions]);
  ws.addRow([]);
  const h = labels.head;
  const head = (first: string) => {
    const r = ws.addRow([
      first,
      h.complaints,
      h.customers,
      h.per10k,
      h.share,
      h.sla48h,
      h.sla72h,
      h.avgHours,
      h.reopenRate,
    ]);
    r.font = { bold: true };
  };
  const row = (name: string, f: AnalysisFigures, customers: number | null) => {
    const r = ws.addRow([
      safeText(name),
      f.complaints,
      customers,
      f.per10k,
      f.share,
      f.sla48h,
      f.sla72h,
      f.avgHandlingHours,
      f.reopenRate,
    ]);
    for (const c of [5, 6, 7, 9]) r.getCell(c).numFmt = PCT;
    r.getCell(4).numFmt = "0.00";
    r.getCell(8).numFmt = "0.0";
  };
  head(labels.summary);
  row(data.orgUnitName, data.total, data.customers);
  ws.addRow([]);
  for (const dim of Object.keys(labels.dims) as AnalysisDimension[]) {
    ws.addRow([labels.dims[dim]]).font = { bold: true };
    head(h.key);
    for (const g of data.groups[dim]) row(labels.rowLabel(dim, g.key, g.label), g, g.customers ?? null);
    ws.addRow([]);
  }
  ws.addRow([labels.trend]).font = { bold: true };
  const th = ws.addRow([h.key, h.complaints, h.sla48h, h.sla72h, h.reopenRate]);
  th.font = { bold: true };
  for (const p of data.trend) {
    const r = ws.addRow([p.month, p.complaints, p.sla48h, p.sla72h, p.reopenRate]);
    for (const c of [3, 4, 5]) r.getCell(c).numFmt = PCT;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
