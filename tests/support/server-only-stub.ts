// Vitest runs outside React Server Components; "server-only" is aliased here so data modules load.
export {};
