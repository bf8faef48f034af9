// `import FILE`: reads Amazon's order-history export (zip or CSV) and prints the ledger it yields as JSON.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { importDataExport } from '../../amazon/data-export/index.ts'
import type { Command } from '../index.ts'

function readBytes(file: string): Uint8Array | string {
  try {
    return new Uint8Array(readFileSync(file))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file} (${code ?? String(e)})`
  }
}

async function run(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'))
  if (files.length !== 1) {
    console.error(`unordered import: expected exactly one FILE.\nUsage: ${importCommand.usage}`)
    return 2
  }
  const file = files[0]!
  const bytes = readBytes(file)
  if (typeof bytes === 'string') {
    console.error(`unordered import: ${bytes}`)
    return 2
  }
  const result = importDataExport(bytes, basename(file))
  if (!result.ok) {
    console.error(`unordered import: ${file}: ${result.error}`)
    return 2
  }
  console.log(JSON.stringify({ orders: result.orders, coverage: result.coverage, issues: result.issues }, null, 2))
  return 0
}

export const importCommand: Command = {
  summary: "Import Amazon's \"Your Orders\" data export (zip, Retail.OrderHistory.*.csv or Order History.csv) and print the ledger as JSON.",
  usage: 'npm run -s unordered -- import FILE',
  run,
}
