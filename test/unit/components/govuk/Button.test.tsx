/** Buttons and button-styled links: GOV.UK classes, disabled state, double-click guard, routing. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Button } from '@renderer/components/govuk';

describe('Button', () => {
  it('renders variants and the disabled state as GOV.UK does', () => {
    render(
      <>
        <Button variant="secondary">Add site</Button>
        <Button variant="warning" disabled>
          Delete inspection
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Add site' }).className).toBe('govuk-button govuk-button--secondary');
    const warning = screen.getByRole('button', { name: 'Delete inspection' });
    expect(warning.getAttribute('aria-disabled')).toBe('true');
    expect((warning as HTMLButtonElement).disabled).toBe(true);
  });

  it('ignores a second click within a second when asked to', async () => {
    const user = userEvent.setup();
    let saves = 0;
    render(
      <Button preventDoubleClick onClick={() => (saves += 1)}>
        Save
      </Button>,
    );
    await user.dblClick(screen.getByRole('button', { name: 'Save' }));
    expect(saves).toBe(1);
  });

  it('a start button link routes inside the app and responds to the space bar', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <Routes>
          <Route
            path="/"
            element={
              <Button href="/inspections/new" isStartButton>
                Start now
              </Button>
            }
          />
          <Route path="/inspections/new" element={<h1>New inspection</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    const link = screen.getByRole('button', { name: 'Start now' });
    expect(link.tagName).toBe('A');
    expect(link.className).toBe('govuk-button govuk-button--start');
    expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    link.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'New inspection' })).toBeTruthy();
  });
});
