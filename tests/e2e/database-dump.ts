// Source text that dumps an IndexedDB database from inside an extension page, worker or event page.

export interface DatabaseDump {
  name: string
  version: number
  /** rows per object store, in primary-key order */
  tables: Record<string, unknown[]>
  /** requested tables the database does not have */
  missing: string[]
}

// A plain string, not Function#toString(): test transpilers add helpers (`__name`) that do not
// exist in the browser. Opening without a version never upgrades: a database that does not exist
// yet triggers `upgradeneeded`, which we abort, so the dump is `null` and nothing is created.
const DUMP_SOURCE = `async (name, only) => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open(name)
    req.onupgradeneeded = () => req.transaction.abort()
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => resolve(null)
  })
  if (!db) return null
  try {
    const stores = [...db.objectStoreNames]
    const wanted = only ? only.filter((t) => stores.includes(t)) : stores
    const missing = only ? only.filter((t) => !stores.includes(t)) : []
    const tables = {}
    if (wanted.length) {
      const tx = db.transaction(wanted, 'readonly')
      await Promise.all(wanted.map((t) => new Promise((resolve, reject) => {
        const req = tx.objectStore(t).getAll()
        req.onsuccess = () => { tables[t] = req.result; resolve() }
        req.onerror = () => reject(req.error)
      })))
    }
    return JSON.parse(JSON.stringify({ name: db.name, version: db.version, tables, missing }))
  } finally {
    db.close()
  }
}`

/** An expression that evaluates to a promise of the dump (or `null` when the database does not exist). */
export function dumpDatabaseExpression(name = 'unordered', tables?: readonly string[]): string {
  return `(${DUMP_SOURCE})(${JSON.stringify(name)}, ${tables ? JSON.stringify(tables) : 'null'})`
}
