#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines without
// access to Prisma's binary download host (air-gapped intranets, CI without
// internet). It runs Prisma's official WebAssembly build of the same schema
// engine (shipped inside the `prisma` CLI package) and speaks the binary's
// process protocol, so the stock CLI can use it via PRISMA_SCHEMA_ENGINE_BINARY
// (set in prisma.config.ts):
//
//   schema-engine [--datamodels <file>]… [--datasource '<json>'] [cli <command>]
//   schema-engine --version
//
// Without `cli`: JSON-RPC 2.0 server, one JSON object per line on stdin/stdout,
// logs as JSON lines on stderr. With `cli`: one-shot `can-connect-to-database`,
// `create-database` or `drop-database`, plain exit code, errors as JSON on stderr.
// Only PostgreSQL is supported (through @prisma/adapter-pg).
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createPgAdapterFactory, dropShadowDatabase, liveShadowDatabases } from "./pg-adapter.mjs";
import { KnownError, canConnectToDatabase, createDatabase, dropDatabase } from "./db-commands.mjs";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- logging
// stdout carries the JSON-RPC stream and the CLI parses stderr as JSON lines,
// so nothing may print free text: route console.* and process warnings (e.g. pg's
// sslmode deprecation notice) into JSON log lines on stderr.
function log(level, message, fields = {}, target = "schema_engine_shim") {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(JSON.stringify(line) + "\n");
}
const fmt = (args) => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
console.log = console.info = console.debug = (...args) => log("INFO", fmt(args));
console.warn = (...args) => log("WARN", fmt(args));
console.error = (...args) => log("ERROR", fmt(args));
process.removeAllListeners("warning");
process.on("warning", (w) => log("WARN", `${w.name}: ${w.message}`));

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const opts = { datamodels: [], datasource: {}, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") opts.version = true;
    else if (arg === "--datamodels") opts.datamodels.push(argv[++i]);
    else if (arg === "--datasource") opts.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // carried by the schema / unused for postgres
    else if (arg === "cli") opts.cli = argv.slice(i + 1);
    if (opts.cli) break;
  }
  return opts;
}

