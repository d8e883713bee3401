// PostgreSQL driver-adapter factory for the WebAssembly schema engine.
//
// The wasm engine does no I/O of its own: every SQL statement goes through a
// "migration-aware SQL adapter factory" (connect + connectToShadowDb). We build
// it on top of the official @prisma/adapter-pg and patch the few places where
// adapter-pg (made for the query runtime, not for the schema engine) falls short.
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";

// pg-connection-string is pg's own URL parser; resolve it through pg so we use
// exactly the copy pg itself uses (it is not a direct dependency of the project).
const requireFromPg = createRequire(createRequire(import.meta.url).resolve("pg"));
const { parse: parsePgUrl } = requireFromPg("pg-connection-string");

// URL parameters understood by Prisma's native engine but unknown to node-postgres.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "socket_timeout",
  "connect_timeout",
  "pgbouncer",
  "statement_cache_size",
  "sslaccept",
  "sslidentity",
  "sslpassword",
  "single_use_connections",
];

/**
 * Turn a postgres URL into discrete node-postgres fields.
 *
 * Bug (4) workaround: we must never hand pg a `connectionString`. pg lets
 * `connectionString` override an explicit `database`, so adapter-pg's
 * `new Pool({ ...config, database: shadowDb })` would silently connect to the
 * *main* database instead of the shadow one. With discrete fields, overriding
 * `database` really targets another database.
 */
export function pgConfigFromUrl(url) {
  const parsed = parsePgUrl(url);
  const schema = parsed.schema || "public";
  const config = { ...parsed };
  for (const key of PRISMA_ONLY_PARAMS) delete config[key];
  for (const [key, value] of Object.entries(config))
    if (value === null || value === undefined || value === "") delete config[key];
  if (parsed.connect_timeout) config.connectionTimeoutMillis = Number(parsed.connect_timeout) * 1000;
  if (schema !== "public") config.options = `${config.options ?? ""} -c search_path="${schema}"`.trim();
  config.max = 4;
  return { config, schema };
}

const CHAR_OID = 18; // PostgreSQL's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype…)
const columnTypeCache = new Map();

/**
 * Column type of a result column for the engine.
 *
 * Bug (1) workaround: the engine's catalog queries return PostgreSQL system
 * types, and adapter-pg throws "unsupported type" for any OID below 16384 it does
 * not know. It already maps `name` (OID 19) to Text, but not the one-byte `"char"`
 * type (OID 18: pg_class.relkind, pg_constraint.contype…), which made every
 * introspection fail with "Column type 'char' could not be deserialized". pg
 * delivers such values as strings, so: `"char"` → Character (what the engine's row
 * decoder expects for it), any other type adapter-pg rejects (other name-like /
 * catalog types: regclass, regtype, oidvector…) → Text. For the types adapter-pg
 * supports we keep its own mapping, obtained by running its stock `queryRaw` on a
 * one-column fake result, so the mapping stays in sync with adapter-pg upgrades.
 */
async function columnTypeOf(stockQueryRaw, oid) {
  if (oid === CHAR_OID) return ColumnTypeEnum.Character;
  if (!columnTypeCache.has(oid)) {
    const probe = { performIO: async () => ({ fields: [{ name: "x", dataTypeID: oid }], rows: [] }) };
    let type;
    try {
      type = (await stockQueryRaw.call(probe, { sql: "", args: [], argTypes: [] })).columnTypes[0];
    } catch {
      type = ColumnTypeEnum.Text;
    }
    columnTypeCache.set(oid, type);
  }
  return columnTypeCache.get(oid);
}

/** Patch one adapter-pg adapter instance (main or shadow connection) in place. */
function patchAdapter(adapter) {
  const stockQueryRaw = Object.getPrototypeOf(adapter).queryRaw;
  adapter.queryRaw = async function queryRaw(query) {
    const { fields, rows } = await this.performIO(query); // adapter-pg's own I/O, parsers and error mapping
    const columnTypes = [];
    for (const field of fields) columnTypes.push(await columnTypeOf(stockQueryRaw, field.dataTypeID));
    return { columnNames: fields.map((f) => f.name), columnTypes, rows };
  };
  // adapter-pg's executeScript splits the script on every ";" and sends the pieces
  // one by one through the pool. That breaks migration files containing ";" inside
  // strings, comments or $$-quoted function bodies, and runs the pieces outside any
  // transaction on possibly different connections. The native engine sends the whole
  // script as one simple-protocol query (one implicit transaction); do the same.
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

/** Shadow databases created by this process and not yet dropped (cleaned up on exit). */
export const liveShadowDatabases = new Map();

export async function dropShadowDatabase(config, name) {
  const admin = new pg.Client({ ...config, database: config.database ?? "postgres" });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  } finally {
    await admin.end();
    liveShadowDatabases.delete(name);
  }
}

/**
 * Build the (unbound) migration-aware adapter factory the wasm engine expects.
 * `url` may be undefined: commands that never touch a database still work, and
 * the others get a clear error at the moment they try to connect.
 */
export function createPgAdapterFactory({ url, shadowDatabaseUrl }) {
  const main = url ? pgConfigFromUrl(url) : null;
  const requireUrl = () => {
    if (!main) throw new Error("No database URL: set datasource.url in prisma.config.ts (DATABASE_URL).");
    return main;
  };
  const connectTo = async ({ config, schema }) => patchAdapter(await new PrismaPg(config, { schema }).connect());

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return connectTo(requireUrl());
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // A configured shadow database (for users without CREATEDB). The native
        // engine wipes it before replaying migrations; the wasm engine leaves that
        // to the factory, and replaying onto leftovers fails ("type … already
        // exists"). So refuse the main database, then reset the schema ourselves.
        const shadow = pgConfigFromUrl(shadowDatabaseUrl);
        const key = (c) => `${c.host ?? "localhost"}:${c.port ?? 5432}/${c.database}`;
        if (main && key(main.config) === key(shadow.config)) {
          throw new Error(
            "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
          );
        }
        const adapter = await connectTo(shadow);
        const schema = quoteIdent(shadow.schema);
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
        return adapter;
      }
      // Bug (2) workaround: adapter-pg's connectToShadowDb() runs `DROP DATABASE`
      // in its dispose callback *before* ending the shadow pool, so the drop fails
      // ("being accessed by other users") and a prisma_migrate_shadow_db_* database
      // is leaked on every migrate dev/diff. We create the temporary database
      // ourselves, and on dispose first close the adapter's pool, then drop it.
      const { config, schema } = requireUrl();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const admin = new pg.Client(config);
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } finally {
        await admin.end();
      }
      liveShadowDatabases.set(name, config);
      const adapter = await connectTo({ config: { ...config, database: name }, schema });
      const disposePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        try {
          await disposePool();
        } finally {
          await dropShadowDatabase(config, name);
        }
      };
      return adapter;
    },
  };
}
