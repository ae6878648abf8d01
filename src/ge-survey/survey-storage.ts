// The survey's autosave: one DraftStore per `storage-key`, a draft carried to the current version
// of the assessment on load, and what to tell the respondent about it.
import type { Assessment } from '../core/types.js';
import { migrateDraft, readDraft, type DraftMigration, type SurveyDraft } from '../core/draft.js';
import { DraftStore } from '../internal/draft-store.js';
import type { MessageKey } from './messages.js';

/** The format name written in the stored envelope: bump it when the draft's shape changes. */
export const DRAFT_FORMAT = 'gender-in-practice/ge-survey-draft@1';

export interface StorageNotice {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface OpenResult {
  /** The stored draft, carried over to the assessment; undefined when there was none to use. */
  migration?: DraftMigration;
  /** Stored data could not be read (it was kept aside, or left untouched when that failed). */
  unreadable: boolean;
}

export class SurveyStorage {
  private store?: DraftStore<SurveyDraft>;
  /** What happened on load (restored, migrated, unreadable): shown until the next load. */
  notice: StorageNotice | null = null;
  /** False once a save has failed (full, disabled, blocked): the respondent must be told. */
  saving = true;

  get key(): string | null {
    return this.store?.key ?? null;
  }

  /** Opens `key` (or closes, with null) and reads what is stored there for `assessment`. */
  open(key: string | null, assessment: Assessment): OpenResult {
    this.notice = null;
    this.saving = true;
    this.store = key ? new DraftStore<SurveyDraft>(key, DRAFT_FORMAT, readDraft) : undefined;
    if (!this.store) return { unreadable: false };
    const loaded = this.store.load();
    if (loaded.status === 'unavailable') this.saving = false;
    const unreadable = loaded.status === 'unreadable-kept' || (loaded.status === 'unavailable' && this.readable() === false);
    if (unreadable) this.notice = { key: 'unreadableKept' };
    if (!loaded.data) return { unreadable };
    const migration = migrateDraft(assessment, loaded.data);
    if (migration.versionChanged) {
      this.notice = migration.keptAside
        ? { key: 'migrated', params: { restored: migration.restored, aside: migration.keptAside } }
        : { key: 'migratedAll', params: { restored: migration.restored } };
    } else if (migration.restored || Object.keys(migration.draft.comments).length) {
      this.notice = { key: 'restored' };
    }
    return { migration, unreadable };
  }

  /** Saves at once; a failure is remembered (and shown), never thrown. */
  save(draft: SurveyDraft): void {
    if (!this.store) return;
    this.saving = this.store.save(draft) === 'saved';
  }

  /** Forgets the answers; answers kept aside from other versions stay. */
  clear(draft: SurveyDraft): void {
    if (!this.store) return;
    if (draft.orphans?.length) this.save(draft);
    else this.store.clear();
  }

  /** Deletes the draft, answers kept aside included (the server has the member's answers: a shared device keeps none). */
  forget(): void {
    this.store?.clear();
  }

  /** False when the key holds something (which the store could not move aside). */
  private readable(): boolean | undefined {
    try {
      return globalThis.localStorage.getItem(this.store!.key) == null;
    } catch {
      return undefined;
    }
  }
}
