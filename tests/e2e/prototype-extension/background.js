// Keyboard shortcut handler: commands grant activeTab too, so this can inject into the active tab.
const api = globalThis.browser ?? globalThis.chrome;

api.commands.onCommand.addListener(async (command) => {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  await api.storage.local.set({ lastCommand: command, lastCommandAt: Date.now() });
  if (command === 'toggle-reader' && tab && tab.id !== undefined) {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
  }
});
