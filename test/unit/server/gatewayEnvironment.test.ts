import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../server/src/config';

describe('the gateway’s photo directory setting', () => {
  it('keeps photos beside the embedded database by default', () => {
    expect(readEnvironment({}, '/srv/gw').photoDir).toBe('/srv/gw/.data/gateway/photos');
    expect(readEnvironment({ DATA_DIR: 'state' }, '/srv/gw').photoDir).toBe('/srv/gw/state/photos');
  });

  it('keeps photos in PostgreSQL unless a photo directory is named', () => {
    expect(readEnvironment({ DATABASE_URL: 'postgres://gw@db/gw' }, '/srv/gw').photoDir).toBeNull();
    expect(
      readEnvironment({ DATABASE_URL: 'postgres://gw@db/gw', GATEWAY_PHOTO_DIR: '/mnt/photos' }, '/srv/gw').photoDir,
    ).toBe('/mnt/photos');
  });
});
