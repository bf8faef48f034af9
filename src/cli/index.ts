// `npm run -s unordered -- <command>`: the Node command line over core and amazon.
import { readFileSync } from 'node:fs'

export interface Command {
  summary: string
  usage: string
  /** Returns the process exit code. */
  run: (args: string[]) => Promise<number> | number
}

// Each command lives in its own file under commands/ and is listed here.
const COMMANDS: Record<string, () => Promise<Command>> = {
  audit: async () => (await import('./commands/audit.ts')).audit,
  import: async () => (await import('./commands/import.ts')).importCommand,
  inspect: async () => (await import('./commands/inspect.ts')).inspect,
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
}

async function help(): Promise<string> {
  const lines = ['Unordered — audit Amazon orders against the parcels you received.', '', 'Usage: npm run -s unordered -- <command> [options]', '', 'Commands:']
  for (const name of Object.keys(COMMANDS).sort()) lines.push(`  ${name.padEnd(10)}${(await COMMANDS[name]!()).summary}`)
  lines.push('', 'Options:', '  --help      show this help (or a command\'s help: <command> --help)', '  --version   print the version')
  return lines.join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help())
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    console.log(version())
    return 0
  }
  const load = COMMANDS[name]
  if (!load) {
    console.error(`unordered: unknown command "${name}". Run with --help to see the commands.`)
    return 2
  }
  const command = await load()
  if (rest.includes('--help')) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`)
    return 0
  }
  return command.run(rest)
}

process.exitCode = await main(process.argv.slice(2))
