import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signInAndWaitForHome } from "./helpers";

// Another site cannot make a signed-in user's browser export (and so write an audit row) in their name.

// Four exports per test on a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

async function exportAudits(username: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
        WHERE u.username = $1 AND a.action LIKE '%.export'`,
      [username],
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

const EXPORTS = [
  "/customers/export?format=csv",
  "/care/export?format=csv",
  "/appraisal/export?period=year&p=2025",
  "/complaints/analysis/export",
];

/** Serves a page on another origin with the given body. */
async function attackerPage(page: Page, body: string): Promise<void> {
  await page.route("http://attacker.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html><body>${body}</body></html>` }),
  );
  await page.goto("http://attacker.test/");
}

test("a link on another site to an export writes nothing (exports take no GET)", async ({ page, baseURL }) => {
  await signInAndWaitForHome(page, "lead");
  const before = await exportAudits("lead");
  for (const path of EXPORTS) {
    await attackerPage(page, `<a id="go" href="${baseURL}${path}">win a prize</a>`);
    const [response] = await Promise.all([page.waitForResponse(`${baseURL}${path}`), page.click("#go")]);
    expect(response.status(), path).toBe(405);
  }
  expect(await exportAudits("lead")).toBe(before);
});

test("a form on another site posting to an export is refused and writes nothing", async ({ page, baseURL }) => {
  await signInAndWaitForHome(page, "lead");
  const before = await exportAudits("lead");
  for (const path of EXPORTS) {
    await attackerPage(page, `<form id="f" method="post" action="${baseURL}${path}"><button>go</button></form>`);
    const [response] = await Promise.all([page.waitForResponse(`${baseURL}${path}`), page.click("button")]);
    // The browser sends no session cookie with another site's POST (SameSite=Lax), so the request is
    // sent to sign in; and were a cookie attached, the route refuses the foreign origin (below).
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/login\?callbackUrl=/);
  }
  // Even with the session cookie attached (a non-browser client), a cross-site Origin is refused.
  const res = await page.request.post(`${baseURL}/customers/export?format=csv`, {
    headers: { Origin: "http://attacker.test", "Sec-Fetch-Site": "cross-site" },
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toBe("请从本系统的页面发起此操作");
  // Nor does a request that says nothing of where it came from.
  expect((await page.request.post(`${baseURL}/complaints/analysis/export`)).status()).toBe(403);
  expect(await exportAudits("lead")).toBe(before);

  // The app's own export button still downloads.
  await page.goto("/customers");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(await exportAudits("lead")).toBe(before + 1);
});
