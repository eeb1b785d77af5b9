import type { Page } from 'playwright-core';

/**
 * Enters a plate through the app's plate keyboard (PlateInput) under `field`: switches 新能源 on for
 * an 8-character plate (off for 7), clears what is there, then taps one key per character.
 */
export async function enterPlate(page: Page, field: string, plate: string) {
  const root = page.locator(`${field}:visible`).first();
  const chars = Array.from(plate.replace(/[·\s]/g, '').toUpperCase());
  const energy = root.locator('.plate-energy');
  if ((chars.length === 8) !== ((await energy.getAttribute('aria-pressed')) === 'true')) await energy.click();
  await root.locator('.plate-input__cells').click();
  const del = page.locator('.plate-key--del:visible');
  for (
    let left = Array.from((await root.locator('.plate-input__cells').textContent()) ?? '').length;
    left > 0;
    left--
  )
    await del.click();
  for (const ch of chars) await page.locator(`.plate-key[data-key="${ch}"]:visible`).click();
  // A whole plate closes the keyboard; a partial one is left with 完成.
  const done = page.locator('.plate-keyboard__done:visible');
  if (await done.count()) await done.click();
}
