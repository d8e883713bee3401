import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrisma(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (start the app through `npm run demo` or set it)");
  return url;
}

/**
 * The app's shared client, created on first use (so `next build` can import modules without a
 * database) and reused across hot reloads in development.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = (globalForPrisma.prisma ??= createPrisma(databaseUrl()));
    const value: unknown = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
