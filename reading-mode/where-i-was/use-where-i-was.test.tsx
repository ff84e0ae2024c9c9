// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepPosition } from '../../reader-data/reading-positions';
import { useMountPoint } from '../../tests/unit-helpers/mount-point';
import { useEnglishMessages } from '../../tests/unit-helpers/english-messages';
import { ContinueReading } from './ContinueReading';
import { addressKey } from '../../reader-data/article-key';
import { textKey } from './position';
import { useWhereIWas } from './use-where-i-was';

const ADDRESS = 'https://news.example/long-read';
const TEXT = 'First paragraph.\n\nSecond paragraph.';

const mountPoint = useMountPoint();

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

/** Reading mode's scroller with an article, and the offer under test, as ReaderView wires them. */
function Reader({ text, privateWindow }: { text: string; privateWindow: boolean }) {
  const scroller = document.createElement('div');
  const whereIWas = useWhereIWas({
    url: `${ADDRESS}#section-2`,
    text,
    scroller: () => scroller,
    body: () => null,
    coveredTop: () => 0,
    finishDrawing: () => undefined,
    privateWindow,
  });
  return <ContinueReading whereIWas={whereIWas} />;
}

/** Renders the reader and lets the stored position arrive. */
async function open(text: string, privateWindow = false): Promise<void> {
  act(() => render(<Reader text={text} privateWindow={privateWindow} />, mountPoint()));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

const offer = (): string | null =>
  mountPoint().querySelector('[data-testid="continue-reading"]')?.textContent ?? null;

describe('where I was', () => {
  it('offers to continue an article read before, at the same address and with the same text', async () => {
    await keepPosition(addressKey(ADDRESS), textKey(TEXT), 4);
    await open(TEXT);
    expect(offer()).toContain('Continue where you left off');
  });

  it('offers nothing for an article never read, one whose text changed, or one read at its start', async () => {
    await open(TEXT);
    expect(offer()).toBeNull();
    await keepPosition(addressKey(ADDRESS), textKey('An older version.'), 4);
    await open(TEXT);
    expect(offer()).toBeNull();
    await keepPosition(addressKey(ADDRESS), textKey(TEXT), 0);
    await open(TEXT);
    expect(offer()).toBeNull();
  });

  it('offers nothing in a private window, even for an article read in a normal one', async () => {
    await keepPosition(addressKey(ADDRESS), textKey(TEXT), 4);
    await open(TEXT, true);
    expect(offer()).toBeNull();
  });

  it('hides the offer when the reader says not now', async () => {
    await keepPosition(addressKey(ADDRESS), textKey(TEXT), 4);
    await open(TEXT);
    const notNow = [...mountPoint().querySelectorAll('button')].find(
      (button) => button.textContent === 'Not now',
    );
    act(() => notNow?.click());
    expect(offer()).toBeNull();
  });
});
