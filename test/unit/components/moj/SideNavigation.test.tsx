/** The inspection workspace's side navigation marks where the inspector is, in headed sections. */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SideNavigation, SubNavigation } from '@renderer/components/moj';

describe('SideNavigation', () => {
  it('marks only the active item with aria-current="location" and the active class, under section headings', () => {
    render(
      <MemoryRouter>
        <SideNavigation
          label="Inspection"
          sections={[
            {
              heading: 'On site',
              headingLevel: 2,
              items: [
                { href: '/inspections/1/checklists', text: 'Checklists', active: true },
                { href: '/inspections/1/findings', text: 'Findings' },
              ],
            },
            { heading: 'Afterwards', headingLevel: 2, items: [{ href: '/inspections/1/report', text: 'Report' }] },
          ]}
        />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Inspection' });
    expect(nav.className).toBe('moj-side-navigation');
    const checklists = screen.getByRole('link', { name: 'Checklists' });
    expect(checklists.getAttribute('aria-current')).toBe('location');
    expect(checklists.parentElement?.className).toBe('moj-side-navigation__item moj-side-navigation__item--active');
    expect(screen.getByRole('link', { name: 'Findings' }).hasAttribute('aria-current')).toBe(false);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['On site', 'Afterwards']);
    expect(screen.getAllByRole('list')).toHaveLength(2);
  });

  it('renders plain anchors for links outside the app', () => {
    render(<SideNavigation items={[{ href: '#photos', text: 'Photos' }]} />);
    expect(screen.getByRole('link', { name: 'Photos' }).getAttribute('href')).toBe('#photos');
  });
});

describe('SubNavigation', () => {
  it('marks the active item with aria-current="page"', () => {
    render(
      <MemoryRouter>
        <SubNavigation
          label="Evidence"
          items={[
            { href: '/evidence/photos', text: 'Photos', active: true },
            { href: '/evidence/documents', text: 'Documents' },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Photos' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Documents' }).hasAttribute('aria-current')).toBe(false);
  });
});
