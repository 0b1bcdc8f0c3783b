import { describe, expect, it } from 'vitest';
import { overlaps, placeLabel } from './place-label.ts';

const area = { left: 0, top: 0, right: 400, bottom: 300 };

describe('placeLabel', () => {
  it.each([
    ['right of a rule with room', 100, { x: 106, y: 10 }],
    ['left of a rule near the right edge', 390, { x: 304, y: 10 }],
  ])('puts a label %s', (_, at, expected) => {
    expect(placeLabel({ w: 80, h: 16 }, [{ x: at + 6, y: 10 }, { x: at - 86, y: 10 }], area, [])).toEqual({ ...expected, w: 80, h: 16 });
  });
  it('skips a spot another label holds', () => {
    const placed = [{ x: 100, y: 10, w: 80, h: 16 }];
    expect(placeLabel({ w: 80, h: 16 }, [{ x: 120, y: 12 }, { x: 120, y: 40 }], area, placed)).toEqual({ x: 120, y: 40, w: 80, h: 16 });
  });
  it('keeps a label that fits nowhere inside the area and moves it below the label it would cover', () => {
    const placed = [{ x: 0, y: 0, w: 400, h: 16 }];
    const box = placeLabel({ w: 500, h: 16 }, [{ x: -50, y: 0 }], area, placed);
    expect(box.x).toBe(0);
    expect(placed.some((p) => overlaps(p, box))).toBe(false);
    expect(box.y + box.h).toBeLessThanOrEqual(area.bottom);
  });
});
