/** Attaching evidence files: a controlled drop zone button that reports the chosen files to its parent. */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FileUpload } from '@renderer/components/govuk';

function Evidence({ multiple = true }: { multiple?: boolean }) {
  const [files, setFiles] = useState<File[]>([]);
  return (
    <FileUpload
      id="evidence"
      label="Upload evidence"
      hint="JPEG or PDF"
      error={files.length === 0 ? 'Select a file' : undefined}
      files={files}
      onChange={setFiles}
      multiple={multiple}
    />
  );
}

describe('FileUpload', () => {
  it('labels the drop zone button from the label, and describes it with hint and error', () => {
    render(<Evidence />);
    const button = screen.getByRole('button', { name: /Upload evidence/ });
    expect(button.id).toBe('evidence');
    expect(button.getAttribute('aria-labelledby')).toBe('evidence-label evidence-comma evidence');
    expect(button.getAttribute('aria-describedby')).toBe('evidence-hint evidence-error');
    expect(button.classList.contains('govuk-file-upload-button--empty')).toBe(true);
    expect(button.textContent).toContain('No file chosen');
    const input = document.getElementById('evidence-input') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.hidden).toBe(true);
    expect(input.multiple).toBe(true);
  });

  it('reports chosen files to the parent and shows what was chosen', async () => {
    render(<Evidence />);
    const input = document.getElementById('evidence-input') as HTMLInputElement;
    await userEvent
      .setup()
      .upload(input, [
        new File(['a'], 'label.jpg', { type: 'image/jpeg' }),
        new File(['b'], 'sop.pdf', { type: 'application/pdf' }),
      ]);
    const button = screen.getByRole('button', { name: /Upload evidence/ });
    expect(button.textContent).toContain('2 files chosen');
    expect(button.classList.contains('govuk-file-upload-button--empty')).toBe(false);
  });

  it('takes a dropped file, but a single-file input ignores a drop of several', () => {
    render(<Evidence multiple={false} />);
    const button = screen.getByRole('button', { name: /Upload evidence/ });
    const two = [new File(['a'], 'a.jpg'), new File(['b'], 'b.jpg')];
    fireEvent.drop(button, { dataTransfer: { files: two, types: ['Files'] } });
    expect(button.textContent).toContain('No file chosen');
    fireEvent.drop(button, { dataTransfer: { files: [new File(['a'], 'label.jpg')], types: ['Files'] } });
    expect(button.textContent).toContain('label.jpg');
  });
});
