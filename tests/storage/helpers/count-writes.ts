// Counts rows the database actually receives (puts, adds, deletes) via a DBCore middleware: independent of repository counts.
import type { DBCore, DBCoreMutateRequest } from 'dexie'
import type { UnorderedDb } from '../../../src/storage/db.ts'

export interface WriteCounter {
  /** Rows written per table since the last reset. */
  byTable: Record<string, number>
  total(): number
  reset(): void
}

/** Installs a counter; call before the database is first used. */
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
