/** An inspector submits a form with mistakes: the error summary takes focus, and each link takes them to the field. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary, Radios, TextInput } from '@renderer/components/govuk';

function FormWithErrors() {
  return (
    <>
      <ErrorSummary
        errors={[
          { text: 'Enter the site name', href: '#site-name' },
          { text: 'Select an answer', href: '#answer' },
        ]}
      />
      <TextInput id="site-name" label="Site name" error="Enter the site name" />
      <Radios
        name="answer"
        idPrefix="answer"
        legend="Answer"
        error="Select an answer"
        items={[
          { value: 'satisfactory', label: 'Satisfactory' },
          { value: 'deficiency', label: 'Deficiency' },
        ]}
      />
    </>
  );
}

describe('ErrorSummary', () => {
  it('focuses itself when it appears, with the alert role on its inner container', () => {
    const { container } = render(<FormWithErrors />);
    const summary = container.querySelector('.govuk-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary?.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('alert').parentElement).toBe(summary);
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
  });

  it('drops its temporary tabindex once focus moves on', async () => {
    const { container } = render(<FormWithErrors />);
    await userEvent.setup().tab();
    expect(container.querySelector('.govuk-error-summary')?.hasAttribute('tabindex')).toBe(false);
  });

  it('moves focus to the text input when its link is followed, without changing the URL hash', async () => {
    render(<FormWithErrors />);
    const before = window.location.hash;
    await userEvent.setup().click(screen.getByRole('link', { name: 'Enter the site name' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Site name'));
    expect(window.location.hash).toBe(before);
  });

  it('moves focus to the first radio when a choice question is in error', async () => {
    render(<FormWithErrors />);
    await userEvent.setup().click(screen.getByRole('link', { name: 'Select an answer' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Satisfactory'));
  });

  it('does not take focus when auto focus is disabled', () => {
    render(<ErrorSummary disableAutoFocus errors={[{ text: 'Enter a date' }]} />);
    expect(document.activeElement).toBe(document.body);
  });
});
