// @vitest-environment jsdom
// Loader messages and the new dataset's default name follow the page's language: an English
// page shows no Chinese chrome (the message texts carry both languages).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangProvider } from '../../src/state/lang';
import { MessageList } from '../../src/ui/message-list';
import { defaultTitle } from '../../src/views/import/confirm-panel';

afterEach(cleanup);

const MESSAGE = {
  code: 'report-place-inferred',
  file: 'seed.txt',
  zh: '文件 seed.txt 的地区“河南省/焦作市/示范区”由单位名称推断，请核对',
  en: 'seed.txt: region "河南省/焦作市/示范区" inferred from the unit name — please check',
};

describe('loader messages in the page language', () => {
  it('shows the English text alone on an English page', () => {
    render(
      <LangProvider lang="en">
        <MessageList messages={[MESSAGE]} kind="warning" />
      </LangProvider>,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe(MESSAGE.en);
    expect(item.getAttribute('data-code')).toBe('report-place-inferred');
  });

  it('shows the Chinese text alone on a Chinese page', () => {
    render(
      <LangProvider lang="zh">
        <MessageList messages={[MESSAGE]} kind="error" />
      </LangProvider>,
    );
    expect(screen.getByRole('listitem').textContent).toBe(MESSAGE.zh);
  });
});

describe("a new dataset's default name", () => {
  const day = new Date(2026, 2, 9);
  it('is 我的数据 in Chinese and My data in English, with the date', () => {
    expect(defaultTitle('zh', day)).toBe('我的数据 2026-03-09');
    expect(defaultTitle('en', day)).toBe('My data 2026-03-09');
  });
});
