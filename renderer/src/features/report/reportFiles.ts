/**
 * The files the Report screen produces, named the way an inspector files them
 * ("INS-2026-0042 report v2.pdf", "INS-2026-0042 deficiencies.docx"), and the photo source for the
 * renderer: stored bytes checked against their hash on every read, so a damaged blob prints as
 * "not available" instead of as a different picture.
 */
import type { ReportDocument } from '@shared/report/reportDocument';
import type { DataStore } from '../../db/DataStore';
import { readVerifiedBlob } from '../../photos/readVerifiedBlob';
import type { PhotoBytes } from '../../report/pdfPhotos';

/** A reference made safe as part of a file name on every platform. */
function safeName(reference: string): string {
  return reference.replace(/[^A-Za-z0-9._ -]+/g, '-').slice(0, 80) || 'report';
}

export function reportFileName(model: ReportDocument): string {
  const version = model.generation.issueVersion;
  return `${safeName(model.content.reportReference)} report ${version === null ? 'draft' : `v${version}`}.pdf`;
}

export function issuedFileName(reference: string, version: number): string {
  return `${safeName(reference)} report v${version}.pdf`;
}

export function deficienciesFileName(model: ReportDocument, extension: 'docx' | 'pdf' | 'csv' | 'json'): string {
  return `${safeName(model.content.reportReference)} deficiencies.${extension}`;
}

export function verifiedPhotoBytes(store: DataStore): PhotoBytes {
  return async (sha256) => {
    const check = await readVerifiedBlob(store, sha256);
    return check.state === 'intact' ? check.bytes : undefined;
  };
}
