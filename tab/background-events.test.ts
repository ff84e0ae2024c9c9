import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onCommand } from './background-events';
import { TOGGLE_COMMAND } from './commands';

const toggleReader = vi.hoisted(() => vi.fn(async () => ({ readerOn: true })));
vi.mock('./reader-client', () => ({ toggleReader }));

describe('background events', () => {
  beforeEach(() => {
    toggleReader.mockClear();
  });

  it('toggles reading mode in the tab the shortcut was pressed on', async () => {
    await onCommand(TOGGLE_COMMAND, 12);
    expect(toggleReader).toHaveBeenCalledWith(12);
  });

  it('ignores other commands', async () => {
    await onCommand('something-else', 12);
    expect(toggleReader).not.toHaveBeenCalled();
  });
});
