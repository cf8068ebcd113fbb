/** The MOJ content components render the markup their styles and assistive technology expect. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge, PageHeaderActions, Timeline } from '@renderer/components/moj';
import { formatTimelineDate } from '@renderer/components/moj/Timeline';

describe('MOJ content markup', () => {
  it('timeline: title, byline, machine-readable date and description for each audit entry', () => {
    const when = new Date(2025, 2, 4, 14, 5);
    const { container } = render(
      <Timeline
        headingLevel={3}
        items={[
          {
            id: 'c-1',
            title: 'Finding F-3 graded major',
            byline: 'A. Inspector',
            datetime: when,
            description: 'Was: other',
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Finding F-3 graded major' }).className).toBe(
      'moj-timeline__title',
    );
    expect(container.querySelector('.moj-timeline__byline')?.textContent).toBe('by A. Inspector');
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(when.toISOString());
    expect(time?.textContent).toBe('4 March 2025 at 2:05pm');
    expect(container.querySelector('.moj-timeline__description')?.textContent).toBe('Was: other');
  });

  it('formats times on the hour and at midnight the MOJ way', () => {
    expect(formatTimelineDate(new Date(2025, 0, 1, 0, 0))).toBe('1 January 2025 at 12am');
    expect(formatTimelineDate(new Date(2025, 11, 31, 12, 30))).toBe('31 December 2025 at 12:30pm');
  });

  it('badge colour and page header actions', () => {
    render(
      <PageHeaderActions heading="Findings" headingClassName="govuk-heading-l">
        <Badge colour="red" visuallyHiddenText="unsynced changes">
          3
        </Badge>
      </PageHeaderActions>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Findings' }).className).toBe('govuk-heading-l');
    expect(screen.getByText('3').className).toBe('moj-badge moj-badge--red');
  });
});
