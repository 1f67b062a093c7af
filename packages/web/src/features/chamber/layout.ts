/** A seat's centre in percent of the chamber's box (0–100 on both axes). */
export interface SeatPoint {
  readonly x: number;
  readonly y: number;
}

/** The horseshoe's geometry in percent of the chamber's box: a half circle on top and two straight legs. */
export interface HorseshoeShape {
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  /** How far the legs run down from the arc's centre line. */
  readonly leg: number;
}

/** The shape the chamber draws: arc centred at (50, 42), legs down to y = 88. */
export const HORSESHOE: HorseshoeShape = { cx: 50, cy: 42, rx: 40, ry: 34, leg: 46 };

/**
 * Spreads `n` seats evenly along the horseshoe, from the foot of the left leg, over the arc, to the
 * foot of the right leg. The length of the arc is approximated as a circle's of the mean radius, which
 * keeps the spacing visually even on this gentle ellipse.
 * @example seatPoints(15).length // 15
 */
export function seatPoints(n: number, shape: HorseshoeShape = HORSESHOE): SeatPoint[] {
  const arc = Math.PI * ((shape.rx + shape.ry) / 2);
  const total = arc + 2 * shape.leg;
  const points: SeatPoint[] = [];
  for (let i = 0; i < n; i++) {
    const s = ((i + 0.5) / n) * total;
    if (s < shape.leg) {
      points.push({ x: shape.cx - shape.rx, y: shape.cy + shape.leg - s });
    } else if (s <= shape.leg + arc) {
      const angle = Math.PI - ((s - shape.leg) / arc) * Math.PI;
      points.push({ x: shape.cx + shape.rx * Math.cos(angle), y: shape.cy - shape.ry * Math.sin(angle) });
    } else {
      points.push({ x: shape.cx + shape.rx, y: shape.cy + (s - shape.leg - arc) });
    }
  }
  return points;
}

/**
 * Seating order around the horseshoe: the permanent members at the head of the table (the top of
 * the arc), the elected members split between the two sides, each group in the body's own order.
 * @example seatingOrder(['CHN','FRA','RUS','GBR','USA','BEL'], new Set(['CHN','FRA','RUS','GBR','USA']))
 */
export function seatingOrder<T extends string>(members: readonly T[], permanent: ReadonlySet<string>): T[] {
  const p5 = members.filter((m) => permanent.has(m));
  const elected = members.filter((m) => !permanent.has(m));
  const half = Math.ceil(elected.length / 2);
  return [...elected.slice(0, half), ...p5, ...elected.slice(half)];
}
