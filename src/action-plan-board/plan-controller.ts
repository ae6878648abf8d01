// Which plan the board shows, and where a person's changes go. A connection's plan (`connected.plan`) is shown over a
// host's (`actions`), which is kept aside meanwhile; the person edits what is shown; each edit is autosaved under
// `storage-key` (when there is one: src/internal/draft-store.ts never loses what it cannot read) and fired as
// `ge-plan-change`, where a connection hears it.
import type { ReactiveControllerHost } from 'lit';
import { normalizePlan, type PlanAction, type PlanIssue } from '../core/plan.js';
import { DraftStore } from '../internal/draft-store.js';
import { emit } from '../internal/events.js';
import type { BoardPlan } from './connected.js';
import type { MessageKey } from './messages.js';

/** A problem with this browser's storage, to show and fire as `ge-error`: the message's key and params, the error's code. */
export interface StorageProblem { key: MessageKey; params?: Record<string, string>; code: string }

/** This browser keeps nothing (storage off, full or blocked). */
export const storageUnavailable: StorageProblem = { key: 'storageUnavailable', code: 'storage-unavailable' };

const readStored = (data: unknown) => (Array.isArray(data) ? normalizePlan(data).actions : undefined);

export interface PlanOptions {
  /** This browser could not read or keep the autosaved plan: the board says so. */
  problem: (problem: StorageProblem) => void;
}

export class PlanController {
  /** The plan on screen, the person's edits included. */
  items: readonly PlanAction[] = [];
  /** What was read differently from what was given, listed on the board. */
  issues: PlanIssue[] = [];
  private unreported: PlanIssue[] = [];
  private hostPlan: { actions: readonly PlanAction[]; issues: PlanIssue[] } = { actions: [], issues: [] };
  private connected: BoardPlan | null = null;
  private store?: DraftStore<PlanAction[]>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: PlanOptions) {}

  /** A host set `actions`: read without losing a card, and shown unless a connection's plan is. */
  setHostPlan(value: unknown): void {
    const { actions, issues } = normalizePlan(value);
    this.hostPlan = { actions, issues };
    if (!this.connected) this.show(actions, issues);
  }

  /** A connection's plan: a new object is shown (the same one leaves the person's edits alone); none: the host's again. */
  setConnectedPlan(plan: BoardPlan | null): void {
    const before = this.connected;
    this.connected = plan;
    if (plan && plan !== before) this.showPlan(plan);
    else if (!plan && before) this.show(this.hostPlan.actions, this.hostPlan.issues);
  }

  /** Shows a plan a connection brought, read without losing a card (a fake one may bring anything). */
  showPlan(plan: BoardPlan): void {
    const { actions, issues } = normalizePlan(plan.actions);
    this.show(actions, [...(Array.isArray(plan.issues) ? plan.issues : []), ...issues]);
  }

  /** Shows a plan that is not a person's edit (a host's, a connection's, an import's, the one before a cancelled move). */
  show(actions: readonly PlanAction[], issues?: PlanIssue[]): void {
    this.items = actions;
    if (issues) this.issues = this.unreported = issues;
    this.host.requestUpdate();
  }

  /** A person's change: shown, kept under `storage-key`, and fired as `ge-plan-change`. */
  commit(plan: readonly PlanAction[] = this.items): void {
    this.items = plan;
    if (this.store?.save([...plan]) === 'unavailable') this.options.problem(storageUnavailable);
    emit(this.host, 'ge-plan-change', { actions: [...plan] });
    this.host.requestUpdate();
  }

  /** Autosaves under `key` from now on (none: stops), and shows the plan kept there, if any. */
  useStorage(key: string | null): void {
    this.store = key ? new DraftStore(key, 'gender-in-practice/plan@1', readStored) : undefined;
    const result = this.store?.load();
    if (result?.data) this.show(result.data);
    else if (result?.status === 'unreadable-kept') this.options.problem({ key: 'storageUnreadable', params: { key: result.keptAt ?? '' }, code: 'storage-unreadable' });
    else if (result?.status === 'unavailable') this.options.problem(storageUnavailable);
  }

  /** The issues not yet fired as `ge-error`. */
  takeUnreported(): PlanIssue[] {
    const issues = this.unreported;
    this.unreported = [];
    return issues;
  }
}
