/** Filtering the findings register: the filter panel beside the results, shown and hidden with a toggle. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterLayout } from '@renderer/components/moj';

describe('FilterLayout', () => {
  it('on a wide window starts open and the toggle hides and shows the filter', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <FilterLayout filter={<p>Status checkboxes</p>}>
        <p>Results table</p>
      </FilterLayout>,
    );
    const filter = container.querySelector('.moj-filter');
    const toggle = screen.getByRole('button', { name: 'Hide filter' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(filter?.id);
    expect(filter?.classList.contains('moj-js-hidden')).toBe(false);

    await user.click(toggle);
    expect(filter?.classList.contains('moj-js-hidden')).toBe(true);
    expect(toggle.textContent).toBe('Show filter');
    await user.click(toggle);
    expect(document.activeElement).toBe(filter);
  });

  it('lists selected filters as removable tags and applies through a form', async () => {
    const user = userEvent.setup();
    const events: string[] = [];
    render(
      <FilterLayout
        filter={<p>Fields</p>}
        onApply={() => events.push('apply')}
        selectedFilters={{
          onClear: () => events.push('clear'),
          categories: [
            {
              heading: 'Classification',
              items: [{ key: 'major', text: 'Major', onRemove: () => events.push('-major') }],
            },
          ],
        }}
      >
        <p>Results</p>
      </FilterLayout>,
    );
    await user.click(screen.getByRole('button', { name: 'Remove this filter Major' }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(events).toEqual(['-major', 'clear', 'apply']);
  });
});
