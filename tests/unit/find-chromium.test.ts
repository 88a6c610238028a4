import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/find-chromium';

describe('finding Chromium for the end-to-end tests', () => {
  it('says exactly how to get one when none is found', () => {
    expect(() => findChromium(['/nope/chromium', undefined])).toThrow(/apt-get install -y chromium fonts-noto-cjk[\s\S]*CHROMIUM_PATH=/);
  });
  it('takes the first path that exists', () => {
    expect(findChromium(['/nope', process.execPath])).toBe(process.execPath);
  });
});
