import { expect } from '@open-wc/testing';
import { linearScale, paddedExtent, pointScale } from '../../src/core/scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, also onto a range running backwards (SVG y)', () => {
    const x = linearScale([0, 100], [10, 210]);
    expect([x(0), x(50), x(100)]).to.deep.equal([10, 110, 210]);
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(2.5), y(10)]).to.deep.equal([200, 150, 0]);
  });

  it('goes past the range without clamp and stops at its ends with it', () => {
    expect(linearScale([0, 10], [0, 100])(12)).to.equal(120);
    const bar = linearScale([0, 10], [0, 100], { clamp: true });
    expect([bar(-5), bar(12)]).to.deep.equal([0, 100]);
  });

  it('puts every value of a one-value domain at the start, or mid-range for a sparkline', () => {
    expect(linearScale([5, 5], [200, 0])(5)).to.equal(200);
    expect(linearScale([5, 5], [30, 10], { flat: 'middle' })(5)).to.equal(20);
  });

  it('handles negative domains (a deficit)', () => {
    const y = linearScale([-40, 60], [100, 0]);
    expect(y(0)).to.equal(60);
  });

  it('keeps its domain and range for axes', () => {
    const s = linearScale([1, 2], [3, 4]);
    expect(s.domain).to.deep.equal([1, 2]);
    expect(s.range).to.deep.equal([3, 4]);
  });
});

describe('pointScale', () => {
  it('centres items in bands of equal width', () => {
    const x = pointScale(4, [0, 400], 'center');
    expect(x.step).to.equal(100);
    expect([x(0), x(3)]).to.deep.equal([50, 350]);
  });

  it('puts the first and last item on the ends with edge alignment', () => {
    const x = pointScale(3, [36, 236], 'edge');
    expect([x(0), x(1), x(2)]).to.deep.equal([36, 136, 236]);
  });

  it('puts a single item in the middle either way', () => {
    expect(pointScale(1, [0, 100], 'edge')(0)).to.equal(50);
    const one = pointScale(1, [0, 100], 'center');
    expect([one(0), one.step]).to.deep.equal([50, 100]);
  });
});

describe('paddedExtent', () => {
  it('widens the extent by a fraction of its span on both sides', () => {
    expect(paddedExtent([10, 20, 30], 0.1)).to.deep.equal([8, 32]);
  });

  it('widens one value by a fraction of its size, and zero by one', () => {
    expect(paddedExtent([50], 0.1)).to.deep.equal([45, 55]);
    expect(paddedExtent([0, 0], 0.5)).to.deep.equal([-0.5, 0.5]);
  });

  it('ignores values that are not finite and has no extent without values', () => {
    expect(paddedExtent([Number.NaN, 4, Number.POSITIVE_INFINITY, 2], 0)).to.deep.equal([2, 4]);
    expect(paddedExtent([], 0.1)).to.equal(undefined);
  });
});
