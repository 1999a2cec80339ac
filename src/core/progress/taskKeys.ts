// The key that ties a row of a return (and of 进展汇总) to its task: a hash of the task's 序号 and text, so that it
// survives rows inserted or sorted in the table between handing the returns out and merging them. Tasks with the same
// number and text (rows of one merged task) are told apart by their order.

/** FNV-1a, 32 bits, over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Task text compared as a clerk compares it: without whitespace of any width. */
export function comparableText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

export function taskKeys(tasks: readonly { readonly no: string; readonly text: string }[]): string[] {
  const seen = new Map<string, number>();
  return tasks.map((task) => {
    const base = `T${fnv1a(`${task.no.trim()}\u0000${comparableText(task.text)}`).toString(36).toUpperCase().padStart(7, '0')}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}
