/**
 * The report renderers (jsPDF, jspdf-autotable, docx and the fonts) are loaded only when a report
 * file is first made: together they are about a megabyte of script that no other screen needs, so
 * they stay out of the bundle the app starts with.
 */
import type * as RendererBundle from './rendererBundle';

export type Renderers = typeof RendererBundle;

let loading: Promise<Renderers> | null = null;

export function loadRenderers(): Promise<Renderers> {
  loading ??= import('./rendererBundle');
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
