/**
 * The risk-rating arithmetic of the close-out, modelled on PIC/S PI 037-1 ("A recommended model for
 * risk-based inspection planning in the GMP environment"): complexity and criticality combine into an
 * intrinsic risk, the deficiencies found give a compliance risk, and a matrix of the two gives the
 * relative risk rating that sets how soon the site is inspected again. The thresholds are a
 * paraphrase for planning support; the agency's planning system holds the authoritative matrix.
 */
import type { Classification } from './classificationSchemes';
import type { RiskLevel } from './inspectionCloseOut';

const LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

function rank(level: RiskLevel): number {
  return LEVELS.indexOf(level);
}

/** A 3 × 3 risk matrix read as the mean of the two levels, rounded up: the more cautious reading. */
function combine(a: RiskLevel, b: RiskLevel): RiskLevel {
  return LEVELS[Math.ceil((rank(a) + rank(b)) / 2)] ?? 'high';
}

/** Intrinsic risk: complexity × criticality. */
export function intrinsicRisk(complexity: RiskLevel, criticality: RiskLevel): RiskLevel {
  return combine(complexity, criticality);
}

/**
 * Compliance risk suggested from the deficiencies: any critical, or six or more majors, is high (a
 * pattern of majors can amount to a systemic failure, DOMAIN.md 3.1); any major is medium; otherwise low.
 */
export function suggestedComplianceRisk(classifications: readonly Classification[]): RiskLevel {
  const critical = classifications.filter((c) => c === 'critical').length;
  const major = classifications.filter((c) => c === 'major').length;
  if (critical > 0 || major >= 6) return 'high';
  if (major > 0) return 'medium';
  return 'low';
}

/** The relative risk rating: intrinsic × compliance. */
export function relativeRiskRating(intrinsic: RiskLevel, compliance: RiskLevel): RiskLevel {
  return combine(intrinsic, compliance);
}

/** The inspection interval the rating suggests, in months (shorter for higher risk). */
export const SUGGESTED_INTERVAL_MONTHS: Readonly<Record<RiskLevel, number>> = {
  low: 36,
  medium: 24,
  high: 12,
};
