import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiguresSection } from './docs';

describe('writeFiguresSection', () => {
  it('adds a section, then replaces only that section', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crux-')), 'QUALITY.md');
    writeFileSync(path, '# Quality\n\nIntro.\n');
    writeFiguresSection(path, 'people', '| a |\n', '# Quality');
    writeFiguresSection(path, 'quotes', 'Q1', '# Quality');
    writeFiguresSection(path, 'people', '| b |', '# Quality');
    expect(readFileSync(path, 'utf8')).toBe(
      '# Quality\n\nIntro.\n\n<!-- bench:people -->\n| b |\n<!-- /bench:people -->\n\n<!-- bench:quotes -->\nQ1\n<!-- /bench:quotes -->\n',
    );
  });

  it('starts a missing file with its heading', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crux-')), 'NEW.md');
    writeFiguresSection(path, 'speed', 'S', '# Performance');
    expect(readFileSync(path, 'utf8')).toBe(
      '# Performance\n\n<!-- bench:speed -->\nS\n<!-- /bench:speed -->\n',
    );
  });
});
