/** Writing a finding statement against a limit: the count updates as the inspector types and turns to an error past it. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CharacterCount } from '@renderer/components/govuk';
import { countMessage, countText } from '@renderer/components/govuk/CharacterCount';

function visibleStatus(container: HTMLElement) {
  return container.querySelector('.govuk-character-count__status');
}

describe('CharacterCount', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down as the user types and shows an error style past the limit', async () => {
    const user = userEvent.setup();
    const { container } = render(<CharacterCount id="statement" label="Statement" maxLength={5} />);
    expect(visibleStatus(container)?.textContent).toBe('You have 5 characters remaining');
    await user.type(screen.getByLabelText('Statement'), 'abcd');
    expect(visibleStatus(container)?.textContent).toBe('You have 1 character remaining');
    await user.type(screen.getByLabelText('Statement'), 'ef');
    expect(visibleStatus(container)?.textContent).toBe('You have 1 character too many');
    expect(visibleStatus(container)?.classList.contains('govuk-error-message')).toBe(true);
    expect(screen.getByLabelText('Statement').classList.contains('govuk-textarea--error')).toBe(true);
    // The native maxlength is not set, so the user can see and fix the overflow (as GOV.UK's script does).
    expect(screen.getByLabelText('Statement').hasAttribute('maxlength')).toBe(false);
  });

  it('announces the count to screen readers only after typing pauses', () => {
    vi.useFakeTimers();
    const { container, rerender } = render(
      <CharacterCount label="Notes" maxLength={10} value="" onChange={() => {}} />,
    );
    const live = container.querySelector('.govuk-character-count__sr-status');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    rerender(<CharacterCount label="Notes" maxLength={10} value="abc" onChange={() => {}} />);
    expect(live?.textContent).toBe('You have 10 characters remaining');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live?.textContent).toBe('You have 7 characters remaining');
  });

  it('hides the count below the threshold', () => {
    const { container } = render(<CharacterCount label="Notes" maxLength={100} threshold={75} defaultValue="short" />);
    expect(visibleStatus(container)?.classList.contains('govuk-character-count__message--disabled')).toBe(true);
    expect(container.querySelector('.govuk-character-count__sr-status')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('counts words and user-perceived characters', () => {
    expect(countText('Batch record not  reviewed.', 'words')).toBe(4);
    expect(countText('e\u0301', 'characters')).toBe(1);
    expect(countText('e\u0301', 'length')).toBe(2);
    expect(countMessage(0, 'words')).toBe('You have 0 words remaining');
    expect(countMessage(-3, 'words')).toBe('You have 3 words too many');
  });
});
