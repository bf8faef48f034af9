// Counts rows IndexedDB actually receives (puts, adds, deletes) through a Dexie DBCore middleware: the
// independent check behind "re-sending the same page changes zero rows" (tests, e2e, diagnostics).
import type { DBCore, DBCoreMutateRequest } from 'dexie'
import type { UnorderedDb } from './db.ts'

export interface WriteCounter {
  /** Rows written per table since the last reset. */
  byTable: Record<string, number>
  total(): number
  reset(): void
}

/** Installs a counter on a handle; call before the handle is first used (Dexie builds its stack on open). */
export function countWrites(db: UnorderedDb): WriteCounter {
  const counter: WriteCounter = {
    byTable: {},
    total: () => Object.values(counter.byTable).reduce((a, b) => a + b, 0),
    reset: () => { counter.byTable = {} },
  }
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const rows = req.type === 'deleteRange' ? 1 : req.type === 'delete' ? req.keys.length : req.values.length
            counter.byTable[name] = (counter.byTable[name] ?? 0) + rows
            return table.mutate(req)
          },
        }
      },
    }),
  })
  return counter
}
