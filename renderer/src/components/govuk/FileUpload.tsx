/** Choosing or dropping files: the GOV.UK Frontend file upload (enhanced drop zone), controlled by its parent. */
// The parent holds the chosen `files` and replaces them in `onChange`; the native input is cleared
// after each choice so choosing the same file again works.
import { useRef, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { ErrorMessage } from './ErrorMessage';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import { Label, type HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

export interface FileUploadProps {
  label: ReactNode;
  files: readonly File[];
  onChange: (files: File[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** The id of the drop zone button, which the label and an error summary point at. */
  id?: string | undefined;
  name?: string | undefined;
  multiple?: boolean | undefined;
  /** For example `image/jpeg,image/png,.pdf`; still validate what arrives, since a drop ignores it. */
  accept?: string | undefined;
  disabled?: boolean | undefined;
  labelSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  chooseFilesButtonText?: string | undefined;
  dropInstructionText?: string | undefined;
  noFileChosenText?: string | undefined;
  formGroupClassName?: string | undefined;
}

export function chosenFilesText(files: readonly File[], noFileChosenText: string): string {
  const [first] = files;
  if (files.length === 1 && first) return first.name;
  return files.length === 0 ? noFileChosenText : `${files.length} files chosen`;
}

export function FileUpload({
  label,
  files,
  onChange,
  hint,
  error,
  id,
  name,
  multiple = false,
  accept,
  disabled = false,
  labelSize,
  isPageHeading,
  chooseFilesButtonText = 'Choose file',
  dropInstructionText = 'or drop file',
  noFileChosenText = 'No file chosen',
  formGroupClassName,
}: FileUploadProps) {
  const hasError = isPresent(error);
  const ids = useFieldIds(id, { hasHint: isPresent(hint), hasError });
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const handleInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange(Array.from(event.target.files ?? []));
    event.target.value = '';
  };

  const handleDragEnter = (event: DragEvent<HTMLButtonElement>) => {
    if (disabled || dragging || !event.dataTransfer.types.includes('Files')) return;
    setDragging(true);
    setAnnouncement('Entered drop zone');
  };

  const handleDragLeave = (event: DragEvent<HTMLButtonElement>) => {
    // Moving onto the button's own children fires dragleave too; only leaving the button counts.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    if (!dragging) return;
    setDragging(false);
    setAnnouncement('Left drop zone');
  };

  const handleDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = Array.from(event.dataTransfer.files);
    // As in GOV.UK: a single-file input only takes a drop of exactly one file.
    if (disabled || dropped.length === 0 || (!multiple && dropped.length !== 1)) return;
    onChange(dropped);
  };

  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label htmlFor={ids.id} id={`${ids.id}-label`} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
      {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
      <div className={classNames('govuk-file-upload-wrapper', disabled && 'govuk-file-upload-wrapper--disabled')}>
        <button
          type="button"
          id={ids.id}
          className={classNames(
            'govuk-file-upload-button',
            files.length === 0 && 'govuk-file-upload-button--empty',
            dragging && 'govuk-file-upload-button--dragging',
          )}
          disabled={disabled}
          aria-describedby={ids.describedBy}
          aria-labelledby={`${ids.id}-label ${ids.id}-comma ${ids.id}`}
          onClick={() => input.current?.click()}
          onDragEnter={handleDragEnter}
          onDragOver={(event) => event.preventDefault()}
          onDragLeave={handleDragLeave}
          onDrop={handleDrop}
        >
          <span className="govuk-body govuk-file-upload-button__status" aria-live="polite">
            {chosenFilesText(files, noFileChosenText)}
          </span>
          <span className="govuk-visually-hidden" id={`${ids.id}-comma`}>
            ,{' '}
          </span>
          <span className="govuk-file-upload-button__pseudo-button-container">
            <span className="govuk-button govuk-button--secondary govuk-file-upload-button__pseudo-button">
              {chooseFilesButtonText}
            </span>{' '}
            <span className="govuk-body govuk-file-upload-button__instruction">{dropInstructionText}</span>
          </span>
        </button>
        <input
          ref={input}
          className={classNames('govuk-file-upload', hasError && 'govuk-file-upload--error')}
          id={`${ids.id}-input`}
          name={name}
          type="file"
          hidden
          multiple={multiple}
          accept={accept}
          disabled={disabled}
          aria-describedby={ids.describedBy}
          onChange={handleInputChange}
        />
      </div>
      <span className="govuk-file-upload-announcements govuk-visually-hidden" aria-live="assertive">
        {announcement}
      </span>
    </FormGroup>
  );
}
