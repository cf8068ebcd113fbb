/** MOJ alerts: named by variant and title; alerts caused by an action take focus; dismissing hands focus on. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Alert } from '@renderer/components/moj';

describe('Alert', () => {
  it('is a region named "variant: title", with the title as text when there is no content', () => {
    render(<Alert variant="warning" title="2 photos could not be read" />);
    const region = screen.getByRole('region', { name: 'warning: 2 photos could not be read' });
    expect(region.className).toBe('moj-alert moj-alert--warning');
    expect(region.querySelector('.moj-alert__content')?.textContent).toBe('2 photos could not be read');
    expect(document.activeElement).toBe(document.body);
  });

  it('with role alert takes focus, and shows the title as a heading above content', () => {
    render(
      <Alert variant="success" role="alert" title="Sync complete" showTitleAsHeading>
        <p>14 changes sent.</p>
      </Alert>,
    );
    const alert = screen.getByRole('alert');
    expect(document.activeElement).toBe(alert);
    expect(alert.className).toBe('moj-alert moj-alert--success moj-alert--with-heading');
    expect(screen.getByRole('heading', { level: 2, name: 'Sync complete' })).toBeTruthy();
  });

  it('when dismissed, disappears and moves focus to the heading before it', async () => {
    let dismissed = false;
    render(
      <main>
        <h1>Findings</h1>
        <Alert title="Filters were reset" dismissible onDismiss={() => (dismissed = true)} />
      </main>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Findings' }));
    expect(dismissed).toBe(true);
  });
});
