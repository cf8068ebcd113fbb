/** Setup for the `dom` (happy-dom) project: unmount what each test rendered, so tests do not see each other's DOM. */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
