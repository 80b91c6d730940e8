// The presentation deck's rules without a page: keys → slide, clamping, the spoken counter and
// where the 16:9 stage sits in a window.
import { describe, expect, it } from 'vitest';
import {
  shownSlide,
  slideAnnouncement,
  slideKeyAction,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  stageGeometry,
  stagePixelRatio,
} from '../../../src/views/present/slides';

describe('slide keys', () => {
  const at = (key: string, index: number, extra = {}) =>
    slideKeyAction({ key, ...extra }, index, 9);

  it('→ ↓ PageDown Space go forward; ← ↑ PageUp Shift+Space go back', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
      expect(at(key, 2)).toEqual({ kind: 'go', index: 3 });
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
      expect(at(key, 2)).toEqual({ kind: 'go', index: 1 });
    }
    expect(at(' ', 2, { shiftKey: true })).toEqual({ kind: 'go', index: 1 });
  });

  it('Home and End jump; nothing moves past either end', () => {
    expect(at('End', 2)).toEqual({ kind: 'go', index: 8 });
    expect(at('Home', 2)).toEqual({ kind: 'go', index: 0 });
    expect(at('ArrowRight', 8)).toBeNull();
    expect(at('ArrowLeft', 0)).toBeNull();
    expect(at('Home', 0)).toBeNull();
  });

  it('Esc exits; modified keys and other keys are left to the browser', () => {
    expect(at('Escape', 4)).toEqual({ kind: 'exit' });
    expect(at('ArrowLeft', 4, { altKey: true })).toBeNull();
    expect(at('ArrowRight', 4, { ctrlKey: true })).toBeNull();
    expect(at('PageDown', 4, { metaKey: true })).toBeNull();
    expect(at('a', 4)).toBeNull();
    expect(at('Tab', 4)).toBeNull();
  });
});

describe('slide number and counter', () => {
  it('a slide beyond the deck shows the last one (slides appear as data loads)', () => {
    expect(shownSlide(2, 9)).toBe(2);
    expect(shownSlide(20, 9)).toBe(8);
    expect(shownSlide(3, 1)).toBe(0);
    expect(shownSlide(-1, 9)).toBe(0);
  });

  it('is spoken 1-based in both languages', () => {
    expect(slideAnnouncement(2, 9, 'zh')).toBe('第 3 页，共 9 页');
    expect(slideAnnouncement(2, 9, 'en')).toBe('Slide 3 of 9');
  });
});

describe('the 16:9 stage in a window', () => {
  it('fills a 16:9 window exactly', () => {
    const g = stageGeometry(1920, 1080);
    expect(g.zoom).toBeCloseTo(1920 / STAGE_WIDTH);
    expect(g.x).toBeCloseTo(0);
    expect(g.y).toBeCloseTo(0);
  });

  it('is letterboxed in a tall window and pillarboxed in a wide one, centred', () => {
    const tall = stageGeometry(1000, 900);
    expect(tall.zoom * STAGE_WIDTH).toBeCloseTo(1000);
    expect(tall.x).toBeCloseTo(0);
    expect(tall.y * tall.zoom * 2 + STAGE_HEIGHT * tall.zoom).toBeCloseTo(900);
    const wide = stageGeometry(2560, 1080);
    expect(wide.zoom * STAGE_HEIGHT).toBeCloseTo(1080);
    expect(wide.x * wide.zoom * 2 + STAGE_WIDTH * wide.zoom).toBeCloseTo(2560);
    expect(wide.y).toBeCloseTo(0);
  });

  it('draws charts with enough pixels for the zoom, within a cap', () => {
    expect(stagePixelRatio(1.71, 1)).toBe(2);
    expect(stagePixelRatio(1, 1)).toBe(1);
    expect(stagePixelRatio(0.5, 1)).toBe(1);
    expect(stagePixelRatio(1.71, 2)).toBe(3.5);
    expect(stagePixelRatio(3, 2)).toBe(4);
  });
});
