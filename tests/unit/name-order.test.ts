import { describe, expect, it } from 'vitest';
import { foldName, nameSortKey } from '../../shared/name-order';

const sorted = (names: string[][]) => [...names].sort((a, b) => (nameSortKey(...a) < nameSortKey(...b) ? -1 : 1)).map((n) => n.join(', '));

describe('nameSortKey', () => {
  it('files Latin letters with diacritics where a person expects', () => {
    expect(
      sorted([
        ['Zimmerman', 'Al'],
        ['Öztürk', 'Elif'],
        ['Şahin', 'Can'],
        ['Żółkiewska', 'Ola'],
        ['Adams', 'Bo'],
        ['Baker', 'Cy'],
        ['Ángel', 'Dan'],
      ]),
    ).toEqual(['Adams, Bo', 'Ángel, Dan', 'Baker, Cy', 'Öztürk, Elif', 'Şahin, Can', 'Zimmerman, Al', 'Żółkiewska, Ola']);
  });

  it('spells out letters that do not decompose and folds case', () => {
    expect(foldName('Łukasz Straße')).toBe('lukasz strasse');
    expect(foldName('Ærø Þór Đorđe Iİı')).toBe('aero thor dorde iii');
    expect(foldName("O'Brien-Smith")).toBe('obrien smith');
  });

  it('puts other scripts after Latin, last name before first', () => {
    expect(
      sorted([
        ['Иванов', 'Пётр'],
        ['Zed', 'A'],
        ['王', '小明'],
        ['Lee', 'Zoe'],
        ['Leeds', 'Amy'],
      ]),
    ).toEqual(['Lee, Zoe', 'Leeds, Amy', 'Zed, A', 'Иванов, Пётр', '王, 小明']);
  });
});
