/** Switching between an inspection's views with tabs: real ARIA tabs, one tab stop, arrow keys to move. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Tabs } from '@renderer/components/govuk';

const ITEMS = [
  { id: 'gmp', label: 'GMP', panel: <p>GMP checklist</p> },
  { id: 'gcp', label: 'GCP', panel: <p>GCP checklist</p> },
  { id: 'pv', label: 'PV', panel: <p>PV checklist</p> },
];

function selectedTabs() {
  return screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-selected'));
}

describe('Tabs', () => {
  it('renders a tablist whose tabs control labelled panels, the first selected', () => {
    render(<Tabs items={ITEMS} />);
    expect(screen.getByRole('tablist')).toBeTruthy();
    const tab = screen.getByRole('tab', { name: 'GCP' });
    expect(tab.id).toBe('tab_gcp');
    expect(tab.getAttribute('aria-controls')).toBe('gcp');
    const panel = document.getElementById('gcp');
    expect(panel?.getAttribute('role')).toBe('tabpanel');
    expect(panel?.getAttribute('aria-labelledby')).toBe('tab_gcp');
    expect(panel?.hidden).toBe(true);
    expect(panel?.classList.contains('govuk-tabs__panel--hidden')).toBe(true);
    expect(selectedTabs()).toEqual(['true', 'false', 'false']);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('moves selection and focus with the arrow keys, wrapping at the ends, and Home and End', async () => {
    const user = userEvent.setup();
    render(<Tabs items={ITEMS} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'GMP' }));

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'GCP' }));
    expect(selectedTabs()).toEqual(['false', 'true', 'false']);
    expect(screen.getByRole('tabpanel').textContent).toBe('GCP checklist');

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectedTabs()).toEqual(['true', 'false', 'false']);
    await user.keyboard('{ArrowLeft}');
    expect(selectedTabs()).toEqual(['false', 'false', 'true']);
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'PV' }));
    await user.keyboard('{Home}');
    expect(selectedTabs()).toEqual(['true', 'false', 'false']);
    await user.keyboard('{End}');
    expect(selectedTabs()).toEqual(['false', 'false', 'true']);
  });

  it('selects on click without changing the URL hash, which the router owns', async () => {
    const changes: string[] = [];
    render(<Tabs items={ITEMS} onChange={(id) => changes.push(id)} />);
    const before = window.location.hash;
    await userEvent.setup().click(screen.getByRole('tab', { name: 'PV' }));
    expect(selectedTabs()).toEqual(['false', 'false', 'true']);
    expect(window.location.hash).toBe(before);
    expect(changes).toEqual(['pv']);
  });
});