// ---------------------------------------------------------------- wasm engine
let panicMessage = null;
async function loadWasm() {
  // Panic text is reported through this global before the wasm traps.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => (panicMessage = m) };
  // Prefer the wasm inside the installed CLI: it is built from the same engine
  // commit as the CLI. The glue JS comes from @prisma/schema-engine-wasm.
  const candidates = [
    path.join(path.dirname(require.resolve("prisma/package.json")), "build/schema_engine_bg.wasm"),
    fileURLToPath(new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"))),
  ];
  const wasmPath = candidates.find((p) => fs.existsSync(p));
  const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
  const missing = WebAssembly.Module.imports(wasmModule)
    .filter((i) => !(i.name in glue))
    .map((i) => i.name);
  if (missing.length)
    throw new Error(
      `${wasmPath} does not match @prisma/schema-engine-wasm's glue (missing ${missing.join(", ")}); align the versions`,
    );
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

// ---------------------------------------------------------------- cli sub-commands
async function runCliCommand(opts) {
  // The Prisma CLI drops the first stderr line of these commands, then parses
  // every remaining line as JSON and looks for an ERROR from schema_engine::logger.
  log("INFO", "Starting schema engine CLI command (wasm shim)", { command: opts.cli[0] });
  const url = opts.datasource.url;
  const commands = {
    "can-connect-to-database": canConnectToDatabase,
    "create-database": createDatabase,
    "drop-database": dropDatabase,
  };
  try {
    const command = commands[opts.cli[0]];
    if (!command) throw new Error(`Unsupported cli command: ${opts.cli.join(" ")}`);
    if (!url) throw new KnownError("P1012", "No datasource url was provided (--datasource).");
    await command(url);
    return 0;
  } catch (error) {
    const fields = {
      is_panic: false,
      message: error.message,
      ...(error.code?.startsWith?.("P") ? { error_code: error.code } : {}),
    };
    log("ERROR", error.message, fields, "schema_engine::logger");
    return 1;
  }
}

// ---------------------------------------------------------------- JSON-RPC server
function serve(opts) {
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  const datamodels = opts.datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]);
  const adapterFactory = createPgAdapterFactory(opts.datasource);
  let enginePromise = null;
  const getEngine = () =>
    (enginePromise ??= loadWasm().then((g) =>
      // The engine logs JSON strings in the native format: pass them through.
      g.SchemaEngine.new(
        { datamodels: datamodels.length ? datamodels : undefined },
        (line) => process.stderr.write(`${String(line).trimEnd()}\n`),
        bindMigrationAwareSqlAdapterFactory(adapterFactory),
      ),
    ));

  // Requests this process sends to the CLI (only `print`), awaiting its answer.
  const pendingReverse = new Map();
  let nextReverseId = 1;
  const askCli = (method, params) =>
    new Promise((resolve) => {
      const id = `shim-${nextReverseId++}`;
      pendingReverse.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });

  const datasourceUrl = (p) => (p?.datasource?.tag === "ConnectionString" ? p.datasource.url : opts.datasource.url);
  // Methods of the binary's RPC API that the wasm engine does not implement.
  const extraMethods = {
    getDatabaseVersion: async (engine, params) => engine.version(params ?? undefined),
    createDatabase: async (_engine, params) => ({ databaseName: await createDatabase(datasourceUrl(params)) }),
    dropDatabase: async (_engine, params) => (
      await dropDatabase(typeof params === "string" ? params : datasourceUrl(params)),
      {}
    ),
    diff: async (engine, params) => {
      // The binary prints the diff through a reverse `print` request and returns
      // only the exit code; the wasm returns the text instead. Print it the CLI's way.
      const result = await engine.diff(params);
      if (result.stdout != null && result.stdout !== "") await askCli("print", { content: result.stdout });
      return { exitCode: result.exitCode };
    },
  };

  async function call(engine, method, params) {
    if (extraMethods[method]) return extraMethods[method](engine, params);
    if (typeof engine[method] !== "function" || method === "free" || method.startsWith("_")) {
      throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
    }
    try {
      return (await engine[method](params)) ?? {};
    } catch (error) {
      // Bug (3) workaround: on a fresh database, `migrate dev` calls devDiagnostic
      // (database still empty), then applyMigrations, then evaluateDataLoss — which
      // fails with "shadow DB must be provided through an external factory": the
      // wasm engine only wires up its shadow-database factory during a devDiagnostic
      // that needs one, and the first one did not. Running devDiagnostic again now
      // that the history is applied, then retrying the call, succeeds.
      if (!/external factory/i.test(error?.message ?? "") || !params?.migrationsList) throw error;
      log("INFO", `retrying ${method} after devDiagnostic (shadow database factory not initialised)`);
      await engine.devDiagnostic({
        migrationsList: params.migrationsList,
        filters: params.filters ?? { externalTables: [], externalEnums: [] },
      });
      return (await engine[method](params)) ?? {};
    }
  }

  function errorReply(id, error) {
    if (error?.rpcCode) return { jsonrpc: "2.0", id, error: { code: error.rpcCode, message: error.message } };
    const isPanic = panicMessage !== null || error instanceof WebAssembly.RuntimeError;
    const message = isPanic ? (panicMessage ?? String(error?.message ?? error)) : String(error?.message ?? error);
    const data = { is_panic: isPanic, message, backtrace: isPanic ? error?.stack : undefined };
    if (!isPanic && typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) {
      data.error_code = error.code;
      data.meta = error.meta ?? {};
    }
    return {
      jsonrpc: "2.0",
      id,
      error: { code: 4466, message: isPanic ? message : "An error happened. Check the data field for details.", data },
    };
  }

  // Requests are handled one at a time, like the native engine; answers to our
  // own reverse requests bypass the queue (diff waits for them).
  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (msg.method === undefined) {
      pendingReverse.get(msg.id)?.(msg.result);
      pendingReverse.delete(msg.id);
      return;
    }
    queue = queue.then(async () => {
      try {
        const result = await call(await getEngine(), msg.method, msg.params);
        if (msg.id !== undefined) send({ jsonrpc: "2.0", id: msg.id, result });
      } catch (error) {
        log("ERROR", String(error?.message ?? error), { method: msg.method, error_code: error?.code });
        if (msg.id !== undefined) send(errorReply(msg.id, error));
        // A panicked wasm instance is unusable, and the native engine exits with 101 on panic.
        if (panicMessage !== null || error instanceof WebAssembly.RuntimeError) await shutdown(101);
      }
    });
  });
  rl.on("close", () => queue.then(() => shutdown(0)));
}

// ---------------------------------------------------------------- lifecycle
let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  // Drop shadow databases still alive (e.g. killed mid-command) — best effort, bounded.
  const drops = [...liveShadowDatabases].map(([name, config]) => dropShadowDatabase(config, name).catch(() => {}));
  await Promise.race([Promise.all(drops), new Promise((r) => setTimeout(r, 3000).unref())]);
  process.stdout.write("", () => process.exit(code));
}
process.on("SIGTERM", () => shutdown(0));
process.on("SIGINT", () => shutdown(130));

const opts = parseArgs(process.argv.slice(2));
if (opts.version) {
  await loadWasm();
  process.stdout.write(`schema-engine-cli ${glue.version()}\n`);
} else if (opts.cli) {
  process.exitCode = await runCliCommand(opts);
} else {
  serve(opts);
}
