// On load: read the active tab's title, and whether it is private, by injecting a file (needs the
// activeTab grant of the toolbar click).
const api = globalThis.browser ?? globalThis.chrome;

async function activeTabId() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab.id;
}

async function readTitle() {
  const status = document.getElementById('status');
  try {
    const tabId = await activeTabId();
    const [res] = await api.scripting.executeScript({ target: { tabId }, files: ['/content.js'] });
    document.getElementById('title').textContent = String(res.result.title);
    document.getElementById('private').textContent = String(res.result.private);
    status.textContent = 'ok';
  } catch (err) {
    status.textContent = 'error: ' + (err && err.message ? err.message : String(err));
  }
}

document.getElementById('inject').addEventListener('click', async () => {
  const tabId = await activeTabId();
  await api.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
  document.getElementById('clicked').textContent = 'injected';
});

readTitle();
