import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import german from '../public/_locales/de/messages.json';
import english from '../public/_locales/en/messages.json';
import spanish from '../public/_locales/es/messages.json';
import french from '../public/_locales/fr/messages.json';

type Catalogue = Record<string, { message: string; description?: string }>;

const CATALOGUES: Record<string, Catalogue> = { en: english, fr: french, de: german, es: spanish };

/** The Chrome Web Store refuses a manifest description longer than this. */
const MAX_DESCRIPTION_CHARACTERS = 132;

/** The substitutions a message takes: `$1`-style and named `$name$` placeholders, sorted. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\$(?:\d|[A-Za-z_][\w@]*\$)/g)].map((match) => match[0]).sort();
}

describe('the interface catalogues', () => {
  it.each(Object.keys(CATALOGUES))(
    '%s holds every English message, no other, with its placeholders',
    (lang) => {
      const catalogue = CATALOGUES[lang] ?? {};
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const [name, entry] of Object.entries(english as Catalogue)) {
        const translated = catalogue[name]?.message ?? '';
        expect(translated.trim(), `${lang} ${name}`).not.toBe('');
        expect(placeholders(translated), `${lang} ${name}`).toEqual(placeholders(entry.message));
      }
    },
  );

  it.each(Object.keys(CATALOGUES))(
    '%s names each message once: JSON keeps only the last of a repeated name',
    (lang) => {
      const source = readFileSync(
        new URL(`../public/_locales/${lang}/messages.json`, import.meta.url),
        'utf8',
      );
      const names = [...source.matchAll(/^ {2}"([^"]+)": \{/gmu)].map((match) => match[1]);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
      expect(names.length).toBe(Object.keys(CATALOGUES[lang] ?? {}).length);
    },
  );

  it.each(Object.keys(CATALOGUES))('%s describes the extension within the store limit', (lang) => {
    const description = CATALOGUES[lang]?.extensionDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARACTERS);
  });
});
