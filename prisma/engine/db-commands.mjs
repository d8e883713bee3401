// `schema-engine --datasource '{"url":…}' cli <command>` sub-commands, which the
// Prisma CLI runs as one-shot processes (e.g. `migrate dev` uses them to create a
// missing database). They only need plain node-postgres, not the wasm engine.
import pg from "pg";
import { pgConfigFromUrl } from "./pg-adapter.mjs";

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

/** An error carrying a Prisma error code (P1001…), as the native engine reports it. */
export class KnownError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Translate a node-postgres connection/DDL error into the native engine's codes and texts. */
export function toKnownError(error, config) {
  const location = `${config.host ?? "localhost"}:${config.port ?? 5432}`;
  switch (error?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return new KnownError(
        "P1001",
        `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      );
    case "28P01":
    case "28000":
      return new KnownError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${config.user ?? ""}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`,
      );
    case "3D000":
      return new KnownError(
        "P1003",
        `Database \`${config.database}\` does not exist on the database server at \`${location}\`.`,
      );
    case "42P04":
      return new KnownError(
        "P1009",
        `Database \`${config.database}\` already exists on the database server at \`${location}\``,
      );
    case "42501":
      return new KnownError(
        "P1010",
        `User \`${config.user ?? ""}\` was denied access on the database \`${config.database}\``,
      );
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  client.on("error", () => {}); // a dropped connection surfaces through the awaited query instead
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Run against the server's maintenance database, since the target may not exist. */
async function onMaintenanceDb(config, fn) {
  try {
    return await withClient({ ...config, database: "postgres" }, fn);
  } catch (error) {
    if (error?.code !== "3D000") throw error;
    return withClient({ ...config, database: "template1" }, fn);
  }
}

export async function canConnectToDatabase(url) {
  const { config } = pgConfigFromUrl(url);
  try {
    await withClient(config, (c) => c.query("SELECT 1"));
  } catch (error) {
    throw toKnownError(error, config);
  }
}

export async function createDatabase(url) {
  const { config } = pgConfigFromUrl(url);
  try {
    await onMaintenanceDb(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
  } catch (error) {
    throw toKnownError(error, config);
  }
  return config.database;
}

export async function dropDatabase(url) {
  const { config } = pgConfigFromUrl(url);
  try {
    await onMaintenanceDb(config, (c) => c.query(`DROP DATABASE ${quoteIdent(config.database)}`));
  } catch (error) {
    throw toKnownError(error, config);
  }
}
