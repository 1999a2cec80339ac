import { holdsBelow, isNoteText, saysAllLead, statesFirstListedRule } from '../../../src/core/table/tableConventions';

describe('table conventions', () => {
  it('count 分别牵头 only where a cell says it of its own units', () => {
    expect(saysAllLead('市发改委、市财政局分别牵头')).toBe(true);
    expect(saysAllLead('市发改委、市财政局（除注明分别牵头的以外，排在第一位的为牵头单位，下同）')).toBe(false);
    expect(saysAllLead('除注明分别牵头的以外，排在第一位的为牵头单位，下同')).toBe(false);
    expect(saysAllLead('市发改委、市财政局')).toBe(false);
  });

  it('read the first-listed rule, its reach and note rows', () => {
    expect(statesFirstListedRule('责任分解中，列第一位的责任单位为牵头单位或汇总单位')).toBe(true);
    expect(holdsBelow('排在第一位的为牵头单位，下同')).toBe(true);
    expect(holdsBelow('排在第一位的为牵头单位')).toBe(false);
    expect(isNoteText('注：无牵头单位的，责任单位即为牵头单位。')).toBe(true);
  });
});
