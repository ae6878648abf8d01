// Types of the browser tests' round server (round-server.mjs), for the Node test that drives it.

/** What the middleware reads and writes of a Koa context. */
export interface RoundServerContext {
  method: string;
  path: string;
  ip: string;
  req: AsyncIterable<Uint8Array>;
  get(name: string): string;
  set(name: string, value: string): void;
  status: number;
  type: string;
  body: unknown;
}

export function roundServer(): (ctx: RoundServerContext, next: () => Promise<unknown>) => Promise<unknown>;
