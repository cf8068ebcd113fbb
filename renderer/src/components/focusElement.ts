/** Moves focus to a normally unfocusable element, as GOV.UK Frontend's setFocus does. */
// A temporary tabindex="-1" is removed again on blur, so the element does not become a stray tab stop.
export function focusElement(element: HTMLElement, options?: FocusOptions): void {
  const hadTabIndex = element.hasAttribute('tabindex');
  if (!hadTabIndex) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener(
      'blur',
      () => {
        element.removeAttribute('tabindex');
      },
      { once: true },
    );
  }
  element.focus(options);
}
