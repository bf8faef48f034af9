// What a repository write did, row by row: the basis of "re-sending the same page changes zero rows".

export interface WriteCounts {
  added: number
  updated: number
  unchanged: number
}

/** WriteCounts plus rows deleted (restore in replace mode, coverage ranges absorbed, notices gone). */
export interface TableWriteCounts extends WriteCounts {
  removed: number
}

export function emptyCounts(): TableWriteCounts {
  return { added: 0, updated: 0, unchanged: 0, removed: 0 }
}

export function addCounts(a: TableWriteCounts, b: Partial<TableWriteCounts>): TableWriteCounts {
  return {
    added: a.added + (b.added ?? 0),
    updated: a.updated + (b.updated ?? 0),
    unchanged: a.unchanged + (b.unchanged ?? 0),
    removed: a.removed + (b.removed ?? 0),
  }
}

/** Rows actually written (put or deleted). */
export function rowsWritten(c: WriteCounts & { removed?: number }): number {
  return c.added + c.updated + (c.removed ?? 0)
}
