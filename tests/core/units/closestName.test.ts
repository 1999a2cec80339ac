import { closestName, editDistance, nameIndex, suggestionLimit } from '../../../src/core/units/closestName';

describe('editDistance', () => {
  it('counts character edits', () => {
    expect(editDistance('市商务厅', '市商务局')).toBe(1);
    expect(editDistance('市工党工委', '市工商联')).toBe(3);
    expect(editDistance('马尾区', '马尾区政府')).toBe(2);
    expect(editDistance('', '团委')).toBe(2);
    expect(editDistance('团委', '团委')).toBe(0);
  });

  it('is symmetric', () => {
    expect(editDistance('福州市财正局', '市财政局')).toBe(editDistance('市财政局', '福州市财正局'));
  });

  it('stops at the limit, reporting limit + 1', () => {
    expect(editDistance('市工党工委', '福州市人民政府国有资产监督管理委员会', 3)).toBe(4);
    expect(editDistance('西吉县', '闽侯县', 1)).toBe(2);
    expect(editDistance('市商务厅', '市商务局', 1)).toBe(1);
  });
});

describe('suggestionLimit', () => {
  it('allows half the name, more for a candidate sharing its stem', () => {
    expect(suggestionLimit('西吉县', false)).toBe(1);
    expect(suggestionLimit('市工党工委', true)).toBe(3);
    expect(suggestionLimit('市工党工委', false)).toBe(2);
  });
});

describe('closestName', () => {
  const names = ['市工商联', '市工信局', '市国资委', '闽侯县', '市商务局', '市政府办'];

  it('finds the nearest name', () => {
    expect(closestName('市商务厅', names)).toBe('市商务局');
  });

  it('breaks ties by the longer shared beginning, then by order', () => {
    expect(closestName('市工党工委', names)).toBe('市工商联');
    expect(closestName('市工党工委', ['市工信局', '市工商联'])).toBe('市工信局');
    expect(closestName('市工政府', names)).toBe('市工商联');
  });

  it('gives nothing when no name is near', () => {
    expect(closestName('西吉县', names)).toBeNull();
    expect(closestName('政府', names)).toBeNull();
    expect(closestName('市商务厅', [])).toBeNull();
  });

  it('answers the same from a prepared index', () => {
    const index = nameIndex(names);
    for (const query of ['市商务厅', '市工党工委', '西吉县', '市国资局']) expect(closestName(query, index)).toBe(closestName(query, names));
  });
});
