// Every node-environment test gets IndexedDB (fake-indexeddb) before Dexie loads, whatever it imports first.
import 'fake-indexeddb/auto';
