/**
 * What every route needs, built once by buildApp: the database, the token key, the settings, the clock,
 * where photo bytes are kept, and the running hashes of uploads in progress on this instance.
 */
import type { AgencyRole } from '../../shared/sync/protocol';
import type { GatewaySettings } from './config';
import type { Sql } from './db/database';
import type { BlobStore } from './blobs/blobStore';
import type { UploadDigests } from './blobs/uploadDigests';

export interface GatewayContext {
  sql: Sql;
  signingSecret: Uint8Array;
  settings: GatewaySettings;
  now(): Date;
  blobStore: BlobStore;
  uploadDigests: UploadDigests;
}

/** The signed-in caller, set on the request by the authentication hook. */
export interface AuthContext {
  user: { id: string; username: string; name: string; initials: string; agencyRole: AgencyRole };
  /** The device the access token was issued to. */
  deviceId: string;
}
