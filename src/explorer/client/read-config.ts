/** Reads the configuration the server put in the page (src/explorer/pages.ts). */
export function readConfig<T>(): T {
  const element = document.getElementById("parley-config");
  if (!element?.textContent) throw new Error("The page has no #parley-config; it must be served by Parley.");
  return JSON.parse(element.textContent) as T;
}
