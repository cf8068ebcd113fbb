/** A device's chain held only in part (one inspection of several) verifies as far as it is held. */
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type Change } from '../../../shared/changes/change';
import { signChange, verifyChains, verifyHeldChain } from '../../../shared/changes/hashChain';
import { formatHlc } from '../../../shared/changes/hlc';

function chain(length: number): Change[] {
  const device = '01a21100-0000-7000-8000-00000000d0d0';
  const changes: Change[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const change = signChange({
      id: `01a21100-0000-7000-8000-${String(seq).padStart(12, '0')}`,
      inspectionId: null,
      entity: 'device',
      entityId: device,
      op: seq === 1 ? 'create' : 'update',
      fields: { label: `label ${seq}` },
      prior: {},
      base: {},
      actor: { userId: device, name: 'Tester' },
      device,
      seq,
      hlc: formatHlc({ wallMs: 1_700_000_000_000 + seq, counter: 0, node: device }),
      at: { utc: new Date(1_700_000_000_000 + seq).toISOString(), offsetMinutes: 0 },
      prevHash: previous,
    });
    previous = change.hash;
    changes.push(change);
  }
  return changes;
}

describe('a partly held chain', () => {
  it('verifies the held changes and counts those not held', () => {
    const all = chain(6);
    const held = [all[0]!, all[1]!, all[4]!, all[5]!];
    const report = verifyHeldChain(all[0]!.device, held);
    expect(report).toMatchObject({ ok: true, length: 4, notHeld: 2 });
    // The same set must be complete when it is the device's own chain.
    expect(verifyChains(held, new Set([all[0]!.device]))[0]?.ok).toBe(false);
  });

  it('still detects an altered held change and a broken link between held neighbours', () => {
    const all = chain(4);
    const altered = { ...all[2]!, fields: { label: 'forged' } };
    expect(verifyHeldChain(all[0]!.device, [all[0]!, altered, all[3]!]).ok).toBe(false);
    const { hash: _hash, ...unsigned } = all[3]!;
    const relinked = signChange({ ...unsigned, prevHash: GENESIS_HASH });
    expect(verifyHeldChain(all[0]!.device, [all[2]!, relinked]).ok).toBe(false);
  });
});
