import { expect } from '@open-wc/testing';
import { listKeyTarget, typeAheadIndex, TypeAheadBuffer } from '../../src/core/keyboard.js';

describe('listKeyTarget (roving focus)', () => {
  const tabs = { orientation: 'both', wrap: true } as const;
  const rows = { orientation: 'vertical', wrap: false } as const;

  it('moves one step with the arrows and wraps for tabs', () => {
    expect(listKeyTarget('ArrowRight', 0, 3, tabs)).to.equal(1);
    expect(listKeyTarget('ArrowDown', 2, 3, tabs)).to.equal(0);
    expect(listKeyTarget('ArrowLeft', 0, 3, tabs)).to.equal(2);
    expect(listKeyTarget('ArrowUp', 1, 3, tabs)).to.equal(0);
  });

  it('stops at the ends of a list that does not wrap', () => {
    expect(listKeyTarget('ArrowDown', 2, 3, rows)).to.equal(2);
    expect(listKeyTarget('ArrowUp', 0, 3, rows)).to.equal(0);
  });

  it('takes Home and End in any orientation', () => {
    expect(listKeyTarget('Home', 2, 5, rows)).to.equal(0);
    expect(listKeyTarget('End', 0, 5, rows)).to.equal(4);
  });

  it('lets other keys, and arrows across the orientation, through', () => {
    expect(listKeyTarget('ArrowRight', 1, 3, rows)).to.equal(undefined);
    expect(listKeyTarget('ArrowDown', 1, 3, { orientation: 'horizontal', wrap: true })).to.equal(undefined);
    expect(listKeyTarget('a', 1, 3, tabs)).to.equal(undefined);
    expect(listKeyTarget('Enter', 1, 3, tabs)).to.equal(undefined);
  });

  it('has nowhere to go in an empty list', () => {
    expect(listKeyTarget('Home', 0, 0, tabs)).to.equal(undefined);
    expect(listKeyTarget('ArrowDown', 0, 0, rows)).to.equal(undefined);
  });
});

describe('TypeAheadBuffer', () => {
  it('joins letters typed quickly and starts anew after a pause', () => {
    const buffer = new TypeAheadBuffer(500);
    expect(buffer.push('s', 1000)).to.equal('s');
    expect(buffer.push('k', 1200)).to.equal('sk');
    expect(buffer.push('o', 1600)).to.equal('sko');
    expect(buffer.push('v', 2200)).to.equal('v');
  });

  it('starts anew after reset (another key was pressed)', () => {
    const buffer = new TypeAheadBuffer(500);
    buffer.push('s', 0);
    buffer.reset();
    expect(buffer.push('k', 10)).to.equal('k');
  });
});

describe('typeAheadIndex', () => {
  const labels = ['Skola', 'Äldreomsorg', 'Socialtjänst', 'Arbete', 'skog'];
  const find = (from: number, typed: string, lang: 'sv' | 'en' = 'sv') =>
    typeAheadIndex(labels.length, (i) => labels[i]!, from, typed, lang);

  it('finds the next label starting with a letter, after the current one, wrapping', () => {
    expect(find(0, 's')).to.equal(2);
    expect(find(2, 's')).to.equal(4);
    expect(find(4, 's')).to.equal(0);
  });

  it('cycles through one letter typed again and again', () => {
    expect(find(0, 'ss')).to.equal(2);
  });

  it('keeps the current item while a longer prefix still matches it', () => {
    expect(find(0, 'sk')).to.equal(0);
    expect(find(0, 'sko')).to.equal(0);
    expect(find(0, 'skog')).to.equal(4);
  });

  it('keeps å, ä and ö letters of their own in Swedish, folds them in English', () => {
    expect(find(0, 'a', 'sv')).to.equal(3);
    expect(find(0, 'ä', 'sv')).to.equal(1);
    expect(find(0, 'a', 'en')).to.equal(1);
  });

  it('finds nothing for no match, no letters or no items', () => {
    expect(find(0, 'x')).to.equal(-1);
    expect(find(0, '')).to.equal(-1);
    expect(typeAheadIndex(0, () => '', 0, 's', 'sv')).to.equal(-1);
  });
});
