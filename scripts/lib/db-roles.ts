// The two PostgreSQL roles of a deployment (the README gives the same SQL for a production server):
//   jinshan_owner  owns the database and its tables; migrations and the demo seed run as it.
//   jinshan_app    what the app connects as: reads and writes rows, but cannot ALTER or DROP a table,
//                  disable a trigger, or UPDATE / DELETE / TRUNCATE the audit log.
// The job queue (pg-boss) keeps its tables in the `pgboss` schema, owned by the app role: pg-boss
// creates a partition per queue at run time (DDL), and that schema holds no business data.
// The demo and the test setup call these with the server's admin (superuser) connection.
import { createHmac } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";

export const OWNER_ROLE = "jinshan_owner";
export const APP_ROLE = "jinshan_app";

export type DatabaseRoles = {
  /** Migrations, seed, the large-data generator. */
  ownerUrl: string;
  /** The app (DATABASE_URL of `next start`). */
  appUrl: string;
  /** False when the admin could not create roles: both URLs are then the admin's (with a warning). */
  separated: boolean;
};

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

/**
 * A role's password, derived from the admin's (so every checkout that uses the same server agrees
 * on it, and nothing needs storing). On a trust-auth server it is never asked for.
 */
function rolePassword(adminUrl: string, role: string): string {
  const secret = decodeURIComponent(new URL(adminUrl).password) || "jinshan-local";
  return createHmac("sha256", secret).update(role).digest("base64url");
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a login role (or resets its password); parallel runs on one server may race for it. */
async function ensureRole(client: pg.Client, role: string, password: string): Promise<void> {
  const options = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      await client.query(`${found.rowCount ? "ALTER" : "CREATE"} ROLE ${ident(role)} ${options}`);
      return;
    } catch (err) {
      // 42710 duplicate_object / 23505 unique_violation: created meanwhile; XX000: tuple concurrently updated.
      const code = (err as { code?: string }).code;
      if (attempt >= 5 || !["42710", "23505", "XX000"].includes(code ?? "")) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Gives every object of `schema` (but an extension's) to `role`: for databases made before the roles. */
function reassignSchemaSql(schema: string, role: string): string {
  const s = literal(schema);
  const r = literal(role);
  const notExtension = (oid: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;
  return `DO $$
DECLARE o record;
BEGIN
  FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ${s} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_get_userbyid(c.relowner) <> ${r}
              AND ${notExtension("c.oid")}
              AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I',
      CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                     WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.name, ${r});
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ${s} AND pg_get_userbyid(p.proowner) <> ${r} AND ${notExtension("p.oid")}
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, o.name, ${r});
  END LOOP;
  FOR o IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ${s} AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> ${r}
              AND ${notExtension("t.oid")}
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', o.name, ${r});
  END LOOP;
END $$`;
}

/**
 * Before migrations: the two roles exist, the owner owns the database (and, in a database made before
 * the roles, its tables; the queue schema goes to the app role). Needs a superuser `adminUrl`.
 */
export async function provisionRoles(
  adminUrl: string,
  databaseUrl: string,
  log: (msg: string) => void = console.log,
): Promise<DatabaseRoles> {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const superuser = await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean }>(
      "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
    );
    return rows[0]?.rolsuper === true;
  });
  if (!superuser || database === "postgres" || database.startsWith("template")) {
    log(
      `⚠ ${superuser ? `database "${database}" is the server's own` : "the DATABASE_URL user is not a superuser"}: ` +
        "the app connects as that user. See the README (Database roles) to set up an owner and an app role.",
    );
    return { ownerUrl: databaseUrl, appUrl: databaseUrl, separated: false };
  }
  const ownerPassword = rolePassword(adminUrl, OWNER_ROLE);
  const appPassword = rolePassword(adminUrl, APP_ROLE);
  await withClient(adminUrl, async (client) => {
    await ensureRole(client, OWNER_ROLE, ownerPassword);
    await ensureRole(client, APP_ROLE, appPassword);
    await client.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(OWNER_ROLE)}`);
  });
  await withClient(databaseUrl, async (client) => {
    await client.query(reassignSchemaSql("public", OWNER_ROLE));
    await client.query(`CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION ${ident(APP_ROLE)}`);
    await client.query(`ALTER SCHEMA pgboss OWNER TO ${ident(APP_ROLE)}`);
    await client.query(reassignSchemaSql("pgboss", APP_ROLE));
  });
  return {
    ownerUrl: withCredentials(databaseUrl, OWNER_ROLE, ownerPassword),
    appUrl: withCredentials(databaseUrl, APP_ROLE, appPassword),
    separated: true,
  };
}

/** What the app role may do in the database `database` (run as the owner or a superuser). */
export function appPrivilegesSql(database: string, owner = OWNER_ROLE, app = APP_ROLE): string[] {
  const [o, a] = [ident(owner), ident(app)];
  return [
    `GRANT CONNECT ON DATABASE ${ident(database)} TO ${a}`,
    // Nobody but the owner creates objects in the app's schema (PostgreSQL 15's default, made explicit).
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${a}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${a}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${a}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${a}`,
    // The audit log is append-only for the app: it may add and read entries, nothing else.
    `REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM ${a}`,
    `REVOKE ALL ON "_prisma_migrations" FROM ${a}`,
    // Tables, sequences and functions that later migrations create get the same grants.
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${a}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${a}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${a}`,
  ];
}

/**
 * After migrations: grants the app role its rights and installs the job queue's tables as the app
 * role (idempotent; run after every migrate). pg-boss's installer begins with CREATE SCHEMA IF NOT
 * EXISTS, which PostgreSQL checks against the database's CREATE right even when the schema exists, so
 * the app role holds that right only while the installer runs.
 */
export async function grantAppPrivileges(adminUrl: string, roles: DatabaseRoles): Promise<void> {
  if (!roles.separated) return;
  const target = new URL(roles.ownerUrl);
  const admin = new URL(adminUrl);
  admin.pathname = target.pathname;
  const database = ident(decodeURIComponent(target.pathname.slice(1)));
  await withClient(admin.toString(), async (client) => {
    for (const sql of appPrivilegesSql(decodeURIComponent(target.pathname.slice(1)))) await client.query(sql);
    await client.query(`GRANT CREATE ON DATABASE ${database} TO ${ident(APP_ROLE)}`);
    try {
      const boss = new PgBoss({ connectionString: roles.appUrl, schema: "pgboss", schedule: false, supervise: false });
      boss.on("error", () => undefined);
      await boss.start();
      await boss.stop({ graceful: false, close: true });
    } finally {
      await client.query(`REVOKE CREATE ON DATABASE ${database} FROM ${ident(APP_ROLE)}`);
    }
  });
}
