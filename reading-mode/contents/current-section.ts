/**
 * The section in view: the index of the last heading whose top has passed `line`, or -1 above the first
 * heading. `headingTops` are in the article's order, measured from the same origin as `line`; a heading
 * not drawn yet is at `Infinity`.
 */
export function currentSection(headingTops: readonly number[], line: number): number {
  let current = -1;
  for (const [index, top] of headingTops.entries()) {
    if (top > line) break;
    current = index;
  }
  return current;
}
