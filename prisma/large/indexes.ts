// Bulk-load housekeeping: primary keys, secondary indexes and foreign keys of the loaded tables are dropped
// before COPY and rebuilt afterwards (faster than maintaining them row by row, and the rebuilt
// foreign keys prove the generated data consistent). Definitions are saved to a file first, so
// an interrupted run can be repaired by the next one.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface Definitions {
  primaryKeys: { name: string; table: string; sql: string }[];
  indexes: { name: string; table: string; sql: string }[];
  foreignKeys: { name: string; table: string; sql: string }[];
}

export function stateFile(database: string): string {
  return path.join(process.cwd(), ".data", `generate-large.${database}.json`);
}

export async function readDefinitions(client: pg.Client, tables: readonly string[]): Promise<Definitions> {
  const indexes = await client.query<{ name: string; table: string; sql: string }>(
    `SELECT i.relname AS name, t.relname AS table, pg_get_indexdef(i.oid) AS sql
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [tables],
  );
  const constraints = (type: "f" | "p") =>
    client.query<{ name: string; table: string; sql: string }>(
      `SELECT c.conname AS name, t.relname AS table, pg_get_constraintdef(c.oid) AS sql
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = $2 AND n.nspname = current_schema()
          AND (t.relname = ANY($1) OR ($2 = 'f' AND c.confrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1))))`,
      [tables, type],
    );
  return {
    primaryKeys: (await constraints("p")).rows,
    indexes: indexes.rows,
    foreignKeys: (await constraints("f")).rows,
  };
}

export async function dropAll(client: pg.Client, defs: Definitions, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(defs, null, 1));
  for (const fk of defs.foreignKeys)
    await client.query(`ALTER TABLE "${fk.table}" DROP CONSTRAINT IF EXISTS "${fk.name}"`);
  for (const ix of defs.indexes) await client.query(`DROP INDEX IF EXISTS "${ix.name}"`);
  for (const pk of defs.primaryKeys)
    await client.query(`ALTER TABLE "${pk.table}" DROP CONSTRAINT IF EXISTS "${pk.name}"`);
}

/** Runs statements on `parallel` connections at once. */
async function runParallel(
  connectionString: string,
  statements: string[],
  parallel: number,
  setup: string[],
): Promise<void> {
  const queue = [...statements];
  const worker = async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    for (const s of setup) await client.query(s);
    try {
      for (let sql = queue.shift(); sql; sql = queue.shift()) await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, statements.length) }, worker));
}

/** Recreates whatever of `defs` is missing: indexes in parallel, then foreign keys (added NOT VALID, validated in parallel). */
export async function restoreAll(
  connectionString: string,
  defs: Definitions,
  file: string,
  log: (s: string) => void,
): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const existing = new Set(
    (await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relkind = 'i'`)).rows.map(
      (r) => r.name,
    ),
  );
  const existingFk = new Set(
    (await client.query<{ name: string }>(`SELECT conname AS name FROM pg_constraint WHERE contype = 'f'`)).rows.map(
      (r) => r.name,
    ),
  );
  const existingPk = new Set(
    (await client.query<{ name: string }>(`SELECT conname AS name FROM pg_constraint WHERE contype = 'p'`)).rows.map(
      (r) => r.name,
    ),
  );
  const setup = ["SET maintenance_work_mem = '512MB'", "SET max_parallel_maintenance_workers = 1"];
  let t = performance.now();
  const pks = defs.primaryKeys.filter((p) => !existingPk.has(p.name));
  await runParallel(
    connectionString,
    pks.map((p) => `ALTER TABLE "${p.table}" ADD CONSTRAINT "${p.name}" ${p.sql}`),
    2,
    setup,
  );
  log(`primary keys rebuilt (${pks.length}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await runParallel(
    connectionString,
    defs.indexes.filter((i) => !existing.has(i.name)).map((i) => i.sql),
    2,
    setup,
  );
  log(`indexes rebuilt (${defs.indexes.length}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const missing = defs.foreignKeys.filter((f) => !existingFk.has(f.name));
  for (const fk of missing)
    await client.query(`ALTER TABLE "${fk.table}" ADD CONSTRAINT "${fk.name}" ${fk.sql} NOT VALID`);
  await runParallel(
    connectionString,
    missing.map((fk) => `ALTER TABLE "${fk.table}" VALIDATE CONSTRAINT "${fk.name}"`),
    2,
    setup,
  );
  log(`foreign keys re-added and validated (${missing.length}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await client.end();
  fs.rmSync(file, { force: true });
}

/** Repairs a database left without its indexes by an interrupted run. */
export async function repairInterrupted(
  connectionString: string,
  file: string,
  log: (s: string) => void,
): Promise<void> {
  if (!fs.existsSync(file)) return;
  log("restoring indexes and foreign keys dropped by an interrupted run…");
  await restoreAll(connectionString, JSON.parse(fs.readFileSync(file, "utf8")) as Definitions, file, log);
}
