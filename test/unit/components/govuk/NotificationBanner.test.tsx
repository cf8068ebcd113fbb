/** After saving, a success banner is announced and focused; an information banner is a labelled region. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotificationBanner } from '@renderer/components/govuk';

describe('NotificationBanner', () => {
  it('success banner is an alert, titled "Success", and takes focus', () => {
    render(<NotificationBanner type="success" heading="Finding F-3 saved" />);
    const banner = screen.getByRole('alert');
    expect(banner.className).toBe('govuk-notification-banner govuk-notification-banner--success');
    expect(document.activeElement).toBe(banner);
    const titleId = banner.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(titleId)?.textContent).toBe('Success');
    expect(banner.querySelector('.govuk-notification-banner__heading')?.textContent).toBe('Finding F-3 saved');
  });

  it('important banner is a region named by its title and does not take focus', () => {
    render(
      <NotificationBanner titleId="sync-title">
        <p className="govuk-body">3 changes are waiting to sync.</p>
      </NotificationBanner>,
    );
    const region = screen.getByRole('region', { name: 'Important' });
    expect(region.getAttribute('aria-labelledby')).toBe('sync-title');
    expect(document.activeElement).toBe(document.body);
  });

  it('success banner can leave focus where it is', () => {
    render(<NotificationBanner type="success" heading="Saved" disableAutoFocus />);
    expect(document.activeElement).toBe(document.body);
  });
});
