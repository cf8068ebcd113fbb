/** Form controls wire hint and error into aria-describedby exactly as GOV.UK Frontend does. */
// Ids `{id}-hint` and `{id}-error`, in that order, with the error classes set.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CharacterCount, Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from '@renderer/components/govuk';

describe('form field hint and error wiring', () => {
  it('text input: hint then error in aria-describedby, error classes on group and input', () => {
    const { container } = render(
      <TextInput id="site-name" label="Site name" hint="As on the licence" error="Enter the site name" />,
    );
    const input = screen.getByLabelText('Site name');
    expect(input.id).toBe('site-name');
    expect(input.getAttribute('aria-describedby')).toBe('site-name-hint site-name-error');
    expect(document.getElementById('site-name-hint')?.textContent).toBe('As on the licence');
    expect(document.getElementById('site-name-error')?.textContent).toBe('Error: Enter the site name');
    expect(input.classList.contains('govuk-input--error')).toBe(true);
    expect(container.firstElementChild?.className).toBe('govuk-form-group govuk-form-group--error');
  });

  it('text input without hint or error has no aria-describedby and no error classes', () => {
    const { container } = render(<TextInput label="Reference" />);
    const input = screen.getByLabelText('Reference');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.className).toBe('govuk-input');
    expect(container.firstElementChild?.className).toBe('govuk-form-group');
  });

  it('text input generates an id with useId when none is passed', () => {
    render(<TextInput label="Reference" hint="From the agency" />);
    const input = screen.getByLabelText('Reference');
    expect(input.id).not.toBe('');
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
  });

  it('text input keeps a caller aria-describedby first and hides prefix and suffix from screen readers', () => {
    const { container } = render(
      <TextInput id="mass" label="Batch size" suffix="kg" aria-describedby="batch-note" error="Enter a number" />,
    );
    expect(screen.getByLabelText('Batch size').getAttribute('aria-describedby')).toBe('batch-note mass-error');
    expect(container.querySelector('.govuk-input__suffix')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('textarea and select follow the same contract', () => {
    render(
      <>
        <Textarea id="notes" label="Notes" hint="Visible to the team" error="Enter notes" />
        <Select
          id="grade"
          label="Classification"
          hint="Under the GMP scheme"
          error="Select a classification"
          options={[{ value: 'major', text: 'Major' }]}
        />
      </>,
    );
    const textarea = screen.getByLabelText('Notes');
    expect(textarea.getAttribute('aria-describedby')).toBe('notes-hint notes-error');
    expect(textarea.classList.contains('govuk-textarea--error')).toBe(true);
    const select = screen.getByLabelText('Classification');
    expect(select.getAttribute('aria-describedby')).toBe('grade-hint grade-error');
    expect(select.classList.contains('govuk-select--error')).toBe(true);
  });

  it('character count puts its limit description first, then hint and error', () => {
    render(
      <CharacterCount id="statement" label="Statement" hint="Say what was wrong" error="Too long" maxLength={10} />,
    );
    const textarea = screen.getByLabelText('Statement');
    expect(textarea.getAttribute('aria-describedby')).toBe('statement-info statement-hint statement-error');
    expect(document.getElementById('statement-info')?.textContent).toBe('You can enter up to 10 characters');
  });

  it('radios and checkboxes describe the fieldset, not each input', () => {
    render(
      <>
        <Radios
          name="answer"
          idPrefix="answer"
          legend="Answer"
          hint="Choose one"
          error="Select an answer"
          items={[{ value: 'yes', label: 'Satisfactory' }]}
        />
        <Checkboxes
          name="sites"
          idPrefix="sites"
          legend="Sites"
          hint="Choose all that apply"
          error="Select a site"
          items={[{ value: 'a', label: 'Site A', hint: 'Control site' }]}
        />
      </>,
    );
    const [radiosGroup, checkboxesGroup] = screen.getAllByRole('group');
    expect(radiosGroup?.getAttribute('aria-describedby')).toBe('answer-hint answer-error');
    expect(checkboxesGroup?.getAttribute('aria-describedby')).toBe('sites-hint sites-error');
    expect(screen.getByLabelText('Satisfactory').hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByLabelText('Site A').getAttribute('aria-describedby')).toBe('sites-item-hint');
  });

  it('date input is a described group and marks only the wrong boxes when told which', () => {
    render(
      <DateInput
        id="visit"
        legend="Visit date"
        hint="For example, 27 3 2025"
        error="Date must include a year"
        errorParts={['year']}
      />,
    );
    const group = screen.getByRole('group', { name: 'Visit date' });
    expect(group.getAttribute('aria-describedby')).toBe('visit-hint visit-error');
    expect(screen.getByLabelText('Day').classList.contains('govuk-input--error')).toBe(false);
    expect(screen.getByLabelText('Year').classList.contains('govuk-input--error')).toBe(true);
    expect(screen.getByLabelText('Year').id).toBe('visit-year');
  });
});
