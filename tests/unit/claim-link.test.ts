import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClaimLink, encodeClaimLink } from '../../src/safety/claim-link';
import { claims } from '../../src/safety/claims';

const ids = claims.map((c) => c.id);

describe('claim-list link', () => {
  it('holds only the version and claim ids, in the page’s order, each once', () => {
    expect(encodeClaimLink(['survival-92', 'no-rejection', 'survival-92'])).toBe('?v=1&c=no-rejection,survival-92');
    expect(encodeClaimLink([])).toBe('');
    expect(encodeClaimLink(['not-a-claim'])).toBe('');
  });

  it('reads back what it wrote, with no problems', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (picked) => {
        const link = encodeClaimLink(picked);
        const back = decodeClaimLink(link);
        expect(back.ids).toEqual(ids.filter((id) => picked.includes(id)));
        expect(back.problems).toEqual([]);
        expect(back.present).toBe(picked.length > 0);
      }),
    );
  });

  it('also reads a "?"-less link and escaped separators', () => {
    expect(decodeClaimLink('v=1&c=no-risk%2Csalon').ids).toEqual(['no-risk', 'salon']);
  });

  it('a damaged link: keeps what it can read, says some ids were left out and never echoes them', () => {
    const d = decodeClaimLink('?v=1&c=no-rejection,%3Cscript%3Ealert(1)%3C/script%3E,%ZZ,,no-such-claim,NO-RISK');
    expect(d.ids).toEqual(['no-rejection']);
    expect(d.problems).toEqual(['unknown-claim']);
    expect(JSON.stringify(d)).not.toMatch(/script|no-such/i);
  });

  it('a link from another version is read as well as possible, and says so', () => {
    expect(decodeClaimLink('?v=2&c=salon')).toMatchObject({ ids: ['salon'], problems: ['newer-version'] });
  });

  it('a link without a list is not a list; a list longer than any the guide makes is cut', () => {
    expect(decodeClaimLink('')).toEqual({ ids: [], problems: [], present: false });
    expect(decodeClaimLink('?utm=1').present).toBe(false);
    const long = decodeClaimLink(`?v=1&c=salon,${'x,'.repeat(5000)}`);
    expect(long.ids).toEqual(['salon']);
    expect(long.problems).toContain('too-long');
  });

  it('any input at all: no throw, only known ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (input) => {
        const d = decodeClaimLink(input);
        for (const id of d.ids) expect(ids).toContain(id);
      }),
    );
  });
});
