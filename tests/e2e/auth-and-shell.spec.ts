import { expect, test } from "@playwright/test";
import pg from "pg";
import { screenshotPath, signIn, signInAndWaitForHome } from "./helpers";

// Each role's home page heading, in Chinese (default) and English.
const ROLES = [
  { username: "agent", zh: "我的工作台", en: "My workspace", roleZh: "渠道销售" },
  { username: "service", zh: "客服中心", en: "Service centre", roleZh: "客服中心专员" },
  { username: "lead", zh: "客服中心", en: "Service centre", roleZh: "客服中心主管" },
  { username: "manager", zh: "经营概览", en: "Overview", roleZh: "分公司管理层" },
  { username: "admin", zh: "系统管理", en: "Administration", roleZh: "系统管理员" },
] as const;

test("an unauthenticated visit redirects to the login page @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "登录金山 CRM" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("login", test.info().project.name), fullPage: true });
});

for (const role of ROLES) {
  test(`${role.username} signs in, lands on the home page in zh-CN and switches to English @phone`, async ({
    page,
  }) => {
    await signInAndWaitForHome(page, role.username);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { name: role.zh, exact: true })).toBeVisible();
    const project = test.info().project.name;
    if (project === "desktop") await expect(page.getByText(role.roleZh, { exact: true })).toBeVisible();
    // Real counts from the seeded database: the first stat card shows a number.
    await expect(page.locator("[data-testid^=stat-]").first()).toContainText(/\d/);
    await page.screenshot({ path: screenshotPath(`home-${role.username}-zh`, project), fullPage: true });

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: role.en, exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath(`home-${role.username}-en`, project), fullPage: true });

    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: role.zh, exact: true })).toBeVisible();
  });
}

test("the login page switches language before sign-in (no session needed)", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Jinshan CRM" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "登录金山 CRM" })).toBeVisible();
});

test("a wrong password shows a localized error and stays on the login page", async ({ page }) => {
  await signIn(page, "agent", "not-the-password");
  await expect(page.locator("form [role=alert]")).toHaveText("用户名或密码错误，或账号已停用");
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated user cannot sign in", async ({ page }) => {
  await signIn(page, "inactive");
  await expect(page.locator("form [role=alert]")).toHaveText("用户名或密码错误，或账号已停用");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page }) => {
  await signInAndWaitForHome(page, "manager");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("after sign-in the user returns to the page they asked for", async ({ page }) => {
  await page.goto("/?from=bookmark");
  await expect(page).toHaveURL(/callbackUrl=/);
  await page.getByLabel("用户名").fill("agent");
  await page.getByLabel("密码").fill("Jinshan@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/\?from=bookmark$/);
});

test("a sign-in callback that points off-site lands on the home page", async ({ page }) => {
  await page.goto("/login?callbackUrl=" + encodeURIComponent("/.//example.com/phish"));
  await page.getByLabel("用户名").fill("agent");
  await page.getByLabel("密码").fill("Jinshan@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("repeated failures say how long to wait, and a forged X-Forwarded-For is not believed", async ({ page }) => {
  // An unknown username: the throttle treats it like any other, and no demo user is slowed down.
  const username = `nobody_${Date.now().toString(36)}`;
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("wrong");
  const alert = page.locator("form [role=alert]");
  // Each attempt claims another address; the waits grow (5 s, 10 s, 20 s …), so on even a slow machine
  // one of the first attempts after the free ones is refused.
  let refused = "";
  for (let i = 0; i < 8 && !refused; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}` });
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
    const text = (await alert.textContent()) ?? "";
    if (text.startsWith("登录尝试过于频繁")) refused = text;
    else expect(text).toBe("用户名或密码错误，或账号已停用");
  }
  expect(refused).toMatch(/^登录尝试过于频繁，请 \d+ (秒|分钟)后再试$/);

  // The attempts were recorded from the real peer, not from the addresses the client claimed.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ ip: string | null }>(
      `SELECT DISTINCT ip FROM "LoginAttempt" WHERE username = $1`,
      [username],
    );
    expect(rows).toEqual([{ ip: "127.0.0.1" }]);
  } finally {
    await client.end();
  }
});
