// Reading page controls the way a person reads them.

/** The visible label of a button, submit input or link. */
export function buttonText(el: Element): string {
  const value = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '');
  return (value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
}
