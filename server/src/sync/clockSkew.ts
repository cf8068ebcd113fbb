/**
 * Clock skew (SECURITY.md C4, MHRA ALCOA+ "contemporaneous"): a device's clock cannot be trusted, so
 * each push says what the device's clock read when it was sent, and the gateway compares that with its
 * own receipt time. Device time and receipt time are both kept with every change.
 *
 * A change recorded long ago offline is not skew: only the clock reading at sending is compared. But a
 * change stamped later than the gateway's receipt was recorded by a clock that ran ahead (even if it
 * has been put right since), so that flags the change too, with how far ahead it was at least.
 */
export interface ClockSkew {
  /** Device clock minus gateway clock, in milliseconds (positive: the device runs ahead). */
  skewMs: number;
  flagged: boolean;
}

export function measureClockSkew(sentAt: string, deviceAt: string, receivedAt: Date, thresholdMs: number): ClockSkew {
  const atSending = Date.parse(sentAt) - receivedAt.getTime();
  if (Math.abs(atSending) > thresholdMs) return { skewMs: atSending, flagged: true };
  const recordedAhead = Date.parse(deviceAt) - receivedAt.getTime();
  if (recordedAhead > thresholdMs) return { skewMs: recordedAhead, flagged: true };
  return { skewMs: atSending, flagged: false };
}
