/** Sign in to the agency gateway: its address, the person's username and password. */
import { useState } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { TextInput } from '../../components/govuk/TextInput';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { normaliseGatewayUrl } from '../../sync/gatewayClient';
import { useSyncEngine } from '../../sync/SyncContext';

const DEFAULT_GATEWAY = 'http://127.0.0.1:8787';

export function SignInForm({ gatewayUrl, username }: { gatewayUrl: string | undefined; username?: string | undefined }) {
  const engine = useSyncEngine();
  const [values, setValues] = useState({ gatewayUrl: gatewayUrl ?? DEFAULT_GATEWAY, username: username ?? '', password: '' });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const form = useFormSubmission(
    () => {
      const errors: Record<string, string> = {};
      let url = '';
      try {
        url = normaliseGatewayUrl(values.gatewayUrl);
      } catch (error) {
        errors['gatewayUrl'] = error instanceof TypeError ? 'Enter the gateway’s address, like https://gateway.agency.gov.uk' : String((error as Error).message);
      }
      if (!values.username.trim()) errors['username'] = 'Enter your username';
      if (!values.password) errors['password'] = 'Enter your password';
      return Object.keys(errors).length > 0
        ? { ok: false as const, errors }
        : { ok: true as const, value: { url, username: values.username.trim(), password: values.password } };
    },
    async ({ url, username: name, password }) => {
      await engine.signIn(url, name, password);
      setValues((current) => ({ ...current, password: '' }));
    },
    'password',
  );
  return (
    <>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'sign-in-')} />}
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          id="sign-in-gatewayUrl"
          label="Gateway address"
          hint="Your agency gives you this address."
          type="url"
          spellCheck={false}
          value={values.gatewayUrl}
          onChange={set('gatewayUrl')}
          error={form.errors['gatewayUrl']}
        />
        <TextInput
          id="sign-in-username"
          label="Username"
          autoComplete="username"
          spellCheck={false}
          width={20}
          value={values.username}
          onChange={set('username')}
          error={form.errors['username']}
        />
        <TextInput
          id="sign-in-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          width={20}
          value={values.password}
          onChange={set('password')}
          error={form.errors['password']}
        />
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </>
  );
}
