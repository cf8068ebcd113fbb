/** Answering a checklist item: radios reveal follow-up questions for the chosen answer and work from the keyboard. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Checkboxes, Radios, TextInput } from '@renderer/components/govuk';

const ANSWERS = [
  { value: 'satisfactory', label: 'Satisfactory' },
  {
    value: 'deficiency',
    label: 'Deficiency',
    conditional: <TextInput id="deficiency-note" label="What is the deficiency?" />,
  },
  { divider: 'or' },
  { value: 'not-applicable', label: 'Not applicable', hint: 'The item does not apply to this site' },
];

function conditionalOf(radio: HTMLElement): HTMLElement | null {
  const id = radio.getAttribute('aria-controls');
  return id ? document.getElementById(id) : null;
}

describe('Radios', () => {
  it('gives the first radio the id prefix and numbers the rest by position, as GOV.UK does', () => {
    render(<Radios name="answer" idPrefix="answer" legend="Answer" items={ANSWERS} />);
    expect(screen.getByLabelText('Satisfactory').id).toBe('answer');
    expect(screen.getByLabelText('Deficiency').id).toBe('answer-2');
    expect(screen.getByLabelText('Not applicable').id).toBe('answer-4');
    expect(screen.getByLabelText('Not applicable').getAttribute('aria-describedby')).toBe('answer-4-item-hint');
    expect(screen.getByText('or').className).toBe('govuk-radios__divider');
  });

  it('reveals the conditional content only while its option is chosen, keeping what was typed', async () => {
    const user = userEvent.setup();
    render(<Radios name="answer" legend="Answer" items={ANSWERS} />);
    const deficiency = screen.getByLabelText('Deficiency');
    const reveal = conditionalOf(deficiency);
    expect(reveal?.className).toBe('govuk-radios__conditional govuk-radios__conditional--hidden');

    await user.click(deficiency);
    expect(reveal?.className).toBe('govuk-radios__conditional');
    await user.type(screen.getByLabelText('What is the deficiency?'), 'No cleaning log');

    await user.click(screen.getByLabelText('Satisfactory'));
    expect(reveal?.classList.contains('govuk-radios__conditional--hidden')).toBe(true);
    await user.click(deficiency);
    expect(screen.getByLabelText<HTMLInputElement>('What is the deficiency?').value).toBe('No cleaning log');
  });

  it('moves between options with the arrow keys, revealing as it goes', async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    render(<Radios name="answer" legend="Answer" items={ANSWERS} onChange={(value) => chosen.push(value)} />);
    await user.click(screen.getByLabelText('Satisfactory'));
    await user.keyboard('{ArrowDown}');
    const deficiency = screen.getByLabelText<HTMLInputElement>('Deficiency');
    expect(document.activeElement).toBe(deficiency);
    expect(deficiency.checked).toBe(true);
    expect(conditionalOf(deficiency)?.classList.contains('govuk-radios__conditional--hidden')).toBe(false);
    expect(chosen).toEqual(['satisfactory', 'deficiency']);
  });

  it('follows the value when controlled, and renders the inline and small modifiers', () => {
    function Controlled() {
      const [value, setValue] = useState('deficiency');
      return <Radios name="answer" legend="Answer" items={ANSWERS} value={value} onChange={setValue} inline small />;
    }
    const { container } = render(<Controlled />);
    expect(screen.getByLabelText<HTMLInputElement>('Deficiency').checked).toBe(true);
    expect(container.querySelector('.govuk-radios')?.className).toBe(
      'govuk-radios govuk-radios--small govuk-radios--inline',
    );
  });
});

describe('Checkboxes', () => {
  it('an exclusive "None" option unticks the others, and ticking another unticks it', async () => {
    const user = userEvent.setup();
    render(
      <Checkboxes
        name="disciplines"
        legend="Disciplines"
        defaultValues={['gmp']}
        items={[
          { value: 'gmp', label: 'GMP' },
          { value: 'gcp', label: 'GCP' },
          { divider: 'or' },
          { value: 'none', label: 'None of these', exclusive: true },
        ]}
      />,
    );
    const checked = (label: string) => screen.getByLabelText<HTMLInputElement>(label).checked;
    await user.click(screen.getByLabelText('GCP'));
    expect([checked('GMP'), checked('GCP'), checked('None of these')]).toEqual([true, true, false]);
    await user.click(screen.getByLabelText('None of these'));
    expect([checked('GMP'), checked('GCP'), checked('None of these')]).toEqual([false, false, true]);
    await user.click(screen.getByLabelText('GMP'));
    expect([checked('GMP'), checked('GCP'), checked('None of these')]).toEqual([true, false, false]);
  });
});
