/**
 * The lock settings on the About page: how long the workbench waits before locking itself, and
 * changing the passphrase (which re-wraps the data key; nothing else is re-encrypted).
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../components/govuk/Button';
import { NotificationBanner } from '../components/govuk/NotificationBanner';
import { TextInput } from '../components/govuk/TextInput';
import { useLockControls } from '../db/DataContext';
import { passphraseProblem } from './keyring';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, useLockState } from './lockState';

export function LockSettings() {
  const controls = useLockControls();
  const { idleMinutes } = useLockState();
  const [minutes, setMinutes] = useState(String(idleMinutes));
  const [minutesError, setMinutesError] = useState<string>();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [done, setDone] = useState<string>();

  async function saveMinutes(event: FormEvent) {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < MIN_IDLE_MINUTES || value > MAX_IDLE_MINUTES) {
      return setMinutesError(`Enter a whole number of minutes from ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}`);
    }
    setMinutesError(undefined);
    await controls.setIdleMinutes(value);
    setDone(`The workbench now locks after ${value} minutes without use.`);
  }

  async function savePassphrase(event: FormEvent) {
    event.preventDefault();
    const problem = passphraseProblem(next);
    if (!current) return setErrors({ current: 'Enter your current passphrase' });
    if (problem) return setErrors({ next: problem });
    try {
      await controls.changePassphrase(current, next);
      setErrors({});
      setCurrent('');
      setNext('');
      setDone('Your passphrase has been changed.');
    } catch (error) {
      setErrors({ current: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">Locking</h2>
      {done && <NotificationBanner type="success" heading={done} />}
      <form noValidate onSubmit={(event) => void saveMinutes(event)}>
        <TextInput
          id="lock-idle-minutes"
          label="Lock after this many minutes without use"
          hint={`From ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES} minutes.`}
          inputMode="numeric"
          width={3}
          value={minutes}
          error={minutesError}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          Save lock time
        </Button>
      </form>
      <h3 className="govuk-heading-s">Change your passphrase</h3>
      <form noValidate onSubmit={(event) => void savePassphrase(event)}>
        <TextInput
          id="lock-current-passphrase"
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          value={current}
          error={errors.current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextInput
          id="lock-new-passphrase"
          label="New passphrase"
          type="password"
          autoComplete="new-password"
          value={next}
          error={errors.next}
          onChange={(event) => setNext(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          Change passphrase
        </Button>
      </form>
    </>
  );
}
