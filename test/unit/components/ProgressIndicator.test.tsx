/** Long work (importing photos) shows a labelled, determinate progress bar with a visible percentage. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressIndicator } from '@renderer/components/ProgressIndicator';

describe('ProgressIndicator', () => {
  it('exposes label, minimum, maximum, current value and a readable value, and shows the percentage', () => {
    const { container } = render(
      <ProgressIndicator label="Importing photos" value={12} max={40} valueText="12 of 40 photos" />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Importing photos' });
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('40');
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(bar.getAttribute('aria-valuetext')).toBe('12 of 40 photos');
    expect(container.querySelector('p')?.textContent).toBe('30% (12 of 40 photos)');
  });

  it('reads the percentage when there is no fuller text, and clamps values outside the range', () => {
    const { container } = render(<ProgressIndicator label="Generating report" value={150} />);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toBe('100%');
    expect(container.querySelector('p')?.textContent).toBe('100%');
  });

  it('is indeterminate, with no value, while the total is unknown', () => {
    const { container } = render(<ProgressIndicator label="Preparing" />);
    const bar = screen.getByRole('progressbar');
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.hasAttribute('value')).toBe(false);
    expect(container.querySelector('p')).toBeNull();
  });
});
