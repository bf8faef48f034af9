// Selector helpers for parsers: try ordered alternatives, note which one matched, and log what is missing.
import type { HtmlElement } from './html.ts'
import type { ParseIssue } from './parse-result.ts'

/** One element found by a selector site, with the index of the alternative that found it (0 = newest). */
export interface Match {
  element: HtmlElement
  variant: number
}

/** Every element found by the first alternative that found any. */
export interface Matches {
  elements: HtmlElement[]
  variant: number
}

/**
 * Collects a parser's issues without duplicates (a page of ten cards records `{site, variant}` once) and
 * tracks completeness: any required field that is missing makes the result incomplete.
 */
export class IssueLog {
  readonly issues: ParseIssue[] = []
  complete = true
  private readonly seen = new Set<string>()

  add(issue: ParseIssue): void {
    const key = 'variant' in issue ? `${issue.site}\u0000${issue.variant}` : 'miss' in issue ? `${issue.site}\u0000miss` : `${issue.field}\u0001${issue.problem}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.issues.push(issue)
  }
  /** Records that `site` matched alternative `variant`. */
  hit(site: string, variant: number): void {
    this.add({ site, variant })
  }
  /** Records that no alternative of `site` matched. */
  miss(site: string): void {
    this.add({ site, miss: true })
  }
  /** Records an unreadable field; `required` fields also make the result incomplete. */
  problem(field: string, problem: string, required = true): void {
    this.add({ field, problem })
    if (required) this.complete = false
  }
}

/**
 * The first element matched by the first alternative that matches anything under `root`, with its index.
 * Records `{site, variant}` or `{site, miss}` in `log` when given.
 */
export function firstMatch(root: HtmlElement, variants: readonly string[], site: string, log?: IssueLog): Match | undefined {
  for (let i = 0; i < variants.length; i++) {
    const element = root.query(variants[i]!)
    if (element) {
      log?.hit(site, i)
      return { element, variant: i }
    }
  }
  log?.miss(site)
  return undefined
}

/** All elements of the first alternative that matches anything (an empty list records a miss). */
export function allMatches(root: HtmlElement, variants: readonly string[], site: string, log?: IssueLog): Matches {
  for (let i = 0; i < variants.length; i++) {
    const elements = root.queryAll(variants[i]!)
    if (elements.length > 0) {
      log?.hit(site, i)
      return { elements, variant: i }
    }
  }
  log?.miss(site)
  return { elements: [], variant: -1 }
}

/** A required field: a miss also records `{field: site, problem: 'missing'}` and marks the result incomplete. */
export function required(root: HtmlElement, variants: readonly string[], site: string, log: IssueLog): Match | undefined {
  const m = firstMatch(root, variants, site, log)
  if (!m) log.problem(site, 'missing')
  return m
}

/** An optional field: a miss is recorded as a miss only; completeness is unaffected. */
export function optional(root: HtmlElement, variants: readonly string[], site: string, log: IssueLog): Match | undefined {
  return firstMatch(root, variants, site, log)
}

/** The first alternative that matches `element` itself (for classifying an element already found). */
export function matchingVariant(element: HtmlElement, variants: readonly string[]): number {
  for (let i = 0; i < variants.length; i++) if (element.matches(variants[i]!)) return i
  return -1
}
