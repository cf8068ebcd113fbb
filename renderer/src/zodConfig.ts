/**
 * Imported first by main.tsx, before any module that validates content while it loads: zod probes for
 * eval() support to speed up parsing, and the CSP forbids eval, so the probe would only log a violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
