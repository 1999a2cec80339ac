// Addresses of the add-in's pages, from the address of the page that asks: the pages sit side by side in dist/. Plain
// string work with nothing newer than ES5 (no URL, no URLSearchParams), since the ribbon's scripts and the pane's
// legacy notice run in Internet Explorer 11 too, and the notice has no polyfills.

/** The page `page` next to `pageUrl`, without the caller's query or fragment. */
export function siblingPageUrl(pageUrl: string, page: string): string {
  const bare = (pageUrl.split('#')[0] ?? '').split('?')[0] ?? '';
  return bare.slice(0, bare.lastIndexOf('/') + 1) + page;
}

/** A form-encoded component (+ is a space); a malformed escape stays as written. */
function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The value of `name` in a query (`?lang=en-US&text=…`), decoded; '' when it is not there. */
export function queryParam(search: string, name: string): string {
  const pairs = search.replace(/^\?/, '').split('&');
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i] as string;
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    if (decodeComponent(key) === name) return equals < 0 ? '' : decodeComponent(pair.slice(equals + 1));
  }
  return '';
}

/** The pairs as a query string, each name and value encoded. */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}
