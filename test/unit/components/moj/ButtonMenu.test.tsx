/** Secondary actions on a finding behind one "Actions" button, usable from the keyboard. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ButtonMenu } from '@renderer/components/moj';

function renderMenu(chosen: string[] = []) {
  return render(
    <ButtonMenu
      items={[
        { text: 'Duplicate', onClick: () => chosen.push('duplicate') },
        { text: 'Move to site', onClick: () => chosen.push('move') },
        { text: 'Delete', onClick: () => chosen.push('delete') },
      ]}
    />,
  );
}

describe('ButtonMenu', () => {
  it('opens from the keyboard with focus on the first item, and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    renderMenu();
    const toggle = screen.getByRole('button', { name: 'Actions' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Duplicate' })).toBeNull();

    toggle.focus();
    await user.keyboard('{ArrowDown}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Duplicate' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move to site' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Duplicate' }));

    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('runs the chosen action and closes; a click outside closes it too', async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    renderMenu(chosen);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('button', { name: 'Move to site' }));
    expect(chosen).toEqual(['move']);
    expect(screen.getByRole('button', { name: 'Actions' }).getAttribute('aria-expanded')).toBe('false');

    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(document.body);
    expect(screen.getByRole('button', { name: 'Actions' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('with one item is just that button', () => {
    render(<ButtonMenu items={[{ text: 'Export', onClick: () => {} }]} />);
    expect(screen.getByRole('button', { name: 'Export' }).className).toBe(
      'govuk-button moj-button-menu__single-button',
    );
    expect(screen.queryByRole('button', { name: 'Actions' })).toBeNull();
  });
});
