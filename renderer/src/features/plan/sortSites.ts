/** Sites in the order a DM network reads: the Control Site first, then by identifier. */
import type { SiteKind } from '@shared/domain/network';

const KIND_ORDER: Record<SiteKind, number> = { 'control-site': 0, 'poc-site': 1, 'modular-unit': 2 };

export function sortSites<T extends { kind: SiteKind; identifier: string }>(sites: readonly T[]): T[] {
  return [...sites].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.identifier.localeCompare(b.identifier, 'en-GB', { numeric: true }),
  );
}
