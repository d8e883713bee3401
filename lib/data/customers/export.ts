import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write";
import {
  customerListOrder,
  loadListContext,
  customerRowSelect,
  toCustomerRow,
  type CustomerRow,
} from "@/lib/data/customers/list";
import { customerListWhere } from "@/lib/data/customers/filters";
import { EXPORT_CAP, type CustomerFilters } from "@/lib/validation/customer-filters";

const BATCH = 2_000;

export type ExportFormat = "csv" | "xlsx";

export type CustomerExport = {
  /** Rows that will be written (≤ EXPORT_CAP). */
  count: number;
  /** More customers matched than the cap allows. */
  truncated: boolean;
  /** The rows in list order, masked as on screen, fetched batch by batch as the file is written. */
  batches: () => AsyncGenerator<CustomerRow[]>;
};

/**
 * Prepares an export of the customer list: the same scope, filters and order as the list page.
 * The matching ids are read once up front (a consistent snapshot, exact count, screen order even
 * for nullable sort keys), the export is audited before any data leaves, and the rows are then
 * loaded in batches while the file streams.
 */
export async function prepareCustomerExport(
  actor: Actor,
  filters: CustomerFilters,
  format: ExportFormat,
): Promise<CustomerExport> {
  requirePermission(actor, "customer.export");
  const where = customerListWhere(actor, filters, await loadListContext(actor, filters));
  const matched = await db.customer.findMany({
    where,
    orderBy: customerListOrder(filters),
    select: { id: true },
    take: EXPORT_CAP + 1,
  });
  const truncated = matched.length > EXPORT_CAP;
  const ids = matched.slice(0, EXPORT_CAP).map((r) => r.id);

  const auditFilters = { ...filters, page: undefined, size: undefined };
  await writeAudit(db, {
    actorId: actor.id,
    action: "customer.export",
    entityType: "Customer",
    data: { format, filters: auditFilters, rows: ids.length, truncated },
  });

  async function* batches(): AsyncGenerator<CustomerRow[]> {
    for (let i = 0; i < ids.length; i += BATCH) {
      const slice = ids.slice(i, i + BATCH);
      // Scope again: a customer reassigned away since the snapshot is not exported.
      const rows = await db.customer.findMany({
        where: { AND: [customerScope(actor), { id: { in: slice } }] },
        select: customerRowSelect,
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      yield slice.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toCustomerRow(row)] : [];
      });
    }
  }
  return { count: ids.length, truncated, batches };
}
