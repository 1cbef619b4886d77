/**
 * Column widths of a table in the brief's PDF, from what its cells need: each column's `natural` width (its
 * widest cell on one line) and `minimum` width (its longest word), in points. Pure: measuring is the caller's.
 */
export interface ColumnNeeds {
  natural: number[];
  minimum: number[];
  /** Width of the text column of the page. */
  available: number;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Widths that fill `available` exactly. When every column fits on one line, the spare room goes to the widest
 * column (a table spans the text column, its short columns stay snug). When not, short columns keep their natural
 * width and the long ones share what is left in proportion to how much they would need beyond their longest word,
 * so no word is split while that can be avoided; when even the words do not fit, all columns shrink alike.
 */
export function fitColumnWidths({ natural, minimum, available }: ColumnNeeds): number[] {
  const floor = natural.map((width, index) => Math.min(width, Math.max(minimum[index] ?? 0, 0)));
  const needed = sum(natural);
  if (needed <= available) {
    const widest = natural.indexOf(Math.max(...natural));
    return natural.map((width, index) => (index === widest ? width + available - needed : width));
  }
  const least = sum(floor);
  if (least >= available) return floor.map((width) => (width * available) / least);
  const stretch = natural.map((width, index) => width - (floor[index] ?? 0));
  const share = (available - least) / sum(stretch);
  return floor.map((width, index) => width + (stretch[index] ?? 0) * share);
}
