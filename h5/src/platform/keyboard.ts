/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

// On the web Taro renders buttons and tappable views as custom elements and divs. We give them the
// role; this gives them what a native <button> has besides: a place in the tab order (so a keyboard or
// switch user can reach them, and a scrolling page has something to focus) and activation by Enter or
// Space. One observer for the whole app instead of a tabIndex on every call site.

const INTERACTIVE = '[role="button"], [role="link"], [role="tab"]';

function makeFocusable(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>(INTERACTIVE)) {
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  }
}

function activateOnKey(e: KeyboardEvent) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const el = e.target instanceof HTMLElement ? e.target : null;
  if (!el || !el.matches(INTERACTIVE) || el.getAttribute('aria-disabled') === 'true') return;
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement) return; // native already
  e.preventDefault();
  el.click();
}

/** Installs once for the document; returns the uninstall. */
export function installKeyboardAccess(doc: Document = document): () => void {
  makeFocusable(doc);
  const observer = new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'attributes' && c.target instanceof HTMLElement)
        makeFocusable(c.target.parentNode ?? doc);
      for (const n of c.addedNodes) if (n instanceof HTMLElement) makeFocusable(n.parentNode ?? n);
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  doc.addEventListener('keydown', activateOnKey);
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', activateOnKey);
  };
}
