// Placeholder until the ribbon actions are wired to the Office adapter.
Office.onReady(() => undefined);
