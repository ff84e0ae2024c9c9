import { describe, expect, it } from 'vitest';
import { currentSection } from './current-section';

describe('currentSection', () => {
  const tops = [120, 900, 1600];

  it('is none while the first heading is still below the line', () => {
    expect(currentSection(tops, 100)).toBe(-1);
    expect(currentSection([], 100)).toBe(-1);
  });

  it('is the last heading whose top has reached the line', () => {
    expect(currentSection(tops, 120)).toBe(0);
    expect(currentSection(tops, 899)).toBe(0);
    expect(currentSection(tops, 900)).toBe(1);
    expect(currentSection([-3000, -1200, -40], 60)).toBe(2);
  });

  it('stops at a heading not drawn yet', () => {
    expect(currentSection([-500, Infinity, Infinity], 60)).toBe(0);
  });
});
