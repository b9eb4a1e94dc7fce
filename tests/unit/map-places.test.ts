import { describe, expect, it } from 'vitest';
import { noteKey, placeLine } from '../../src/lib/search/client/map-places.ts';

describe('placeLine: a place in one line, nothing said twice', () => {
  it('drops the street the name already ends with', () => {
    expect(
      placeLine({ name: 'Barnet One Stop Shop, 2 Bristol Avenue', address: '2 Bristol Avenue, Colindale, London', postcode: 'NW9 4EW' }),
    ).toBe('Barnet One Stop Shop, 2 Bristol Avenue, Colindale, London, NW9 4EW');
  });

  it('drops a part of the address the name already gives, wherever it is, ignoring case and spacing', () => {
    expect(
      placeLine({
        name: 'Perineal Clinic, Whipps Cross Hospital',
        address: 'Area A, Outpatients building, whipps  cross hospital, Leytonstone, London',
        postcode: 'E11 1NR',
      }),
    ).toBe('Perineal Clinic, Whipps Cross Hospital, Area A, Outpatients building, Leytonstone, London, E11 1NR');
  });

  it('keeps everything when nothing repeats', () => {
    expect(placeLine({ name: 'The Lighthouse', address: '7-9 Greenland Place, London', postcode: 'NW1 0AP' })).toBe(
      'The Lighthouse, 7-9 Greenland Place, London, NW1 0AP',
    );
  });

  it('does not repeat a postcode the address already ends with', () => {
    expect(placeLine({ name: 'Clinic', address: '1 High Street, London NW1 0AP', postcode: 'NW1 0AP' })).toBe(
      'Clinic, 1 High Street, London NW1 0AP',
    );
  });

  it('ignores empty parts', () => {
    expect(placeLine({ name: 'Clinic, ', address: ', 1 High Street,', postcode: ' E8 1AA ' })).toBe('Clinic, 1 High Street, E8 1AA');
  });
});

describe('noteKey', () => {
  it('tells apart two places of one service and one place name of two services', () => {
    const keys = new Set([noteKey('a', 'Clinic'), noteKey('a', 'Hub'), noteKey('b', 'Clinic')]);
    expect(keys.size).toBe(3);
  });
});
