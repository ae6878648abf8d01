// Autosave to localStorage that never loses data: a failure is reported, never thrown, and what
// could not be read is moved aside before anything is written over it.

/** What the last load or save did. `unavailable`: storage is off, full or blocked; answers are not being saved. */
export type DraftStatus = 'off' | 'empty' | 'restored' | 'saved' | 'unavailable' | 'unreadable-kept';

export interface DraftEnvelope<T> {
  format: string;
  savedAt: string;
  data: T;
}

export interface LoadResult<T> {
  status: DraftStatus;
  data?: T;
  /** Where unreadable data was moved aside, when it was. */
  keptAt?: string;
}

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null; // a sandboxed iframe or disabled cookies throw on mere access
  }
}

/** When the data stored under `key` was saved (its envelope's `savedAt`), without reading the rest. */
export function savedAtOf(key: string): string | undefined {
  try {
    const raw = storage()?.getItem(key);
    const env: unknown = raw ? JSON.parse(raw) : null;
    const at = env && typeof env === 'object' ? (env as { savedAt?: unknown }).savedAt : undefined;
    return typeof at === 'string' ? at : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One draft under one key. `format` names what is stored (e.g. `gender-in-practice/survey@1`);
 * `read` checks the stored `data` and returns it, or undefined when it is not what we wrote.
 */
export class DraftStore<T> {
  status: DraftStatus = 'off';
  keptAt?: string;
  /** True when the key holds data we could not read and could not move aside: never write there. */
  private blocked = false;

  constructor(readonly key: string, private readonly format: string,
    private readonly read: (data: unknown) => T | undefined) {}

  load(): LoadResult<T> {
    const s = storage();
    if (!s) return this.set('unavailable');
    let raw: string | null;
    try {
      raw = s.getItem(this.key);
    } catch {
      this.blocked = true; // what is there could not be read: never write over it
      return this.set('unavailable');
    }
    if (raw == null) return this.set('empty');
    let data: T | undefined;
    try {
      const env = JSON.parse(raw) as Partial<DraftEnvelope<unknown>>;
      if (env && typeof env === 'object' && env.format === this.format) data = this.read(env.data);
    } catch {
      data = undefined;
    }
    if (data !== undefined) {
      this.status = 'restored';
      return { status: 'restored', data };
    }
    // Garbage, another program's data, or another format: keep it under a new key before we ever write.
    const keptAt = `${this.key}.unreadable-${new Date().toISOString()}`;
    try {
      s.setItem(keptAt, raw);
      this.keptAt = keptAt;
      return { ...this.set('unreadable-kept'), keptAt };
    } catch {
      this.blocked = true;
      return this.set('unavailable');
    }
  }

  save(data: T): DraftStatus {
    const s = storage();
    if (!s || this.blocked) return this.set('unavailable').status;
    const env: DraftEnvelope<T> = { format: this.format, savedAt: new Date().toISOString(), data };
    try {
      s.setItem(this.key, JSON.stringify(env));
      this.status = 'saved';
    } catch {
      this.status = 'unavailable'; // quota exceeded or storage disabled: the page keeps the answers in memory
    }
    return this.status;
  }

  clear(): void {
    if (this.blocked) return;
    try {
      storage()?.removeItem(this.key);
      this.status = 'empty';
    } catch {
      this.status = 'unavailable';
    }
  }

  private set(status: DraftStatus): LoadResult<T> {
    this.status = status;
    return { status };
  }
}
