/** GOV.UK skip link: the first focusable element, jumping past the header to the main content. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="govuk-skip-link"
      onClick={(event) => {
        // With hash routing, a plain #main-content link would change the route; move focus instead.
        event.preventDefault();
        const main = document.getElementById('main-content');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      Skip to main content
    </a>
  );
}
