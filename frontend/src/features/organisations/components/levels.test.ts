import { organisationRef } from '@/testing/fixtures';
import { levelsBelow, mayHaveChildren, parentOf } from './levels';

describe('organisation levels', () => {
  it('offers under an organisation only the levels below its own', () => {
    expect(levelsBelow('CENTRE')).toEqual(['PROVINCE', 'CITY', 'COUNTY']);
    expect(levelsBelow('PROVINCE')).toEqual(['CITY', 'COUNTY']);
    expect(levelsBelow('CITY')).toEqual(['COUNTY']);
    expect(levelsBelow('COUNTY')).toEqual([]);
  });

  it('offers every level when the parent is not known, and leaves the check to the server', () => {
    expect(levelsBelow(undefined)).toEqual(['CENTRE', 'PROVINCE', 'CITY', 'COUNTY']);
    expect(levelsBelow(null)).toEqual(['CENTRE', 'PROVINCE', 'CITY', 'COUNTY']);
  });

  it('lets every level but a county committee have organisations below it', () => {
    expect(mayHaveChildren('CENTRE')).toBe(true);
    expect(mayHaveChildren('CITY')).toBe(true);
    expect(mayHaveChildren('COUNTY')).toBe(false);
  });

  it('takes the parent from the end of the trail, and none for the user’s own organisation', () => {
    const shanxi = organisationRef({ id: 2, name: '民进山西省委员会', level: 'PROVINCE' });
    const lvliang = organisationRef({ id: 3, name: '民进吕梁市委员会', level: 'CITY' });
    expect(parentOf([shanxi, lvliang])).toBe(lvliang);
    expect(parentOf([])).toBeUndefined();
  });
});
