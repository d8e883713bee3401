import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { screenshotPath, signInAndWaitForHome } from "./helpers";

// Customers are looked up in the seeded e2e database, so the test follows whatever the seed made.
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

type Row = { id: string; name: string; mobile: string; lastPurchaseAt: string | null };

/** The agent's customer with the longest history (and a mobile number to reveal). */
async function richCustomerOf(username: string): Promise<Row> {
  const [row] = await query<Row>(
    `SELECT c.id, c.name, c.mobile, to_char(c."lastPurchaseAt", 'YYYY-MM-DD') AS "lastPurchaseAt"
       FROM "Customer" c JOIN "User" u ON u.id = c."agentId"
      WHERE u.username = $1 AND c.mobile IS NOT NULL AND c."mergedIntoId" IS NULL AND c."isInsured"
        AND c."birthDate" IS NOT NULL
      ORDER BY (SELECT count(*) FROM "Communication" m WHERE m."customerId" = c.id)
             + (SELECT count(*) FROM "Visit" v WHERE v."customerId" = c.id)
             + (SELECT count(*) FROM "Claim" k WHERE k."customerId" = c.id) DESC, c."customerNo"
      LIMIT 1`,
    [username],
  );
  return row!;
}

const revealCount = async (customerId: string) =>
  Number(
    (
      await query<{ n: string }>(
        `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'customer.reveal' AND "entityId" = $1`,
        [customerId],
      )
    )[0]!.n,
  );

const header = (page: Page) => page.getByTestId("customer-header");

test("an agent opens a customer, reveals the mobile, and reads the classification reasons and timeline @phone", async ({
  page,
}) => {
  const customer = await richCustomerOf("agent");
  await signInAndWaitForHome(page, "agent");
  await page.goto(`/customers/${customer.id}`);

  await expect(page.getByTestId("customer-name")).toHaveText(customer.name);
  const masked = `${customer.mobile.slice(0, 3)}****${customer.mobile.slice(-4)}`;
  const mobile = header(page).getByTestId("value-mobile");
  await expect(mobile).toHaveText(masked);
  await expect(page.getByText(customer.mobile)).toHaveCount(0);

  // Reveal with the keyboard: focus the button and press Enter; the reveal is audited once.
  const before = await revealCount(customer.id);
  const show = header(page).getByRole("button", { name: "显示手机" });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(mobile).toHaveText(customer.mobile);
  await expect.poll(() => revealCount(customer.id)).toBe(before + 1);
  const hide = header(page).getByRole("button", { name: "隐藏手机" });
  await expect(hide).toBeFocused();
  await hide.click();
  await expect(mobile).toHaveText(masked);

  // Every §3.1–§3.11 classification, with the facts behind it.
  const panel = page.getByTestId("classification-panel");
  await expect(panel.locator(":scope > li")).toHaveCount(11);
  await expect(page.getByTestId("classification-activity")).toContainText(`最近一次购买 ${customer.lastPurchaseAt}`);
  await expect(page.getByTestId("classification-vipTier")).toContainText("年交保费");

  // One merged timeline, newest first, with a purchase among the entries.
  const items = page.getByTestId("timeline").locator(":scope > li");
  expect(await items.count()).toBeGreaterThan(2);
  await expect(page.getByTestId("timeline").locator('li[data-kind="POLICY"]').first()).toBeVisible();
  const times = await page
    .getByTestId("timeline")
    .locator("time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(times).toEqual([...times].sort().reverse());

  // The screenshots are taken with the value masked again, as users first see the page.
  await page.screenshot({ path: screenshotPath("customer-360", test.info().project.name), fullPage: true });
});

test("a dormant customer's reason names the last purchase and the 3-year threshold", async ({ page }) => {
  const [row] = await query<{ id: string; last: string }>(
    `SELECT c.id, to_char(c."lastPurchaseAt", 'YYYY-MM-DD') AS last
       FROM "Customer" c JOIN "User" u ON u.id = c."agentId"
      WHERE u.username = 'agent' AND c.activity = 'DORMANT' AND c."mergedIntoId" IS NULL
      ORDER BY c."customerNo" LIMIT 1`,
  );
  await signInAndWaitForHome(page, "agent");
  await page.goto(`/customers/${row!.id}`);
  const activity = page.getByTestId("classification-activity");
  await expect(activity).toContainText("休眠");
  await expect(activity).toContainText(new RegExp(`最近一次购买 ${row!.last}，距今 \\d+ 年，已满 3 年`));
});

test("an agent opening another agent's customer gets the not-found page", async ({ page }) => {
  const other = await richCustomerOf("agent2");
  await signInAndWaitForHome(page, "agent");
  // The page streams (loading.tsx), so the status is already sent: the content says not found.
  await page.goto(`/customers/${other.id}`);
  await expect(page.getByTestId("customer-not-found")).toContainText("未找到该客户，或您无权查看");
  await expect(page.getByText(other.name)).toHaveCount(0);

  // A nonexistent id looks exactly the same.
  await page.goto("/customers/00000000-0000-4000-8000-000000000000");
  await expect(page.getByTestId("customer-not-found")).toContainText("未找到该客户，或您无权查看");
});

test("a manager sees masked identifiers without reveal buttons; a service lead can merge", async ({ page }) => {
  const customer = await richCustomerOf("agent");
  await signInAndWaitForHome(page, "manager");
  await page.goto(`/customers/${customer.id}`);
  await expect(page.getByTestId("customer-name")).toHaveText(customer.name);
  await expect(header(page).getByTestId("value-mobile")).toHaveText(/^\d{3}\*{4}\d{4}$/);
  await expect(page.getByRole("button", { name: /^显示/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  // The birth date and native place would rebuild the masked ID: the age and the province only,
  // in the HTML and in the RSC payload inlined in it.
  const [facts] = await query<{ birth: string; place: string | null }>(
    `SELECT to_char("birthDate", 'YYYY-MM-DD') AS birth, "nativePlace" AS place FROM "Customer" WHERE id = $1`,
    [customer.id],
  );
  await expect(page.locator("#profile")).toContainText("年龄");
  await expect(page.locator("#profile")).not.toContainText("出生日期");
  const html = await page.content();
  expect(html).not.toContain(facts!.birth);
  expect(html).not.toContain(facts!.birth.replaceAll("-", ""));
  const nativePlace = page.locator("#profile dl > div").filter({ has: page.locator("dt", { hasText: "籍贯" }) });
  if (facts!.place) await expect(nativePlace.locator("dd")).toHaveText(/^\S+(省|自治区|市)\*{3}$/);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInAndWaitForHome(page, "lead");
  await page.goto(`/customers/${customer.id}`);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveAttribute("href", `/customers/${customer.id}/edit`);
  await expect(page.getByRole("link", { name: "合并" })).toHaveAttribute(
    "href",
    `/customers/merge?source=${customer.id}`,
  );
});
