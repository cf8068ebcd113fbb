/**
 * Imported first by main.tsx, before any module that defines a schema: zod probes for
 * eval() support to speed up parsing, and the CSP forbids eval, so the probe would only log a violation.
 * The build keeps this module in zod's own chunk (vite.shared.ts), so that holds across chunks too.
 */
import { z } from 'zod';

z.config({ jitless: true });
