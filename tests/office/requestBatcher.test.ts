import type { XlContext } from '../../src/office/excelTypes';
import { jsonBytes, RequestBatcher } from '../../src/office/requestBatcher';

describe('jsonBytes', () => {
  it('counts JSON in UTF-8 bytes: Chinese three a character, emoji four', () => {
    expect(jsonBytes('ab')).toBe(4);
    expect(jsonBytes(['马尾区'])).toBe(2 + 2 + 9);
    expect(jsonBytes('é')).toBe(4);
    expect(jsonBytes('😀')).toBe(6);
    expect(jsonBytes(undefined)).toBe(0);
  });
});

describe('RequestBatcher', () => {
  /** Stands for Excel's request context: only sync() matters to the batcher, and it is counted. */
  function countingContext(): { context: XlContext; syncs: () => number } {
    let syncs = 0;
    const context = { sync: () => Promise.resolve((syncs += 1)) } as unknown as XlContext;
    return { context, syncs: () => syncs };
  }

  it('syncs before a write that would not fit in the pending request, never before the first', async () => {
    const { context, syncs } = countingContext();
    const batcher = new RequestBatcher(context, 100);
    const written: number[] = [];
    await batcher.add(150, () => written.push(1));
    expect(syncs()).toBe(0);
    await batcher.add(40, () => written.push(2));
    expect(syncs()).toBe(1);
    await batcher.add(60, () => written.push(3));
    expect(syncs()).toBe(1);
    await batcher.add(1, () => written.push(4));
    expect(syncs()).toBe(2);
    await batcher.flush();
    await batcher.flush();
    expect(syncs()).toBe(3);
    expect(written).toEqual([1, 2, 3, 4]);
  });
});
