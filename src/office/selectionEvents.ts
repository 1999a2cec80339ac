// The pane follows what the user selects on the checked sheet: Worksheet.onSelectionChanged (ExcelApi 1.7; the
// collection-wide event needs 1.9, which Office 2019 lacks). A handler lives in the request context it was added in,
// and is removed through that context again, as the Office.js event documentation prescribes.
import { toHostError } from './hostErrors';

/** The slice of office.js this module uses; tests hand in a fake of this shape. */
export interface SelectionEventApi {
  isSetSupported(set: string, version: string): boolean;
  /** Excel.run, without or with the context of an earlier run. */
  run<T>(batch: (context: SelectionContext) => Promise<T>): Promise<T>;
  runIn<T>(context: unknown, batch: (context: SelectionContext) => Promise<T>): Promise<T>;
}

export interface SelectionContext {
  readonly workbook: {
    readonly worksheets: {
      getItem(name: string): {
        readonly onSelectionChanged: {
          add(handler: (event: { readonly address: string }) => Promise<void>): { readonly context: unknown; remove(): void };
        };
      };
    };
  };
  sync(): Promise<void>;
}

const SELECTION_API = { set: 'ExcelApi', version: '1.7' } as const;

function officeSelectionApi(): SelectionEventApi {
  return {
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    run: (batch) => Excel.run((context) => batch(context)),
    runIn: (context, batch) => Excel.run(context as Excel.RequestContext, (ctx) => batch(ctx)),
  };
}

/**
 * Calls `listener` with the address of every selection made on `sheet` ("C5", "C5:E9"); resolves to the function
 * that stops listening. Where Excel has no such event it listens to nothing.
 */
export async function watchSelection(sheet: string, listener: (address: string) => void, api: SelectionEventApi = officeSelectionApi()): Promise<() => void> {
  if (!api.isSetSupported(SELECTION_API.set, SELECTION_API.version)) return () => undefined;
  try {
    const handler = await api.run(async (context) => {
      const added = context.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (event) => listener(event.address));
      await context.sync();
      return added;
    });
    return () => {
      // A sheet deleted or a session ended since: nothing is left to remove.
      void api.runIn(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  } catch (error) {
    throw toHostError(error, { sheet });
  }
}
