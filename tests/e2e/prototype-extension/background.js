// Keyboard shortcut handler: commands grant activeTab too, so this can inject into the active tab.
const api = globalThis.browser ?? globalThis.chrome;

// The tab comes with the command: in a private window too, whichever window the browser deems current.
api.commands.onCommand.addListener(async (command, tab) => {
  await api.storage.local.set({ lastCommand: command, lastCommandAt: Date.now() });
  if (command === 'toggle-reader' && tab && tab.id !== undefined) {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
  }
});
