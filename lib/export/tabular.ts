import "server-only";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

// Streams a table (header + rows arriving in batches) as CSV or Excel, so a large export never sits
// in memory as a whole file.

export type Cell = string | number | null;

/**
 * Spreadsheet programs run a cell starting with = + - @ (or a tab / CR) as a formula (CSV
 * injection); user-entered text is prefixed with an apostrophe so it stays text.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const safeCell = (c: Cell) => (typeof c === "string" ? safeText(c) : c);

/** UTF-8 CSV with a byte-order mark, so Excel opens Chinese text correctly. */
export function csvStream(header: string[], batches: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(
          encoder.encode(`\uFEFF${stringify([header.map(safeText)], { record_delimiter: "windows" })}`),
        );
        return;
      }
      // Skip empty batches: a pull that enqueues nothing is not called again (the reader would hang).
      for (;;) {
        const next = await iterator.next();
        if (next.done) return controller.close();
        if (next.value.length === 0) continue;
        const rows = next.value.map((row) => row.map(safeCell));
        return controller.enqueue(encoder.encode(stringify(rows, { record_delimiter: "windows" })));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** An .xlsx workbook with one sheet, written by ExcelJS's streaming writer (rows are flushed as committed). */
export function xlsxStream(
  sheetName: string,
  header: string[],
  batches: AsyncIterable<Cell[][]>,
  widths: number[] = [],
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  (async () => {
    for await (const rows of batches) {
      if (out.destroyed) return; // the client went away
      // Typed cells: ExcelJS writes strings as text, never as formulas, so no escaping is needed here.
      for (const row of rows) sheet.addRow(row).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));

  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
