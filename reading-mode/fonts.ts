import type { Font } from '../settings/reader-settings';
import { loadPart } from './parts';

/**
 * A page's @font-face applies to every shadow root of its document, reading mode's included: a face
 * the page declares under a family name reading mode uses draws reading mode's text (and, with
 * `size-adjust`, its column), and loads from the page's choice of address. So reading mode names no
 * family a page can claim: generic families (`serif`, `system-ui`, `monospace`), which @font-face
 * cannot answer, and faces of its own under names drawn at random for each reading, declared from
 * data (the bundled face's bytes, the system's fonts by `local()` name) rather than from a URL, so no
 * extension address reaches the page either.
 */

export interface FaceStyle {
  weight: '400' | '700';
  style: 'normal' | 'italic';
}

/**
 * The serif faces a reader's system may have, best first, by the full or PostScript names `local()`
 * matches: Charter (macOS; Bitstream Charter on Linux), Sitka Text and Cambria (Windows), Georgia
 * (Windows and macOS). Where none is installed, the generic `serif` after it in the stack answers.
 */
const SERIF_FACES: (FaceStyle & { names: string[] })[] = [
  {
    weight: '400',
    style: 'normal',
    names: ['Charter Roman', 'Charter-Roman', 'Bitstream Charter', 'Sitka Text', 'Cambria', 'Georgia'],
  },
  {
    weight: '400',
    style: 'italic',
    names: [
      'Charter Italic',
      'Charter-Italic',
      'Bitstream Charter Italic',
      'Sitka Text Italic',
      'Cambria Italic',
      'Georgia Italic',
    ],
  },
  {
    weight: '700',
    style: 'normal',
    names: [
      'Charter Bold',
      'Charter-Bold',
      'Bitstream Charter Bold',
      'Sitka Text Bold',
      'Cambria Bold',
      'Georgia Bold',
    ],
  },
  {
    weight: '700',
    style: 'italic',
    names: [
      'Charter Bold Italic',
      'Charter-BoldItalic',
      'Bitstream Charter Bold Italic',
      'Sitka Text Bold Italic',
      'Cambria Bold Italic',
      'Georgia Bold Italic',
    ],
  },
];

/** The fonts of one reading: the CSS stack for each choice, and the faces it has put into the page. */
export interface ReaderFonts {
  stacks: Record<Font, string>;
  /** Puts the faces `font` needs into the page's document, once. */
  use: (font: Font) => void;
  /** Takes every face it put in out again. */
  release: () => void;
}

/** The bundled typeface's faces, as woff2 `data:` URLs. */
type LegibleFaces = readonly (FaceStyle & { data: string })[];

/**
 * Fonts for one reading of `document`, under family names no page can know beforehand. The bundled
 * typeface comes from `loadLegibleFaces` (by default its own part, loaded the first time a reader
 * chooses it); meanwhile its stack falls back to the system's sans-serif.
 */
export function readerFonts(
  document: Document,
  loadLegibleFaces: () => Promise<LegibleFaces> = () => loadPart('legible-faces'),
): ReaderFonts {
  const serif = randomFamily('serif');
  const legible = randomFamily('legible');
  const added: FontFace[] = [];
  const used = new Set<Font>();
  const fontSet = document.fonts as FontFaceSet | undefined;
  const FontFaceOfPage = document.defaultView?.FontFace;
  /** Counts releases, so faces that arrive after the reading ended stay out of the page. */
  let readings = 0;
  const add = (faces: FontFace[]): void => {
    for (const face of faces) {
      fontSet?.add(face);
      added.push(face);
    }
  };
  const addFaces = async (font: Font): Promise<void> => {
    if (!FontFaceOfPage) return;
    if (font === 'serif') {
      add(
        SERIF_FACES.map(
          ({ names, ...style }) =>
            new FontFaceOfPage(serif, names.map((name) => `local("${name}")`).join(', '), style),
        ),
      );
    }
    if (font === 'legible') {
      const reading = readings;
      const faces = await loadLegibleFaces();
      if (reading !== readings || !used.has(font)) return;
      add(faces.map(({ data, ...style }) => new FontFaceOfPage(legible, fontBytes(data), style)));
    }
  };
  return {
    stacks: {
      serif: `${serif}, serif`,
      sans: 'system-ui, sans-serif',
      legible: `${legible}, system-ui, sans-serif`,
    },
    use(font) {
      if (used.has(font) || !fontSet) return;
      used.add(font);
      // A face that cannot load leaves the stack's fallback in place: the text stays readable.
      addFaces(font).catch(() => used.delete(font));
    },
    release() {
      readings += 1;
      for (const face of added.splice(0)) fontSet?.delete(face);
      used.clear();
    },
  };
}

/** A family name of letters only, so it needs no quotes: `crux-serif-k3j…`, new for every reading. */
function randomFamily(kind: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `crux-${kind}-${[...random].map((value) => value.toString(36)).join('')}`;
}

/** The bytes of a `data:…;base64,` URL, as the bundler inlines a font file. */
function fontBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
