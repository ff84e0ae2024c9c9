import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../analysis/bidi-controls';

describe('withoutBidiControls', () => {
  it('removes every bidirectional formatting character', () => {
    const controls = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
    controls.push('\u2066', '\u2067', '\u2068', '\u2069');
    expect(withoutBidiControls(`Ma${controls.join('')}yor`)).toBe('Mayor');
    expect(withoutBidiControls('\u202Egnp.exe\u202C Report')).toBe('gnp.exe Report');
  });

  it('keeps right-to-left text and every other character as they are', () => {
    const text = 'رئيس البلدية إيلينا فاسكيز — שלום, 3,200 homes: “Zoë” \u200B\u00A0';
    expect(withoutBidiControls(text)).toBe(text);
  });
});
