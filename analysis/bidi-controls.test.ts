import { describe, it, expect } from 'vitest';
import { withoutBidiControls } from './bidi-controls';

describe('withoutBidiControls', () => {
  it('drops every bidirectional mark, embedding, override and isolate', () => {
    const controls = [
      0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
    ];
    for (const control of controls) {
      expect(withoutBidiControls(`Paul${String.fromCodePoint(control)} Smith`)).toBe('Paul Smith');
    }
  });

  it('leaves right-to-left text and other invisible characters as they are', () => {
    expect(withoutBidiControls('قالت الحكومة')).toBe('قالت الحكومة');
    // A zero-width joiner shapes letters and a no-break space holds words together: neither reorders text.
    expect(withoutBidiControls('a\u200db\u00a0c')).toBe('a\u200db\u00a0c');
  });
});
