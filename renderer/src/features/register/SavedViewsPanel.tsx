/**
 * The "Saved views" panel: name and save the register as it is now (filters, search, sort,
 * grouping and columns), apply a saved view, or delete one. Views are this person's preferences on
 * this device, so saving one is not a change to any inspection record.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { Details } from '../../components/govuk/Details';
import { TextInput } from '../../components/govuk/TextInput';
import { MAX_SAVED_VIEWS, MAX_VIEW_NAME, type SavedView } from './savedViews';

export interface SavedViewsPanelProps {
  views: readonly SavedView[];
  onSave: (name: string) => Promise<void>;
  onApply: (view: SavedView) => void;
  onDelete: (name: string) => Promise<void>;
}

export function SavedViewsPanel({ views, onSave, onApply, onDelete }: SavedViewsPanelProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Enter a name for this view');
    if (trimmed.length > MAX_VIEW_NAME) return setError(`Name must be ${MAX_VIEW_NAME} characters or fewer`);
    const replacing = views.some((v) => v.name.toLowerCase() === trimmed.toLowerCase());
    if (!replacing && views.length >= MAX_SAVED_VIEWS)
      return setError(`You can keep up to ${MAX_SAVED_VIEWS} views; delete one before saving another`);
    setError(undefined);
    try {
      await onSave(trimmed);
      setName('');
      setMessage(replacing ? `View ‘${trimmed}’ updated` : `View ‘${trimmed}’ saved`);
    } catch (cause) {
      setError(`The view could not be saved: ${(cause as Error).message}`);
    }
  };

  const remove = async (viewName: string) => {
    try {
      await onDelete(viewName);
      setMessage(`View ‘${viewName}’ deleted`);
    } catch (cause) {
      setMessage(`The view could not be deleted: ${(cause as Error).message}`);
    }
  };

  return (
    <Details summary="Saved views" className="app-register__panel">
      {views.length > 0 ? (
        <ul className="govuk-list app-register-views">
          {views.map((view) => (
            <li key={view.name} className="app-register-views__item">
              <bdi className="app-register-views__name">{view.name}</bdi>
              <button
                type="button"
                className="govuk-button govuk-button--secondary app-inline-button"
                onClick={() => {
                  onApply(view);
                  setMessage(`View ‘${view.name}’ applied`);
                }}
              >
                Apply<span className="govuk-visually-hidden"> view {view.name}</span>
              </button>
              <button type="button" className="govuk-link app-link-button" onClick={() => void remove(view.name)}>
                Delete<span className="govuk-visually-hidden"> view {view.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No saved views yet.</p>
      )}
      <form noValidate onSubmit={(event) => void save(event)}>
        <TextInput
          id="register-view-name"
          label="Name for this view"
          hint="Saves the filters, search, sort, grouping and columns as they are now"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={error}
        />
        <Button type="submit" variant="secondary">
          Save view
        </Button>
      </form>
      <p className="govuk-body" role="status">
        {message}
      </p>
    </Details>
  );
}
