// Streams generated rows into PostgreSQL with COPY … FROM STDIN (text format), one connection and
// one COPY per table, so tables load in parallel while Node generates the next batch.
import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerTable, RowSink, TableName, TableRows } from "../fake/tables";

/** Columns the generators never fill (left to their database defaults). */
const OMIT: Partial<Record<TableName, readonly string[]>> = {
  Customer: ["version", "mergedIntoId", "anonymizedAt", "clusterId"],
};
/** Json columns: an array there is JSON, not a PostgreSQL array. */
const JSON_COLUMNS = new Set(["ComplaintEvent.data", "AuditLog.data", "Setting.value"]);

const FIELDS: Record<CustomerTable, Record<string, string>> = {
  Customer: Prisma.CustomerScalarFieldEnum,
  FamilyMember: Prisma.FamilyMemberScalarFieldEnum,
  CorporateProfile: Prisma.CorporateProfileScalarFieldEnum,
  CustomerTag: Prisma.CustomerTagScalarFieldEnum,
  CustomerFieldValue: Prisma.CustomerFieldValueScalarFieldEnum,
  Policy: Prisma.PolicyScalarFieldEnum,
  PolicyInsured: Prisma.PolicyInsuredScalarFieldEnum,
  RenewalFollowUp: Prisma.RenewalFollowUpScalarFieldEnum,
  Claim: Prisma.ClaimScalarFieldEnum,
  ClaimStep: Prisma.ClaimStepScalarFieldEnum,
  Complaint: Prisma.ComplaintScalarFieldEnum,
  ComplaintEvent: Prisma.ComplaintEventScalarFieldEnum,
  CorrectiveAction: Prisma.CorrectiveActionScalarFieldEnum,
  Visit: Prisma.VisitScalarFieldEnum,
  Survey: Prisma.SurveyScalarFieldEnum,
  SurveyResponse: Prisma.SurveyResponseScalarFieldEnum,
  Task: Prisma.TaskScalarFieldEnum,
  Communication: Prisma.CommunicationScalarFieldEnum,
  BlacklistEntry: Prisma.BlacklistEntryScalarFieldEnum,
  ResourceAllocation: Prisma.ResourceAllocationScalarFieldEnum,
};

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

function escapeText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : s;
}

function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((i) => `"${String(i).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

/** One value in COPY text format. */
export function encodeValue(v: unknown, json: boolean): string {
  if (v === null || v === undefined) return "\\N";
  switch (typeof v) {
    case "string":
      return escapeText(v);
    case "number":
      return String(v);
    case "boolean":
      return v ? "t" : "f";
    default:
      if (v instanceof Date) return v.toISOString();
      if (Array.isArray(v) && !json) return escapeText(arrayLiteral(v));
      return escapeText(JSON.stringify(v));
  }
}

class TableCopy {
  readonly columns: string[];
  private readonly known: Set<string>;
  private readonly json: boolean[];
  private chunk = "";
  rows = 0;
  private stream: ReturnType<typeof copyFrom> | null = null;

  constructor(
    readonly table: CustomerTable,
    private readonly client: pg.Client,
  ) {
    const omit = new Set(OMIT[table] ?? []);
    this.columns = Object.values(FIELDS[table]).filter((c) => !omit.has(c));
    this.known = new Set(this.columns);
    this.json = this.columns.map((c) => JSON_COLUMNS.has(`${table}.${c}`));
  }

  start(): void {
    const cols = this.columns.map((c) => `"${c}"`).join(", ");
    this.stream = this.client.query(copyFrom(`COPY "${this.table}" (${cols}) FROM STDIN`));
  }

  add(row: Record<string, unknown>): void {
    // Every 64th row is checked for fields the column list would silently drop.
    if ((this.rows & 63) === 0)
      for (const k in row) if (!this.known.has(k)) throw new Error(`${this.table}.${k} is not a copied column`);
    let line = "";
    const cols = this.columns;
    for (let i = 0; i < cols.length; i++) line += (i === 0 ? "" : "\t") + encodeValue(row[cols[i]!], this.json[i]!);
    this.chunk += line + "\n";
    this.rows++;
  }

  /** Hands the buffered rows to the stream; resolves when it can take more. */
  async flush(): Promise<void> {
    if (!this.chunk || !this.stream) return;
    const ok = this.stream.write(this.chunk);
    this.chunk = "";
    if (!ok) await once(this.stream, "drain");
  }

  async end(): Promise<void> {
    await this.flush();
    const stream = this.stream!;
    const done = once(stream, "finish");
    stream.end();
    await done;
  }
}

/** A RowSink that COPYs every customer table through its own connection. */
export class CopySink implements RowSink {
  private readonly copies = new Map<TableName, TableCopy>();

  static async open(connectionString: string, tables: readonly CustomerTable[]): Promise<CopySink> {
    const sink = new CopySink();
    for (const table of tables) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query("SET synchronous_commit = off");
      const copy = new TableCopy(table, client);
      copy.start();
      sink.copies.set(table, copy);
      sink.clients.push(client);
    }
    return sink;
  }

  private readonly clients: pg.Client[] = [];

  add<T extends TableName>(table: T, row: TableRows[T]): void {
    const copy = this.copies.get(table);
    if (!copy) throw new Error(`No COPY stream for ${table}`);
    copy.add(row as Record<string, unknown>);
  }

  counts(): Map<TableName, number> {
    return new Map([...this.copies].map(([t, c]) => [t, c.rows]));
  }

  async flush(): Promise<void> {
    await Promise.all([...this.copies.values()].map((c) => c.flush()));
  }

  async close(): Promise<void> {
    await Promise.all([...this.copies.values()].map((c) => c.end()));
    await Promise.all(this.clients.map((c) => c.end()));
  }
}
