import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import type { MessageName } from '../../ui/i18n';

/** For unit tests: answers `browser.i18n.getMessage` from the English catalogue, as the browser would. */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (name: string, substitutions?: string | string[]) => {
      const entry = (english as Record<string, { message: string } | undefined>)[name as MessageName];
      const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      return (entry?.message ?? '').replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
    },
  );
}
