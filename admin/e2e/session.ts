import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../marketing-server/test/harness';

// What every admin browser suite does first: make sure the build exists, and log a user in through
// the login page (a fresh session each time: the token lives in localStorage).

export function assertAdminBuilt() {
  if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'index.html'))) {
    throw new Error(
      'admin/dist is missing: run `node scripts/ensure-web-builds.mjs admin` (npm run test:e2e does)',
    );
  }
}

export async function loginToAdmin(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/admin/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseUrl}/admin/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(TEST_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('.who').waitFor();
}
