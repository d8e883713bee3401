import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-users";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function signInAndWaitForHome(page: Page, username: string): Promise<void> {
  await signIn(page, username);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("home-greeting")).toBeVisible();
}

export function screenshotPath(name: string, project: string): string {
  return `test-results/screenshots/${project}-${name}.png`;
}

/**
 * Opens the header search with its keyboard shortcut. Right after a navigation the shortcut only
 * works once the page has hydrated, so the key is pressed again until the search opens.
 */
export async function openSearchWithKey(page: Page, key = "/"): Promise<void> {
  const input = page.getByTestId("global-search-input");
  await expect(async () => {
    if (!(await input.isVisible())) await page.keyboard.press(key);
    await expect(input).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * "Today" as the app sees it: the calendar day in Asia/Shanghai. The database server's current_date
 * is UTC's, a day behind from 16:00 UTC to midnight, so seeded rows use this expression instead.
 */
export const SHANGHAI_TODAY_SQL = "(now() AT TIME ZONE 'Asia/Shanghai')::date";

/** The Shanghai calendar day `days` from now, YYYY-MM-DD. */
export function shanghaiDay(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at);
}
