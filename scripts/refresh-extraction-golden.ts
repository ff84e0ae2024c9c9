import {
  extractFixture,
  extractionFixtureNames,
  readExpected,
  writeExpected,
} from '../tests/unit-helpers/extraction-golden';

/**
 * Rewrites each extraction fixture's expected.json from what extraction gives now, and names the pages
 * that changed, so the change can be read in `git diff` before it is committed.
 */
const changed: string[] = [];
for (const name of extractionFixtureNames()) {
  const golden = extractFixture(name);
  if (JSON.stringify(golden) !== JSON.stringify(readExpected(name))) changed.push(name);
  writeExpected(name, golden);
}
console.log(changed.length ? `changed: ${changed.join(', ')}` : 'no fixture page changed');
