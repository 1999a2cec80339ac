// watchSelection over a fake of the few office.js members it uses. The fake stands for Excel as its event docs
// describe it: a handler is added inside an Excel.run and only registered at that run's sync; it is removed through
// the context it was added in (a run on another context cannot remove it); Worksheet.onSelectionChanged is ExcelApi 1.7.
import { watchSelection, type SelectionContext, type SelectionEventApi } from '../../src/office/selectionEvents';

class FakeSelectionExcel implements SelectionEventApi {
  readonly handlers = new Map<string, ((event: { address: string }) => Promise<void>)[]>();
  supported = true;
  missingSheets = new Set<string>();

  isSetSupported(set: string, version: string): boolean {
    return this.supported && set === 'ExcelApi' && Number(version) <= 1.7;
  }

  run<T>(batch: (context: SelectionContext) => Promise<T>): Promise<T> {
    return batch(this.context({}));
  }

  runIn<T>(context: unknown, batch: (context: SelectionContext) => Promise<T>): Promise<T> {
    return batch(this.context(context as object));
  }

  /** What Excel does when the user selects `address` on `sheet`. */
  async select(sheet: string, address: string): Promise<void> {
    for (const handler of this.handlers.get(sheet) ?? []) await handler({ address });
  }

  /** Work queued per request context, sent at that context's sync; a run in an earlier run's context shares its queue. */
  private readonly queues = new WeakMap<object, (() => void)[]>();

  private context(identity: object): SelectionContext {
    const queued = this.queues.get(identity) ?? [];
    this.queues.set(identity, queued);
    return {
      workbook: {
        worksheets: {
          getItem: (name) => ({
            onSelectionChanged: {
              add: (handler) => {
                queued.push(() => {
                  if (this.missingSheets.has(name)) throw Object.assign(new Error('ItemNotFound'), { code: 'ItemNotFound' });
                  this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
                });
                // remove() is queued on the context the handler was added in, and sent only when that context syncs.
                return { context: identity, remove: () => queued.push(() => this.handlers.set(name, (this.handlers.get(name) ?? []).filter((h) => h !== handler))) };
              },
            },
          }),
        },
      },
      sync: async () => {
        for (const work of queued.splice(0)) work();
      },
    };
  }
}

describe('watchSelection', () => {
  it('reports each selection on the checked sheet until stopped', async () => {
    const excel = new FakeSelectionExcel();
    const seen: string[] = [];
    const stop = await watchSelection('分工方案', (address) => seen.push(address), excel);
    await excel.select('分工方案', 'C5');
    await excel.select('分工方案', 'C5:E9');
    await excel.select('说明', 'A1');
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await excel.select('分工方案', 'D7');
    expect(seen).toEqual(['C5', 'C5:E9']);
    expect(excel.handlers.get('分工方案')).toEqual([]);
  });

  it('listens to nothing where Excel lacks the event (before ExcelApi 1.7)', async () => {
    const excel = new FakeSelectionExcel();
    excel.supported = false;
    const seen: string[] = [];
    const stop = await watchSelection('分工方案', (address) => seen.push(address), excel);
    await excel.select('分工方案', 'C5');
    expect(seen).toEqual([]);
    expect(() => stop()).not.toThrow();
  });

  it('says which sheet when Excel refuses the handler', async () => {
    const excel = new FakeSelectionExcel();
    excel.missingSheets.add('旧表');
    await expect(watchSelection('旧表', () => undefined, excel)).rejects.toMatchObject({ name: 'HostError', where: { sheet: '旧表' } });
  });
});
