/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Two accessibility checks for the browser tests.
//
// `checkAxe` runs axe-core (through @axe-core/playwright) with the WCAG 2.x A/AA rules and returns
// the violations of impact critical or serious — what the suites must keep at zero.
//
// `checkA11y` is our own, narrower check that also catches what axe cannot see on Taro's H5 output.
// It runs in the page and reports, for what is visible on screen:
//   - button-name: a button (<button>, role=button, a Taro <taro-button-core>) or link with no
//     accessible name (aria-label, aria-labelledby, text, title, or an image's alt inside);
//   - button-role: a Taro <taro-button-core> without role="button" (on H5 it is a custom element,
//     which screen readers do not announce as a button);
//   - label: an <input>/<textarea>/<select> with no label (aria-label, aria-labelledby, <label>);
//   - image-alt: an <img> without an alt attribute, or role=img without a name;
//   - color-contrast: text below WCAG AA, 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold),
//     computed from the text's colour over the first opaque background behind it, with opacity.
// Disabled controls are exempt from contrast (as in WCAG 1.4.3); text over a gradient must pass on
// every colour stop; text over an image is not judged and is counted as `unchecked`.

export type Violation = { rule: string; target: string; detail: string };
export type A11yReport = { violations: Violation[]; checked: number; unchecked: number };

function audit(): A11yReport {
  const violations: Violation[] = [];
  let checked = 0;
  let unchecked = 0;
  const describe = (el: Element) => {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    const text = (el.textContent ?? '').trim().slice(0, 24);
    return `${el.tagName.toLowerCase()}${cls.length ? '.' + cls.join('.') : ''}${text ? ` "${text}"` : ''}`;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
    }
    return true;
  };
  const hiddenFromAt = (el: Element) => Boolean(el.closest('[aria-hidden="true"]'));
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label')?.trim();
    if (label) return label;
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
    const text = (el as HTMLElement).innerText?.trim();
    if (text) return text;
    const alt = el.querySelector('img[alt]')?.getAttribute('alt')?.trim();
    return alt || el.getAttribute('title')?.trim() || '';
  };

  // Buttons and links.
  const controls = document.querySelectorAll(
    'button, [role="button"], [role="link"], a[href], taro-button-core',
  );
  for (const el of Array.from(controls)) {
    if (!visible(el) || hiddenFromAt(el)) continue;
    // The native <button> inside a role=button host is the same control.
    if (el.tagName === 'BUTTON' && el.parentElement?.closest('[role="button"]')) continue;
    if (!nameOf(el))
      violations.push({ rule: 'button-name', target: describe(el), detail: 'no accessible name' });
    if (el.tagName === 'TARO-BUTTON-CORE' && el.getAttribute('role') !== 'button')
      violations.push({ rule: 'button-role', target: describe(el), detail: 'not exposed as a button' });
  }

  // Form fields.
  for (const el of Array.from(document.querySelectorAll('input, textarea, select'))) {
    const type = el.getAttribute('type');
    if (type === 'hidden' || !visible(el) || hiddenFromAt(el)) continue;
    const id = el.getAttribute('id');
    const labelled =
      Boolean(el.getAttribute('aria-label')?.trim()) ||
      Boolean(el.getAttribute('aria-labelledby')) ||
      Boolean(el.closest('label')) ||
      Boolean(id && document.querySelector(`label[for="${CSS.escape(id)}"]`));
    if (!labelled)
      violations.push({ rule: 'label', target: describe(el), detail: 'form field without a label' });
  }

  // Images.
  for (const el of Array.from(document.querySelectorAll('img, [role="img"]'))) {
    if (!visible(el) || hiddenFromAt(el)) continue;
    if (el.tagName === 'IMG' ? !el.hasAttribute('alt') : !nameOf(el))
      violations.push({ rule: 'image-alt', target: describe(el), detail: 'image without alternative text' });
  }

  // Text contrast.
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba | null => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const lum = ([r, g, b]: Rgba) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  /**
   * The colours behind `el`: one, or each stop of a gradient behind it (the text must read on all of
   * them); null when an image is behind it.
   */
  const backdrops = (el: Element): Rgba[] | null => {
    const layers: Rgba[] = [];
    let base: Rgba[] = [[255, 255, 255, 1]]; // the canvas
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage && s.backgroundImage !== 'none') {
        if (/url\(/.test(s.backgroundImage)) return null;
        const stops = (s.backgroundImage.match(/rgba?\([^)]+\)/g) ?? []).map(parse).filter(Boolean);
        if (!stops.length) return null;
        base = stops as Rgba[];
        break;
      }
      const bg = parse(s.backgroundColor);
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) {
          base = [];
          break;
        }
      }
    }
    return (base.length ? base : [layers.pop() as Rgba]).map((b) => {
      let colour = b[3] >= 1 ? b : over(b, [255, 255, 255, 1]);
      for (const l of layers.slice().reverse()) colour = over(l, colour);
      return colour;
    });
  };
  const opacity = (el: Element) => {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
    seen.add(el);
    if (!visible(el) || el.closest('script, style, noscript')) continue;
    if (el.closest('[disabled], [aria-disabled="true"]')) continue;
    const s = getComputedStyle(el);
    const fg = parse(s.color);
    const bgs = backdrops(el);
    if (!fg || !bgs) {
      unchecked++;
      continue;
    }
    checked++;
    const px = parseFloat(s.fontSize);
    const large = px >= 24 || (px >= 18.66 && Number(s.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    for (const bg of bgs) {
      const text = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
      const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio >= need) continue;
      violations.push({
        rule: 'color-contrast',
        target: describe(el),
        detail: `${ratio.toFixed(2)}:1 < ${need}:1 (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}), ${px}px)`,
      });
      break;
    }
  }
  return { violations, checked, unchecked };
}

/** Runs the check on what the page shows now. */
export function checkA11y(page: Page): Promise<A11yReport> {
  return page.evaluate(audit);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['critical', 'serious']);

/** axe-core's WCAG A/AA violations of impact critical or serious on the page as it is now. */
export async function checkAxe(page: Page): Promise<A11yReport> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        target: n.target.join(' '),
        detail: `${v.impact}: ${n.failureSummary ?? v.help}`.replace(/\s+/g, ' ').slice(0, 240),
      })),
    );
  return { violations, checked: result.passes.length, unchecked: result.incomplete.length };
}

/** The violations as lines, for an assertion message. */
export const formatViolations = (r: A11yReport) =>
  r.violations.map((v) => `${v.rule}: ${v.target} — ${v.detail}`).join('\n');
