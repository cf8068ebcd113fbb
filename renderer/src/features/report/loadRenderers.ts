/**
 * The report renderers (jsPDF, jspdf-autotable, docx and the fonts) are loaded only when a report
 * file or closing meeting PDF is first made: together they are about a megabyte of script that no
 * screen needs to show, so they stay out of the bundle the app starts with and out of the screens'.
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
