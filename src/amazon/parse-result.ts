// What every Amazon parser returns: the value, the issues met on the way, and whether it is complete.

/**
 * One observation made while reading a page:
 * - `{ site, variant }`: selector site `site` matched its alternative number `variant` (0 = newest);
 * - `{ site, miss: true }`: no alternative of `site` matched;
 * - `{ field, problem }`: a field could not be read (`date-unparsed`, `money-unparsed`, `missing`, `parser-error`…).
 */
export type ParseIssue = { site: string; variant: number } | { site: string; miss: true } | { field: string; problem: string }

/** A parser's answer. `complete` is false whenever a required field is missing. */
export interface ParseResult<T> {
  value: T
  issues: ParseIssue[]
  complete: boolean
}

/** True for issues that say something is missing or unreadable (not mere variant records). */
export function isProblem(issue: ParseIssue): boolean {
  return 'miss' in issue || 'problem' in issue
}
