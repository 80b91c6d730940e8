// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyRememberedLang, rememberedLang, rememberLang } from '../../src/state/lang-memory';

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the remembered language', () => {
  it('opens a link without lang= in the remembered language and writes it into the address', () => {
    rememberLang('en');
    window.history.replaceState(null, '', '/?view=trends#x');
    const before = window.history.length;
    applyRememberedLang();
    expect(window.location.search).toBe('?view=trends&lang=en');
    expect(window.location.hash).toBe('#x');
    expect(window.history.length).toBe(before);
  });

  it('lets a link that names a language win', () => {
    rememberLang('en');
    window.history.replaceState(null, '', '/?lang=zh&view=quality');
    applyRememberedLang();
    expect(window.location.search).toBe('?lang=zh&view=quality');
  });

  it('leaves the address alone with nothing remembered, or Chinese (the default)', () => {
    window.history.replaceState(null, '', '/?view=compare');
    applyRememberedLang();
    expect(window.location.search).toBe('?view=compare');
    rememberLang('zh');
    applyRememberedLang();
    expect(window.location.search).toBe('?view=compare');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem('dashboard.lang', '<script>');
    expect(rememberedLang()).toBeNull();
  });
});
