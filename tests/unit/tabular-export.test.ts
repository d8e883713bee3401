import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvStream, safeText, xlsxStream, type Cell } from "@/lib/export/tabular";

async function* batches(...list: Cell[][][]) {
  for (const b of list) yield b;
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("tabular export", () => {
  it("writes UTF-8 CSV with a BOM, the header first and every batch in order", async () => {
    const out = await bytes(csvStream(["姓名", "手机"], batches([["张伟", "138****5678"]], [], [["李娜, 王", null]])));
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString("utf8")).toBe('姓名,手机\r\n张伟,138****5678\r\n"李娜, 王",\r\n');
  });

  it("keeps user text that looks like a formula as text", async () => {
    expect(safeText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(safeText("@cmd")).toBe("'@cmd");
    expect(safeText("张伟")).toBe("张伟");
    const out = (await bytes(csvStream(["a"], batches([["+86 138"]])))).toString("utf8");
    expect(out).toContain("'+86 138");
  });

  it("writes an .xlsx workbook Excel can read back, numbers as numbers", async () => {
    const file = await bytes(xlsxStream("客户", ["姓名", "年交保费"], batches([["张伟", 52000.5]], [["=1+1", 0]])));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("客户")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "姓名", "年交保费"]);
    expect(sheet.getRow(2).values).toEqual([undefined, "张伟", 52000.5]);
    // A string, not a formula.
    expect(sheet.getRow(3).getCell(1).value).toBe("=1+1");
    expect(sheet.rowCount).toBe(3);
  });
});
