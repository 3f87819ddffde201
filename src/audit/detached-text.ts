/**
 * V8 makes a substring of 13 characters or more (a CSV cell cut from a chunk of input, say) as a
 * view into its parent string, which it keeps alive: the shortest such substring holds a whole
 * 1 MB chunk of the file.
 */
const SHORTEST_VIEW = 13;

/**
 * A copy of `text` that shares no memory with any other string, for a value kept for the whole
 * of an audit (a case id remembered to refuse repeats, a team name in the summary, a cached CSV
 * cell). Kept as it came, a cell from a CSV event log keeps its chunk of the file in memory, and
 * long case ids then keep the whole file.
 * Text shorter than a view is returned as it is.
 *
 * @example
 * ```ts
 * seen.set(detachedText(caseId), lines); // holds only the case id, not the chunk it came from
 * ```
 */
export function detachedText(text: string): string {
  return text.length < SHORTEST_VIEW ? text : (JSON.parse(JSON.stringify(text)) as string);
}
