// What a sheet builder makes: the sheet without its key and name, which planWorkbookOutput gives it.
import type { SheetPlan } from '../model';

export type SheetBody = Pick<SheetPlan, 'columns' | 'rows' | 'boldRows'> & Pick<Partial<SheetPlan>, 'layout' | 'rowGroups' | 'highlights'>;
