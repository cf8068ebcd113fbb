/** Checklist sections as a GOV.UK task list: each task's link is described by its hint and status. */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TaskList } from '@renderer/components/govuk';

describe('TaskList', () => {
  it('describes each link by hint and status, shows tags and plain text statuses, and routes internal links', () => {
    const { container } = render(
      <MemoryRouter>
        <TaskList
          idPrefix="sections"
          items={[
            { title: 'Opening meeting', href: '/inspections/1/opening', status: { kind: 'text', text: 'Completed' } },
            {
              title: 'Premises and equipment',
              href: '/inspections/1/checklists/premises',
              hint: '12 of 20 items answered',
              status: { kind: 'tag', text: 'In progress', colour: 'blue' },
            },
            { title: 'Closing meeting', status: { kind: 'text', text: 'Cannot start yet', cannotStartYet: true } },
          ]}
        />
      </MemoryRouter>,
    );
    const opening = screen.getByRole('link', { name: 'Opening meeting' });
    expect(opening.getAttribute('aria-describedby')).toBe('sections-1-status');
    expect(opening.getAttribute('href')).toBe('/inspections/1/opening');
    expect(document.getElementById('sections-1-status')?.textContent).toBe('Completed');

    const premises = screen.getByRole('link', { name: 'Premises and equipment' });
    expect(premises.getAttribute('aria-describedby')).toBe('sections-2-hint sections-2-status');
    const tag = document.getElementById('sections-2-status')?.querySelector('strong');
    expect(tag?.className).toBe('govuk-tag');
    expect(tag?.textContent).toBe('In progress');

    expect(screen.queryByRole('link', { name: 'Closing meeting' })).toBeNull();
    const closingStatus = document.getElementById('sections-3-status');
    expect(closingStatus?.className).toBe('govuk-task-list__status govuk-task-list__status--cannot-start-yet');
    const items = container.querySelectorAll('.govuk-task-list__item');
    expect(Array.from(items).map((item) => item.classList.contains('govuk-task-list__item--with-link'))).toEqual([
      true,
      true,
      false,
    ]);
  });
});
