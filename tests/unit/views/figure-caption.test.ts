import { describe, expect, it } from 'vitest';
import { latestPublished, readableLink } from '../../../src/views/shared/figure-caption';
import { makeReport } from '../../fixtures/reports';

describe('the link printed in a figure caption', () => {
  it('shows Chinese in the query as Chinese, so it can be read and typed from a printout', () => {
    const href =
      'http://x.test/?view=unit&unit=%E5%B9%B3%E6%BD%AD%E7%BB%BC%E5%90%88%E5%AE%9E%E9%AA%8C%E5%8C%BA&ind=completionRate';
    expect(readableLink(href)).toBe(
      'http://x.test/?view=unit&unit=平潭综合实验区&ind=completionRate',
    );
  });

  it('keeps escaped ASCII (& = space <) escaped, so the link still reproduces the view', () => {
    const href = 'http://x.test/?unit=%3Cimg%20src%3Dx%3E%26%E7%94%B2&lang=zh';
    expect(readableLink(href)).toBe('http://x.test/?unit=%3Cimg%20src%3Dx%3E%26甲&lang=zh');
  });

  it('leaves a broken escape as it is rather than failing', () => {
    expect(readableLink('http://x.test/?u=%E5%B9')).toBe('http://x.test/?u=%E5%B9');
  });
});

describe('数据截至 of a figure', () => {
  it('is the newest publication date among the reports of the years drawn', () => {
    const a = makeReport({ year: 2022 });
    a.source.published = '2023-01-20';
    const b = makeReport({ year: 2023 });
    b.source.published = '2024-01-31';
    expect(latestPublished([a, b], [2022])).toBe('2023-01-20');
    expect(latestPublished([a, b], [2022, 2023])).toBe('2024-01-31');
    expect(latestPublished([a], [2024])).toBeNull();
  });
});
