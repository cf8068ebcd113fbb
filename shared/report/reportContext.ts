/**
 * The working set the section builders share: the input without deleted records, sorted the way the
 * report lists them, with the deficiency numbering and the photo annex numbering worked out once,
 * so every section refers to "2.1" or "Photo 3" the same way.
 */
import type { Discipline } from '../domain/disciplines';
import type { DocumentRecord, Meeting, Person } from '../domain/evidenceRecords';
import type { Finding } from '../domain/finding';
import type { Inspection } from '../domain/inspection';
import type { Site, SiteKind } from '../domain/network';
import type { Photo } from '../domain/photo';
import type { Product } from '../domain/product';
import {
  allDeficiencies,
  buildDeficiencyLists,
  findingsInReportOrder,
  reportDisciplines,
  siteLabel,
} from './deficiencies';
import type { DeficiencyList, ReportDeficiency, ReportPhoto } from './reportDocument';
import { withoutDeleted, type PreviousFinding, type ReportInput } from './reportInput';
import { naturalCompare } from './reportText';

export interface ReportContext {
  agencyName: string;
  inspection: Inspection;
  disciplines: readonly Discipline[];
  sites: readonly Site[];
  sitesById: ReadonlyMap<string, Site>;
  products: readonly Product[];
  /** Findings in report order (discipline, grade, reference). */
  findings: readonly Finding[];
  photos: readonly ReportPhoto[];
  documents: readonly DocumentRecord[];
  people: readonly Person[];
  meetings: readonly Meeting[];
  previousFindings: readonly PreviousFinding[];
  deficiencyLists: readonly DeficiencyList[];
  deficiencyByFinding: ReadonlyMap<string, ReportDeficiency>;
  describeReference: (reference: string) => string;
}

const SITE_KIND_ORDER: readonly SiteKind[] = ['control-site', 'poc-site', 'modular-unit'];

function bySiteOrder(a: Site, b: Site): number {
  return SITE_KIND_ORDER.indexOf(a.kind) - SITE_KIND_ORDER.indexOf(b.kind) || naturalCompare(a.identifier, b.identifier);
}

/**
 * The photo annex: photos that support a finding in the report, in the order of the findings they
 * support, each once. A photo only linked from deleted findings is not evidence in this report.
 */
function photoAnnex(findings: readonly Finding[], photos: readonly Photo[]) {
  const byId = new Map(photos.map((p) => [p.id, p]));
  const ordered: Photo[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const photoId of finding.photoIds) {
      const photo = byId.get(photoId);
      if (!photo || seen.has(photoId)) continue;
      seen.add(photoId);
      ordered.push(photo);
    }
  }
  const labelById = new Map(ordered.map((photo, index) => [photo.id, `Photo ${index + 1}`]));
  const labelsByFinding = new Map(
    findings.map((f) => [f.id, f.photoIds.map((id) => labelById.get(id)).filter((l): l is string => Boolean(l))]),
  );
  return { ordered, labelById, labelsByFinding, byId };
}

export function buildReportContext(input: ReportInput): ReportContext {
  const describeReference = input.describeReference ?? ((reference: string) => reference);
  const sites = withoutDeleted(input.sites).sort(bySiteOrder);
  const sitesById = new Map(sites.map((site) => [site.id, site]));
  const liveFindings = withoutDeleted(input.findings);
  const disciplines = reportDisciplines(input.inspection.disciplines, liveFindings);
  const findings = findingsInReportOrder(liveFindings, disciplines);
  const annex = photoAnnex(findings, withoutDeleted(input.photos));
  const deficiencyLists = buildDeficiencyLists(findings, {
    disciplines,
    sitesById,
    describeReference,
    photoLabelsByFinding: annex.labelsByFinding,
  });
  const deficiencyByFinding = new Map(allDeficiencies(deficiencyLists).map((d) => [d.findingId, d]));
  const supports = (photoId: string) =>
    findings
      .filter((f) => f.photoIds.includes(photoId))
      .map((f) => deficiencyByFinding.get(f.id))
      .filter((d): d is ReportDeficiency => Boolean(d))
      .map((d) => `${d.number} (${d.reference})`);
  const photos: ReportPhoto[] = annex.ordered.map((photo) => ({
    label: annex.labelById.get(photo.id) ?? '',
    photoId: photo.id,
    sha256: photo.sha256,
    derivedFromSha256: photo.derivedFrom ? (annex.byId.get(photo.derivedFrom)?.sha256 ?? null) : null,
    displaySha256: photo.displaySha256 ?? photo.sha256,
    thumbnailSha256: photo.thumbnailSha256,
    mediaType: photo.mediaType,
    width: photo.width,
    height: photo.height,
    caption: photo.caption,
    fileName: photo.fileName,
    capturedAt: photo.capturedAt,
    siteLabel: siteLabel(photo.siteId, sitesById),
    supports: supports(photo.id),
  }));
  return {
    agencyName: input.agencyName,
    inspection: input.inspection,
    disciplines,
    sites,
    sitesById,
    products: withoutDeleted(input.products).sort((a, b) => naturalCompare(a.name, b.name)),
    findings,
    photos,
    documents: withoutDeleted(input.documents).sort((a, b) => naturalCompare(a.title, b.title)),
    people: withoutDeleted(input.people).sort((a, b) => naturalCompare(a.name, b.name)),
    meetings: withoutDeleted(input.meetings).sort((a, b) => naturalCompare(a.date, b.date)),
    previousFindings: [...input.previousFindings].sort((a, b) => naturalCompare(a.reference, b.reference)),
    deficiencyLists,
    deficiencyByFinding,
    describeReference,
  };
}
