/** How sync times and clock differences read on screen. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function describeSkew(skewMs: number): string {
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  const amount =
    minutes >= 120 ? `${Math.round(minutes / 60)} hours` : minutes >= 60 ? 'about an hour' : `${minutes} minutes`;
  return `This laptop’s clock is ${amount} ${skewMs > 0 ? 'ahead of' : 'behind'} the gateway’s.`;
}
