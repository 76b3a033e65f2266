import { expect, it } from 'vitest';
import { positionOf } from './positions.js';

it('reads the State’s position as UHRI, UPR Info and national tables write it', () => {
  const read = (labels: string[]) => labels.map(positionOf);
  expect(read(['Supported', 'Accepted', 'Acceptée', 'مقبولة'])).toEqual(Array(4).fill('supported'));
  expect(
    read(['Noted', 'Rejected', 'Not accepted', 'Non acceptée', 'Notée', 'غير مقبولة', 'أحيط بها علماً']),
  ).toEqual(Array(7).fill('noted'));
  expect(read(['Accepted in part', 'Partially supported', 'Acceptée en partie'])).toEqual(
    Array(3).fill('supported_in_part'),
  );
  expect(read(['Pending', 'General response'])).toEqual(['pending', 'pending']);
  expect(positionOf('Perhaps')).toBeUndefined();
});
