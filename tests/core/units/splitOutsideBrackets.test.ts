import { splitOutsideBrackets } from '../../../src/core/units/splitOutsideBrackets';

const SEPARATORS = new Set([' ', '、', '，', '；']);

describe('splitOutsideBrackets', () => {
  it('splits at separators outside （）, keeps those inside, and drops empty pieces', () => {
    expect(splitOutsideBrackets('各县（市、区）、市财政局，，市商务局；', SEPARATORS)).toEqual(['各县（市、区）', '市财政局', '市商务局']);
  });

  it('keeps a character outside the basic plane whole', () => {
    expect(splitOutsideBrackets('𠮷村委、马尾区党工委 𠮷', SEPARATORS)).toEqual(['𠮷村委', '马尾区党工委', '𠮷']);
  });

  it('reads an unmatched closing bracket as text, not as closing an earlier one', () => {
    expect(splitOutsideBrackets('市财政局）、市商务局（牵头、配合）', SEPARATORS)).toEqual(['市财政局）', '市商务局（牵头、配合）']);
  });
});
