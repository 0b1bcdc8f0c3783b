/**
 * Where a label goes: the first of its candidate spots that lies inside the
 * area and overlaps no label placed before it; if none does, the candidate
 * overlapping least, pushed inside the area. Pure, so it is tested in node
 * (place-label.test.ts) and drawn the same in the browser and in pictures.
 *
 *   placeLabel({ w: 80, h: 16 }, [{ x: 395, y: 10 }, { x: 309, y: 10 }], { left: 0, top: 0, right: 400, bottom: 300 }, [])
 *   // { x: 309, y: 10, w: 80, h: 16 }: right of the rule it would leave the plot, so it goes left
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const inside = (b: Box, area: Area) => b.x >= area.left && b.y >= area.top && b.x + b.w <= area.right && b.y + b.h <= area.bottom;

const clamp = (b: Box, area: Area): Box => ({
  ...b,
  x: Math.max(area.left, Math.min(b.x, area.right - b.w)),
  y: Math.max(area.top, Math.min(b.y, area.bottom - b.h)),
});

export function placeLabel(size: { w: number; h: number }, candidates: readonly { x: number; y: number }[], area: Area, placed: readonly Box[]): Box {
  const boxes = candidates.map((c) => ({ ...c, ...size }));
  const fits = boxes.find((b) => inside(b, area) && !placed.some((p) => overlaps(b, p)));
  if (fits) return fits;
  // Nothing fits as is: inside the area, the spot that collides with the fewest labels, then moved down past them.
  const clamped = boxes.map((b) => clamp(b, area));
  let best = clamped.reduce((a, b) => (placed.filter((p) => overlaps(b, p)).length < placed.filter((p) => overlaps(a, p)).length ? b : a));
  for (let guard = 0; guard < placed.length && placed.some((p) => overlaps(best, p)); guard++) {
    const hit = placed.find((p) => overlaps(best, p))!;
    const below = { ...best, y: hit.y + hit.h + 2 };
    if (below.y + below.h > area.bottom) break;
    best = below;
  }
  return best;
}
