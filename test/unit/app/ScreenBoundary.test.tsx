/** A screen that cannot be shown (its code failed to load) explains so in its place; another screen tries afresh. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '@renderer/app/ScreenBoundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScreenBoundary', () => {
  it('shows a message with an alert instead of a blank window, and clears it on the next screen', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MemoryRouter initialEntries={['/broken']}>
        <Link to="/fine">Next screen</Link>
        <ScreenBoundary>
          <Routes>
            <Route path="/broken" element={<Broken />} />
            <Route path="/fine" element={<h1>Fine</h1>} />
          </Routes>
        </ScreenBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Sorry, this screen could not be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Nothing has been changed or lost');
    await userEvent.click(screen.getByRole('link', { name: 'Next screen' }));
    expect(await screen.findByRole('heading', { name: 'Fine' })).toBeTruthy();
  });
});
