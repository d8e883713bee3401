import { expect, test } from "@playwright/test";
import { signInAndWaitForHome } from "./helpers";

// The lead's in-app notifications (seeded escalations): mark one read, then all.

test("a lead marks one notification read, then all of them", async ({ page }) => {
  await signInAndWaitForHome(page, "lead");
  await page.goto("/notifications?unread=1");
  const unread = page.getByTestId("unread-count");
  const count = Number((await unread.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(1);

  await page.getByTestId("notification-list").getByRole("button", { name: "标为已读" }).first().click();
  await expect(unread).toHaveText(`${count - 1} 条未读`);
  await expect(page.getByTestId("notification-count")).toHaveText(String(count - 1));

  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(unread).toHaveText("0 条未读");
  await expect(page.getByTestId("notification-count")).toHaveCount(0);
  await expect(page.getByText("没有未读通知")).toBeVisible();
});
