import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { screenshotPath, signInAndWaitForHome } from "./helpers";

// A service user registers a complaint from the customer's 360° page, walks it through all eight
// steps to 结案 and watches the SLA clocks stop; another subtree's service user cannot open it.

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A live customer of 海淀 (the `service` user's unit) holding a policy. */
async function haidianCustomer(offset: number): Promise<{ id: string; name: string }> {
  const [row] = await query<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM "Customer" c JOIN "OrgUnit" o ON o.id = c."orgUnitId"
      WHERE o.code = 'BJ-HD' AND c."mergedIntoId" IS NULL AND EXISTS (SELECT 1 FROM "Policy" p WHERE p."customerId" = c.id)
      ORDER BY c."customerNo" OFFSET $1 LIMIT 1`,
    [offset],
  );
  return row!;
}

async function shot(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 4000) });
  await page.screenshot({ path: screenshotPath(name, test.info().project.name) });
  await page.setViewportSize(viewport);
}

const STEPS: [string, Record<string, string>, Record<string, string>][] = [
  ["VERIFY", { facts: "已调取通话录音，坐席确有不当用语" }, { finding: "VALID" }],
  ["REGISTER", {}, {}],
  ["TRANSFER", { department: "客户服务部" }, {}],
  ["COORDINATE", { parties: "客服部、个险部", outcome: "约定由坐席主管致歉" }, {}],
  ["HANDLE", { resolution: "主管致电客户致歉并重新讲解保全流程", rootCause: "坐席培训不足" }, {}],
  ["FEEDBACK", {}, { method: "PHONE", customerAccepted: "yes" }],
  ["CLOSE", { summary: "客户表示满意，同意结案" }, {}],
];

test("a service user registers a complaint and moves it through every step to closed @phone", async ({
  page,
}, info) => {
  const customer = await haidianCustomer(info.project.name === "phone" ? 1 : 0);
  await signInAndWaitForHome(page, "service");
  await page.goto(`/customers/${customer.id}`);
  await page.getByTestId("register-complaint").click();
  await expect(page.getByTestId("complaint-customer")).toContainText(customer.name);

  // Bad input is refused with the reason next to the field, and nothing is registered.
  await page.getByTestId("register-submit").click();
  await expect(page.locator("#c-description-error")).toHaveText("必填");
  await expect(page.locator("#c-category-error")).toHaveText("必填");

  await page.locator("#c-channel").selectOption("HOTLINE");
  await page.locator("#c-category").selectOption("SERVICE_ATTITUDE");
  await page.locator("#c-severity").selectOption("HIGH");
  await page.locator("#c-description").fill("客户致电热线办理保全，坐席态度生硬并中途挂断电话");
  await page.locator("#c-customerRequest").fill("要求书面道歉");
  await page.getByTestId("register-submit").click();
  // The same customer may already have an open complaint of this category: confirm it as a duplicate.
  const warning = page.getByTestId("duplicate-warning");
  await expect(page.getByTestId("complaint-no").or(warning)).toBeVisible();
  if (await warning.isVisible()) await page.getByRole("button", { name: "仍然登记（标记为疑似重复）" }).click();

  await expect(page.getByTestId("complaint-no")).toHaveText(/^TS\d{13}$/);
  const complaintUrl = page.url();
  await expect(page.getByTestId("complaint-status")).toHaveText("已接受");
  await expect(page.getByTestId("sla-response")).toHaveAttribute("data-state", "ok");
  await expect(page.getByTestId("sla-response")).toContainText("剩余 1天23小时");
  await shot(page, "complaint-received");

  for (const [step, texts, choices] of STEPS) {
    const form = page.getByTestId(`step-form-${step}`);
    await expect(form).toBeVisible();
    for (const [name, value] of Object.entries(texts)) await form.locator(`[name="${name}"]`).fill(value);
    for (const [name, value] of Object.entries(choices)) await form.locator(`[name="${name}"]`).selectOption(value);
    await form.getByTestId("step-submit").click();
    await expect(form).toBeHidden();
    if (step === "VERIFY") {
      await expect(page.getByTestId("complaint-status")).toHaveText("已核实");
      // First response given: the 48 h clock stops on time; the 72 h clock keeps running.
      await expect(page.getByTestId("sla-response")).toHaveAttribute("data-state", "met");
      await expect(page.getByTestId("sla-resolution")).toHaveAttribute("data-state", "ok");
    }
    if (step === "HANDLE") await expect(page.getByTestId("sla-resolution")).toHaveAttribute("data-state", "met");
  }
  await expect(page.getByTestId("complaint-status")).toHaveText("已结案");
  await expect(page.getByTestId("closed-card")).toContainText("可在结案后 30 天内重开");
  const history = page.getByTestId("complaint-history");
  for (const type of ["RECEIVE", "VERIFY", "REGISTER", "TRANSFER", "COORDINATE", "HANDLE", "FEEDBACK", "CLOSE"])
    await expect(history.locator(`li[data-event="${type}"]`)).toHaveCount(1);
  await expect(history).toContainText("坐席培训不足");
  await shot(page, "complaint-closed");

  // The queue lists it among closed complaints with its SLA met.
  const no = (await page.getByTestId("complaint-no").textContent())!;
  await page.goto(`/complaints?status=closed&q=${no}`);
  await expect(page.getByTestId("complaint-link")).toHaveText(no);
  await expect(page.getByTestId("queue-sla").first()).toHaveAttribute("data-state", "met");

  // service_hb (河北) cannot open it: not found, like a complaint that does not exist.
  await page.context().clearCookies();
  await signInAndWaitForHome(page, "service_hb");
  await page.goto(complaintUrl);
  await expect(page.getByTestId("complaint-not-found")).toBeVisible();
});

test("the queue sorts open complaints by time left and filters by SLA state @phone", async ({ page }) => {
  await signInAndWaitForHome(page, "lead");
  await page.goto("/complaints");
  await expect(page.getByRole("heading", { name: "投诉处理" })).toBeVisible();
  await expect(page.getByTestId("complaint-link").first()).toBeVisible();
  await shot(page, "complaint-queue");
  await page.getByTestId("filter-sla").selectOption("breached");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/sla=breached/);
  await expect(page.getByTestId("filter-sla")).toHaveValue("breached");
  await expect(page.getByTestId("queue-sla").first()).toBeVisible();
  const states = await page.getByTestId("queue-sla").evaluateAll((els) => els.map((e) => e.getAttribute("data-state")));
  expect(states.length).toBeGreaterThan(0);
  expect(states.every((s) => s === "breached" || s === "metLate")).toBe(true);
  // The lead's bell leads to the notifications (seeded escalations among them).
  await page.getByTestId("notification-bell").click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId("notification-list")).toBeVisible();
  await shot(page, "notifications");

  // The same queue in English (the language lives in a cookie).
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await page.goto("/complaints?sla=breached");
  await expect(page.getByRole("heading", { name: "Complaints" })).toBeVisible();
  await expect(page.getByTestId("queue-sla").first()).toContainText(/Breached|Met late/);
  await page.getByTestId("complaint-link").first().click();
  await expect(page.getByTestId("sla-response")).toContainText(/On track|At risk|Breached|Met/);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await shot(page, "complaint-page-en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "处理记录" })).toBeVisible();
});
