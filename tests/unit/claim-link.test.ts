import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_LINK_VERSION, decodeClaimLink, encodeClaimLink } from '../../src/safety/claim-link';
import { claims } from '../../src/safety/claims';

const ids = claims.map((c) => c.id);

describe('claim-list link', () => {
  it('holds only the version and claim ids, in the page’s order, each once', () => {
    expect(encodeClaimLink(['survival-92', 'no-rejection', 'survival-92'])).toBe('?v=1&c=no-rejection,survival-92');
    expect(encodeClaimLink([])).toBe('');
    expect(encodeClaimLink(['not-a-claim'])).toBe('');
    expect(CLAIM_LINK_VERSION).toBe(1);
  });

  it('reads back what it wrote, with no problems', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (picked) => {
        const link = encodeClaimLink(picked);
        const back = decodeClaimLink(link);
        expect(back.ids).toEqual(ids.filter((id) => picked.includes(id)));
        expect(back.problems).toEqual([]);
        expect(back.unknown).toBe(0);
        expect(back.present).toBe(picked.length > 0);
      }),
    );
  });

  it('also reads "?"-less, escaped, upper-case and dot- or space-separated ids', () => {
    expect(decodeClaimLink('v=1&c=NO-RISK%2Csalon').ids).toEqual(['no-risk', 'salon']);
    expect(decodeClaimLink('?v=1&c=salon.no-risk+one-shot').ids).toEqual(['no-risk', 'one-shot', 'salon']);
  });

  it('a damaged link: keeps what it can read, counts unknown ids and never echoes them', () => {
    const d = decodeClaimLink('?v=1&c=no-rejection,%3Cscript%3Ealert(1)%3C/script%3E,%ZZ,,no-such-claim');
    expect(d.ids).toEqual(['no-rejection']);
    expect(d.unknown).toBe(3);
    expect(d.problems).toEqual(['unknown-claim']);
    expect(JSON.stringify(d)).not.toMatch(/script|no-such/);
  });

  it('a newer version is read as well as possible; a broken version is flagged', () => {
    expect(decodeClaimLink('?v=2&c=salon')).toMatchObject({ ids: ['salon'], problems: ['newer-version'] });
    expect(decodeClaimLink('?v=x&c=salon')).toMatchObject({ ids: ['salon'], problems: ['unreadable'] });
  });

  it('a link without a list is not a list; very long links are cut', () => {
    expect(decodeClaimLink('')).toEqual({ ids: [], unknown: 0, problems: [], present: false });
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
