// The record of what the tool added to a styles part, read back: a record written before the tool ruled its tables
// (no borders in it) still describes the part, so that clear on a copy checked then takes its styles away.
import { formatStylesRecord, parseStylesRecord, type StylesRecord } from '../../src/xlsx/write/stylesRecord';

const RECORD: StylesRecord = {
  numFmts: { added: 1, container: 'existed' },
  fonts: { added: 2, container: 'existed' },
  cellXfs: { added: 7, container: 'existed' },
  dxfs: { added: 2, container: 'opened' },
  borders: { added: 1, container: 'existed' },
};

it('reads back the record it writes, for the part it names only', () => {
  const value = formatStylesRecord(RECORD, 0x1a2b3c4d, 5120);
  expect(value).toBe('"v1 1a2b3c4d 5120 numFmts:1:e fonts:2:e cellXfs:7:e dxfs:2:o borders:1:e"');
  expect(parseStylesRecord(value, 0x1a2b3c4d, 5120)).toEqual(RECORD);
  expect(parseStylesRecord(value, 0x1a2b3c4d, 5121)).toBeNull();
});

it('reads a record from before borders as one that added none', () => {
  expect(parseStylesRecord('"v1 1a2b3c4d 5120 numFmts:1:e fonts:2:e cellXfs:7:e dxfs:2:o"', 0x1a2b3c4d, 5120)).toEqual({ ...RECORD, borders: { added: 0, container: 'existed' } });
  expect(parseStylesRecord('"v1 1a2b3c4d 5120 numFmts:1:e fonts:2:e cellXfs:7:e"', 0x1a2b3c4d, 5120)).toBeNull();
});
