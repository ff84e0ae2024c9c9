import { sha256Hex } from './sha256';

/**
 * The key what Crux keeps of an article (where the reader was, their highlights) is kept under: a hash
 * of its address without the fragment, so a jump inside the page is the same article.
 */
export function addressKey(address: string): string {
  return sha256Hex(withoutFragment(address));
}

/** The address without its fragment: the article a jump inside the page still is. */
export function withoutFragment(address: string): string {
  return address.split('#')[0] ?? address;
}
