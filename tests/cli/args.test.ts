import { OptionError, parseArgs, type OptionProblem } from '../../src/cli/args';

function problemOf(argv: string[]): OptionProblem | 'parsed' {
  try {
    parseArgs(argv);
    return 'parsed';
  } catch (error) {
    if (error instanceof OptionError) return error.problem;
    throw error;
  }
}

describe('parseArgs', () => {
  it('reads every option of a check, in both --name value and --name=value forms', () => {
    expect(
      parseArgs(['分工方案.xlsx', '--sheet', '附件', '--year=2023', '--as-of', '2023-11-20', '--due-soon', '7', '--lang', 'en-US', '--out', 'checked.xlsx', '--json']),
    ).toEqual({
      kind: 'check',
      input: '分工方案.xlsx',
      sheet: '附件',
      year: 2023,
      asOf: '2023-11-20',
      dueSoonDays: 7,
      lang: 'en-US',
      out: 'checked.xlsx',
      json: true,
      bulletin: false,
      rank: false,
    });
    expect(parseArgs(['plan.xlsx'])).toEqual({ kind: 'check', input: 'plan.xlsx', json: false, bulletin: false, rank: false });
    expect(parseArgs(['plan.xlsx', '--tolerance', '5', '--bulletin', '--rank'])).toEqual({ kind: 'check', input: 'plan.xlsx', json: false, bulletin: true, rank: true, tolerance: 5 });
  });

  it('reads returns and merge with their period, folder, output and returned files', () => {
    expect(parseArgs(['returns', 'plan.xlsx', '--period', '2023-11', '--out-dir', 'out'])).toEqual({ kind: 'returns', input: 'plan.xlsx', period: '2023-11', outDir: 'out' });
    expect(parseArgs(['merge', 'plan.xlsx', 'a.xlsx', 'b.xlsx', '--period=2023-q3', '--out', 'm.xlsx', '--bulletin', '--rank', '--as-of', '2023-09-30'])).toEqual({
      kind: 'merge',
      input: 'plan.xlsx',
      returns: ['a.xlsx', 'b.xlsx'],
      period: '2023-Q3',
      out: 'm.xlsx',
      json: false,
      bulletin: true,
      rank: true,
      asOf: '2023-09-30',
    });
  });

  it('reads clear with its output, and help', () => {
    expect(parseArgs(['clear', 'checked.xlsx', '--out', 'clean.xlsx'])).toEqual({ kind: 'clear', input: 'checked.xlsx', out: 'clean.xlsx' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h', '--lang', 'en-US'])).toEqual({ kind: 'help', lang: 'en-US' });
  });

  it.each([
    [['plan.xlsx', '--as-of', '2023-13-45'], 'badDate'],
    [['plan.xlsx', '--as-of', '2023-02-29'], 'badDate'],
    [['plan.xlsx', '--as-of', '20231120'], 'badDate'],
    [['plan.xlsx', '--due-soon', '-1'], 'badDays'],
    [['plan.xlsx', '--due-soon', '1.5'], 'badDays'],
    [['plan.xlsx', '--year', '23'], 'badYear'],
    [['plan.xlsx', '--lang', 'fr-FR'], 'badLang'],
    [['plan.xlsx', '--sheet'], 'missingValue'],
    [['plan.xlsx', '--verbose'], 'unknownOption'],
    [['a.xlsx', 'b.xlsx'], 'extraArgument'],
    [[], 'missingInput'],
    [['clear', 'checked.xlsx'], 'missingOut'],
    [['clear', '--out', 'clean.xlsx'], 'missingInput'],
    [['returns', 'plan.xlsx', '--out-dir', 'out'], 'missingPeriod'],
    [['returns', 'plan.xlsx', '--period', '2023-13', '--out-dir', 'out'], 'badPeriod'],
    [['returns', 'plan.xlsx', '--period', '2023-11'], 'missingOutDir'],
    [['merge', 'plan.xlsx', '--period', '2023-11', '--out', 'm.xlsx'], 'missingReturns'],
    [['merge', 'plan.xlsx', 'a.xlsx', '--period', '2023-11'], 'missingOut'],
    [['plan.xlsx', '--tolerance', 'five'], 'badTolerance'],
    [['plan.xlsx', '--tolerance', '101'], 'badTolerance'],
  ] as [string[], OptionProblem][])('refuses %j as %s', (argv, problem) => {
    expect(problemOf(argv)).toBe(problem);
  });

  it('makes bad options BAD_OPTION host errors that name the option and value', () => {
    try {
      parseArgs(['plan.xlsx', '--as-of', '2023-13-45']);
      throw new Error('parsed');
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_OPTION', where: { detail: '--as-of 2023-13-45' } });
    }
  });
});
