// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeClobbering } from './clobbering';

describe('removeClobbering', () => {
  it('takes off names and ids that shadow a form’s or the document’s properties, and no others', () => {
    const { document } = new JSDOM(
      '<form id="survey"><input name="parentNode"><input id="submit"><input name="district"></form>' +
        '<img name="body" src="a.png"><img name="cookie"><p id="content">text</p>',
    ).window;
    removeClobbering(document);
    expect(document.querySelector('form')?.getAttribute('id')).toBe('survey');
    expect([...document.querySelectorAll('input')].map((input) => input.outerHTML)).toEqual([
      '<input>',
      '<input>',
      '<input name="district">',
    ]);
    expect([...document.querySelectorAll('img')].map((image) => image.outerHTML)).toEqual([
      '<img src="a.png">',
      '<img>',
    ]);
    expect(document.querySelector('p')?.getAttribute('id')).toBe('content');
  });
});
