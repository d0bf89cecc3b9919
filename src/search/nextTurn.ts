/**
 * A turn of the event loop. libsql frees a statement's native memory from a finalizer that runs on the
 * event loop, and a loop that only awaits settled promises never gives it one: loading 20,000
 * documents in one call grew the process by 1 GB (tursodatabase/libsql-js#153). Writes take one
 * between batches; so does anything else that writes in a loop, and long passes inside the app server
 * (reconciliation, segment merging), so its requests get a turn.
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
