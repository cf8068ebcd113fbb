/**
 * From the runs of the three systems to the figures the sync benchmark reports: medians per phase,
 * throughput over the same payload for everyone (so ratios of throughput are ratios of time), the
 * engine's time split into local work and HTTP, and the targets of issue 9.
 */
import { summarise } from '../page/measure';
import type { HttpLedger, PhaseFigures, RequestKind } from './wire';

export type SystemName = 'engine' | 'raw' | 'pouchdb';

export interface SystemRun {
  push: PhaseFigures;
  pull: PhaseFigures;
}

export interface Payload {
  changes: number;
  /** The changes as JSON, as the push bodies carry them. */
  changeBytes: number;
  photos: number;
  photoBytes: number;
}

export interface PhaseSummary {
  medianMs: number;
  samplesMs: number[];
  /** Payload (changes JSON + photo bytes) per second, MB = 10^6 bytes. */
  mbPerSecond: number;
  changesPerSecond: number;
  wireUpMB: number;
  wireDownMB: number;
  /** The client's own work: wall time minus time with a request in flight (median over runs). */
  localMs: number;
  /** Wall time with a request in flight. */
  httpMs: number;
  serverMs: number;
  /** Summed per request kind; with overlapping requests (PouchDB) the sum exceeds httpMs. */
  httpByKindMs: Record<RequestKind, number>;
  requests: Record<RequestKind, number>;
}

export interface SystemSummary {
  push: PhaseSummary;
  pull: PhaseSummary;
  total: { medianMs: number; samplesMs: number[]; mbPerSecond: number; changesPerSecond: number };
}

const MB = 1e6;
const median = (values: readonly number[]) => summarise(values).median;

function medianLedger(ledgers: readonly HttpLedger[], field: 'ms' | 'count'): Record<RequestKind, number> {
  const kinds: RequestKind[] = ['push', 'pull', 'upload', 'download', 'other'];
  return Object.fromEntries(
    kinds.map((kind) => [kind, median(ledgers.map((ledger) => ledger[field][kind]))]),
  ) as Record<RequestKind, number>;
}

function summarisePhase(phases: readonly PhaseFigures[], payload: Payload): PhaseSummary {
  const samplesMs = phases.map((phase) => phase.ms);
  const medianMs = median(samplesMs);
  const bytes = payload.changeBytes + payload.photoBytes;
  return {
    medianMs,
    samplesMs,
    mbPerSecond: bytes / MB / (medianMs / 1000),
    changesPerSecond: payload.changes / (medianMs / 1000),
    wireUpMB: median(phases.map((phase) => phase.wire.up)) / MB,
    wireDownMB: median(phases.map((phase) => phase.wire.down)) / MB,
    localMs: median(phases.map((phase) => phase.ms - phase.http.busyMs)),
    httpMs: median(phases.map((phase) => phase.http.busyMs)),
    serverMs: median(phases.map((phase) => phase.serverMs)),
    httpByKindMs: medianLedger(
      phases.map((phase) => phase.http),
      'ms',
    ),
    requests: medianLedger(
      phases.map((phase) => phase.http),
      'count',
    ),
  };
}

export function summariseSystem(runs: readonly SystemRun[], payload: Payload): SystemSummary {
  const totals = runs.map((run) => run.push.ms + run.pull.ms);
  const totalMs = median(totals);
  return {
    push: summarisePhase(
      runs.map((run) => run.push),
      payload,
    ),
    pull: summarisePhase(
      runs.map((run) => run.pull),
      payload,
    ),
    total: {
      medianMs: totalMs,
      samplesMs: totals,
      // The payload crosses the wire twice: up, then down.
      mbPerSecond: (2 * (payload.changeBytes + payload.photoBytes)) / MB / (totalMs / 1000),
      changesPerSecond: (2 * payload.changes) / (totalMs / 1000),
    },
  };
}

export interface Verdicts {
  /** Engine throughput over raw HTTP's (≥ 0.8 wanted), per phase and overall. */
  ofRaw: { push: number; pull: number; total: number };
  /** PouchDB's time over the engine's (> 1 wanted: the engine is faster). */
  pouchOverEngine: { push: number; pull: number; total: number };
  rawTargetMet: boolean;
  pouchTargetMet: boolean;
}

export function verdicts(summaries: Record<SystemName, SystemSummary>): Verdicts {
  const { engine, raw, pouchdb } = summaries;
  const ofRaw = {
    push: raw.push.medianMs / engine.push.medianMs,
    pull: raw.pull.medianMs / engine.pull.medianMs,
    total: raw.total.medianMs / engine.total.medianMs,
  };
  const pouchOverEngine = {
    push: pouchdb.push.medianMs / engine.push.medianMs,
    pull: pouchdb.pull.medianMs / engine.pull.medianMs,
    total: pouchdb.total.medianMs / engine.total.medianMs,
  };
  return { ofRaw, pouchOverEngine, rawTargetMet: ofRaw.total >= 0.8, pouchTargetMet: pouchOverEngine.total > 1 };
}

const LABELS: Record<SystemName, string> = {
  engine: 'Workbench sync engine (gateway)',
  raw: 'Raw HTTP (same bytes, no logic)',
  pouchdb: 'PouchDB → express-pouchdb',
};

/** One row per system and phase, as console.table shows them. */
export function tableRows(summaries: Record<SystemName, SystemSummary>) {
  return (Object.keys(LABELS) as SystemName[]).flatMap((system) => {
    const summary = summaries[system];
    const phaseRow = (phase: 'push' | 'pull') => ({
      system: LABELS[system],
      phase,
      'median ms': Math.round(summary[phase].medianMs),
      'MB/s': summary[phase].mbPerSecond.toFixed(1),
      'changes/s': Math.round(summary[phase].changesPerSecond),
      'wire up MB': summary[phase].wireUpMB.toFixed(1),
      'wire down MB': summary[phase].wireDownMB.toFixed(1),
      'client local ms': Math.round(summary[phase].localMs),
      'HTTP ms': Math.round(summary[phase].httpMs),
      'server ms': Math.round(summary[phase].serverMs),
    });
    return [
      phaseRow('push'),
      phaseRow('pull'),
      {
        system: LABELS[system],
        phase: 'push + pull',
        'median ms': Math.round(summary.total.medianMs),
        'MB/s': summary.total.mbPerSecond.toFixed(1),
        'changes/s': Math.round(summary.total.changesPerSecond),
      },
    ];
  });
}
