// Shared by the elements' `endpoint` tests: cutting the connection off for some requests.

const realFetch = window.fetch;

/**
 * No connection for requests that `match`: fetch rejects as it does offline. (Closing the socket
 * on the server side does not work for this: Chrome silently sends the request again on another
 * connection, so the page never sees that failure.) Returns how many requests were cut off.
 */
export function cutOff(match: (url: string, method: string) => boolean): { count: number } {
  const cut = { count: 0 };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (match(url, init?.method ?? 'GET')) {
      cut.count += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return realFetch(input, init);
  };
  return cut;
}

/** The connection is back. */
export const reconnect = (): void => {
  window.fetch = realFetch;
};
