/**
 * What shows while a screen's code loads (the first visit to it; later ones are instant). A status
 * region from the start, so assistive technology hears "Loading…" when it appears; the text waits a
 * moment, so a load that is quick (the usual case) shows nothing at all rather than a flash.
 */
import { useEffect, useState } from 'react';

const SHOW_AFTER_MS = 300;

export function ScreenLoading() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className="govuk-body" role="status">
      {shown ? 'Loading…' : ''}
    </p>
  );
}
