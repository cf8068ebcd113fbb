/**
 * The little of PouchDB and express-pouchdb the sync benchmark uses, typed here rather than through
 * @types/pouchdb-*, which describe PouchDB 6 and 7 and declare a global namespace.
 */
declare module 'pouchdb-core' {
  export interface Attachment {
    content_type: string;
    data: Uint8Array | string;
  }
  export interface Doc {
    _id: string;
    _attachments?: Record<string, Attachment>;
    [field: string]: unknown;
  }
  export interface DatabaseOptions {
    adapter?: string;
    fetch?: (url: string, init: RequestInit) => Promise<Response>;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    errors: unknown[];
  }
  export interface ReplicationOptions {
    batch_size?: number;
    batches_limit?: number;
  }
  export default class PouchDB {
    constructor(name: string, options?: DatabaseOptions);
    static plugin(plugin: PouchPlugin): typeof PouchDB;
    static defaults(options: DatabaseOptions): typeof PouchDB;
    bulkDocs(docs: readonly Doc[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<void>;
    replicate: {
      to(target: PouchDB, options?: ReplicationOptions): Promise<ReplicationResult>;
      from(source: PouchDB, options?: ReplicationOptions): Promise<ReplicationResult>;
    };
  }
  /** Plugins are opaque to the bench: it only hands them to PouchDB.plugin. */
  export interface PouchPlugin {
    readonly __pouchPlugin?: never;
  }
}

declare module 'pouchdb-adapter-memory' {
  import type { PouchPlugin } from 'pouchdb-core';
  const plugin: PouchPlugin;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  import type { PouchPlugin } from 'pouchdb-core';
  const plugin: PouchPlugin;
  export default plugin;
}

declare module 'pouchdb-replication' {
  import type { PouchPlugin } from 'pouchdb-core';
  const plugin: PouchPlugin;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type PouchDB from 'pouchdb-core';
  export interface ExpressPouchOptions {
    /** 'minimumForPouchDB': only the CouchDB API that PouchDB replication needs (no Fauxton, no auth). */
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    inMemoryConfig?: boolean;
    logPath?: string;
    configPath?: string;
  }
  export default function expressPouchdb(pouch: typeof PouchDB, options?: ExpressPouchOptions): RequestListener;
}
