// SQLite through @prisma/adapter-better-sqlite3 has ONE connection. The adapter keeps two transactions
// apart, but an ordinary query from another request, issued while a transaction waits between its
// statements, runs *inside* that transaction: it reads uncommitted rows and is undone by its rollback
// (a refused approval would silently undo someone's sign-in or save). This wrapper makes the connection
// exclusive: a transaction holds it from BEGIN to COMMIT/ROLLBACK, and every other statement waits.
// (PostgreSQL gives each transaction its own pooled connection and needs none of this.)
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

/** `setup` (e.g. PRAGMAs) runs once on the new connection before anything else uses it. */
export function exclusiveConnection(factory: SqlDriverAdapterFactory, setup?: string): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      if (setup) await adapter.executeScript(setup);
      return serialize(adapter);
    },
  };
}

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const mutex = new Mutex();
  async function locked<R>(run: () => Promise<R>): Promise<R> {
    const release = await mutex.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  }
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q: SqlQuery) => locked(() => adapter.queryRaw(q)),
    executeRaw: (q: SqlQuery) => locked(() => adapter.executeRaw(q)),
    executeScript: (script: string) => locked(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    startTransaction: async (isolationLevel) => {
      const release = await mutex.acquire();
      try {
        return holdUntilEnd(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

/** The transaction's own statements run freely; COMMIT or ROLLBACK hands the connection back. */
function holdUntilEnd(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return {
    options: tx.options,
    provider: tx.provider,
    adapterName: tx.adapterName,
    queryRaw: (q) => tx.queryRaw(q),
    executeRaw: (q) => tx.executeRaw(q),
    commit: end(() => tx.commit()),
    rollback: end(() => tx.rollback()),
    ...(tx.createSavepoint ? { createSavepoint: tx.createSavepoint.bind(tx) } : {}),
    ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: tx.rollbackToSavepoint.bind(tx) } : {}),
    ...(tx.releaseSavepoint ? { releaseSavepoint: tx.releaseSavepoint.bind(tx) } : {}),
  };
}
