import { expect, test } from "@playwright/test";
import pg from "pg";
import { signInAndWaitForHome } from "./helpers";

async function someCustomerOf(username: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id FROM "Customer" c JOIN "User" u ON u.id = c."agentId"
        WHERE u.username = $1 AND c.mobile IS NOT NULL AND c."mergedIntoId" IS NULL ORDER BY c."customerNo" LIMIT 1`,
      [username],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("pages carry a nonce CSP that Next's scripts use, and the fixed security headers", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over plain HTTP here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();

  // Every script Next rendered carries this response's nonce (the browser hides the attribute's value
  // from getAttribute, but not from the property).
  const nonces = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));

  // A fresh nonce per request.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toContain(`'nonce-${nonce}'`);

  // The page hydrates under the policy: signing in runs client code. Charts (inline styles) render.
  await signInAndWaitForHome(page, "manager");
  await page.goto("/cockpit");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("HSTS is sent when the request came over HTTPS", async ({ request }) => {
  const res = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(res.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("the customer page (with its reveal button) cannot be framed by any site", async ({ page }) => {
  const id = await someCustomerOf("agent");
  await signInAndWaitForHome(page, "agent");
  await page.goto(`/customers/${id}`);
  await expect(page.getByRole("button", { name: /显示/ }).first()).toBeVisible();

  // Even a same-origin frame is refused (frame-ancestors 'none'), let alone another site's.
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.id = "attacker";
    document.body.append(frame);
  }, `/customers/${id}`);
  const framed = page.frameLocator("#attacker");
  await page.waitForTimeout(1_500);
  await expect(framed.getByRole("button", { name: /显示/ })).toHaveCount(0);
  await expect(framed.getByTestId("customer-header")).toHaveCount(0);
});
