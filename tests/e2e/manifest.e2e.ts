/**
 * Least privilege, checked on the built manifests: no permission beyond those README lists and
 * justifies, no host permission, no static content script, no content security policy weaker than
 * the browser's default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const BUILDS = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
}

/** The permissions README's "Permissions, and why" table names, each with its reason. */
function readmePermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions, and why'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| ---')));
  return [...table.matchAll(/^\|\s*`([a-zA-Z]+)`\s*\|\s*\S.*\|$/gm)].map((match) => match[1] ?? '');
}

describe.each(Object.entries(BUILDS))('the %s build', (_, folder) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, folder, 'manifest.json'), 'utf8')) as Manifest;

  it('asks only for the permissions README justifies', () => {
    const justified = readmePermissions();
    expect(justified).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
      expect(justified).toContain(permission);
    }
  });

  it('has no host permission and no static content script', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const permission of manifest.permissions ?? []) expect(permission).not.toMatch(/[:/*]|<all_urls>/);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('declares no web-accessible resource, which a page could probe for to learn Crux is installed', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('keeps the default content security policy or a stricter one', () => {
    const policy = manifest.content_security_policy?.extension_pages;
    if (policy === undefined) return;
    expect(policy).toMatch(/script-src 'self'(;|$| 'wasm-unsafe-eval')/);
    expect(policy).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|\*/);
  });
});
