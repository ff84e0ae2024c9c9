import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAMPLE_STORY as story } from '../tests/unit-helpers/sample-story';
import { forgetStory, loadStory, saveStory } from './story-cache';

describe('story cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the facts of an article but not its text or HTML', () => {
    expect(story.article).not.toHaveProperty('text');
    expect(story.article).not.toHaveProperty('html');
    expect(story.article.title).toBe('A story');
  });

  it('gives back the story of the same tab and page', async () => {
    await saveStory(7, story);
    expect(await loadStory(7, story.url)).toEqual(story);
    expect(await loadStory(7, undefined)).toEqual(story);
  });

  it('gives nothing for another page in the tab, or another tab', async () => {
    await saveStory(7, story);
    expect(await loadStory(7, 'https://ledger.example/another-story')).toBeNull();
    expect(await loadStory(8, story.url)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    await saveStory(7, story);
    await forgetStory(7);
    expect(await loadStory(7, story.url)).toBeNull();
  });
});
