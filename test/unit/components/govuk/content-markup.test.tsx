/** The GOV.UK content and navigation components render the markup their styles and assistive technology expect. */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  BackLink,
  Breadcrumbs,
  Details,
  Pagination,
  Panel,
  SummaryList,
  Table,
  Tag,
  WarningText,
} from '@renderer/components/govuk';

describe('GOV.UK content markup', () => {
  it('summary list: actions carry hidden context, rows without actions get the no-actions modifier', () => {
    const { container } = render(
      <MemoryRouter>
        <SummaryList
          card={{ title: 'Site A', titleText: 'Site A', actions: [{ href: '/sites/a/remove', text: 'Remove' }] }}
          rows={[
            {
              key: 'Name',
              value: 'Site A',
              actions: [{ href: '/sites/a/name', text: 'Change', visuallyHiddenText: 'name' }],
            },
            { key: 'DM designation', value: 'POC' },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Change name (Site A)' }).getAttribute('href')).toBe('/sites/a/name');
    expect(screen.getByRole('link', { name: 'Remove (Site A)' })).toBeTruthy();
    const rows = container.querySelectorAll('.govuk-summary-list__row');
    expect(rows[1]?.className).toBe('govuk-summary-list__row govuk-summary-list__row--no-actions');
    expect(screen.getByRole('heading', { level: 2, name: 'Site A' }).className).toBe('govuk-summary-card__title');
  });

  it('table: caption, column headers, row headers and numeric cells', () => {
    render(
      <Table
        caption="Findings by classification"
        captionSize="m"
        firstCellIsHeader
        head={['Classification', { content: 'Count', format: 'numeric' }]}
        rows={[['Major', { content: 3, format: 'numeric' }]]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Findings by classification' });
    expect(table.querySelector('caption')?.className).toBe('govuk-table__caption govuk-table__caption--m');
    expect(screen.getByRole('columnheader', { name: 'Count' }).className).toBe(
      'govuk-table__header govuk-table__header--numeric',
    );
    expect(screen.getByRole('rowheader', { name: 'Major' }).getAttribute('scope')).toBe('row');
    expect(screen.getByRole('cell', { name: '3' }).className).toBe('govuk-table__cell govuk-table__cell--numeric');
  });

  it('pagination: numbered pages with the current one marked, and previous and next links', () => {
    render(
      <MemoryRouter>
        <Pagination
          previous={{ href: '/findings?page=1' }}
          next={{ href: '/findings?page=3' }}
          items={[
            { number: 1, href: '/findings?page=1' },
            { number: 2, href: '/findings?page=2', current: true },
            { ellipsis: true },
            { number: 9, href: '/findings?page=9' },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('rel')).toBe('prev');
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('rel')).toBe('next');
  });

  it('breadcrumbs and back link route in-app paths, and the last crumb is the current page', () => {
    render(
      <MemoryRouter>
        <Breadcrumbs items={[{ text: 'Inspections', href: '/' }, { text: 'INS-2025-014' }]} />
        <BackLink href="/inspections/1" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Inspections' }).className).toBe('govuk-breadcrumbs__link');
    expect(screen.getByText('INS-2025-014').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Back' }).className).toBe('govuk-back-link');
  });

  it('tag colours, warning text, panel and details', () => {
    render(
      <>
        <Tag colour="red">Critical</Tag>
        <WarningText>The report is signed: editing it removes the signature.</WarningText>
        <Panel title="Report issued">Reference INS-2025-014</Panel>
        <Details summary="What counts as a major deficiency?">A non-critical deficiency that…</Details>
      </>,
    );
    expect(screen.getByText('Critical').className).toBe('govuk-tag govuk-tag--red');
    expect(screen.getByText('Warning').className).toBe('govuk-visually-hidden');
    expect(screen.getByRole('heading', { level: 1, name: 'Report issued' }).parentElement?.className).toBe(
      'govuk-panel govuk-panel--confirmation',
    );
    expect(screen.getByText('What counts as a major deficiency?').closest('summary')?.className).toBe(
      'govuk-details__summary',
    );
  });
});
