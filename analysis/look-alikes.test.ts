import { describe, it, expect } from 'vitest';
import { latinSkeleton, mixesScripts, withLatinLookAlikes } from './look-alikes';

describe('look-alike letters', () => {
  it('reads Cyrillic and Greek letters that look Latin as Latin, one unit for one', () => {
    // "Раul" opens with a Cyrillic Р, "Маrу" has a Cyrillic М, а and у, "Ρaul" a Greek Ρ.
    expect(latinSkeleton('Раul Smith')).toBe('Paul Smith');
    expect(latinSkeleton('Маrу')).toBe('Mary');
    expect(latinSkeleton('Ρaul')).toBe('Paul');
    expect(latinSkeleton('Маrу').length).toBe('Маrу'.length);
  });

  it('leaves letters that look like no Latin letter as they are', () => {
    expect(latinSkeleton('Жил')).toBe('Жил');
    expect(latinSkeleton('ψηφίζω')).toBe('ψηφίζω');
  });

  it('tells a word that mixes scripts from one written in one script', () => {
    expect(mixesScripts('Раul')).toBe(true);
    expect(mixesScripts('Paul')).toBe(false);
    expect(mixesScripts('Павел')).toBe(false);
    expect(mixesScripts('Σωκράτης')).toBe(false);
  });

  it('shows only the words that mix scripts in their Latin form', () => {
    expect(withLatinLookAlikes('Раul Петров')).toBe('Paul Петров');
    expect(withLatinLookAlikes('Мария Иванова')).toBe('Мария Иванова');
  });
});
