import { highlightFormula, isOwnedHighlightFormula } from '../../src/core/plan/ownership';

describe('highlight ownership marker', () => {
  it('recognises its own formulas with or without a leading =', () => {
    expect(isOwnedHighlightFormula(highlightFormula('error'))).toBe(true);
    expect(isOwnedHighlightFormula('=' + highlightFormula('warning'))).toBe(true);
  });
  it('does not claim formulas the user wrote', () => {
    expect(isOwnedHighlightFormula('$E2<TODAY()')).toBe(false);
    expect(isOwnedHighlightFormula('N("Task")=0')).toBe(false);
    expect(isOwnedHighlightFormula(undefined)).toBe(false);
  });
});
