/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Browser tests of the front ends (h5/e2e, admin/e2e) share this: Debian's chromium via playwright-core.
export const ARTIFACTS = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', 'artifacts', 'e2e');

/** Debian's chromium, headless, as a 375×667 phone with a fresh profile. */
export const launchPhone = () => launchBrowser({ width: 375, height: 667, mobile: true });

/** A desktop browser for the admin panel. */
export const launchDesktop = () => launchBrowser({ width: 1440, height: 900, mobile: false });

export async function launchBrowser(screen: { width: number; height: number; mobile: boolean }): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sy-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.mobile ? 2 : 1,
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // Page slides and the red-packet opening are CSS animations: photograph the settled screen.
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Types into a Taro <Input> (rendered on H5 as <taro-input-core><input/></taro-input-core>). */
export async function typeInto(page: Page, selector: string, text: string) {
  const input = page.locator(`${selector}:visible input`).first();
  await input.click();
  await input.fill(text);
}
