import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askToOpenSettingsPage, openSettingsOnRequest } from './settings-page';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the settings page from reading mode', () => {
  it('is opened by the background when Crux itself asks, and only then', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await askToOpenSettingsPage();
    const [request] = sent.mock.calls[0] ?? [];
    const ours = { id: fakeBrowser.runtime.id };
    expect(await openSettingsOnRequest({ type: 'crux:load-part', part: 'markdown' }, ours)).toBe(false);
    expect(await openSettingsOnRequest(request, { id: 'another-extension' })).toBe(false);
    expect(openOptionsPage).not.toHaveBeenCalled();
    expect(await openSettingsOnRequest(request, ours)).toBe(true);
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
