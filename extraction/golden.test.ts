import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  expectedPath,
  extractFixture,
  extractionFixtureNames,
  readExpected,
} from '../tests/unit-helpers/extraction-golden';

/**
 * Golden regression test over every extraction fixture page: title, byline, date, site name and text
 * must stay as recorded. A change that moves them on purpose refreshes the files with
 * `npm run golden:extraction` and shows the difference in its commit.
 */
describe('extraction of the fixture pages', () => {
  const names = extractionFixtureNames();

  it('has fixture pages, each with its expected extraction', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
    for (const name of names) expect(existsSync(expectedPath(name)), name).toBe(true);
  });

  for (const name of names) {
    it(name, () => {
      expect(extractFixture(name)).toEqual(readExpected(name));
    });
  }
});
