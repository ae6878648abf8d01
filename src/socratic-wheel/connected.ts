// What a connection (the round add-on, a workshop store…) gives the wheel through its `connected` property. Types only.
import type { Assessment } from '../core/types.js';
import type { NextRelease } from '../core/release-rule.js';
import type { RoundRelease } from '../core/protocol-release.js';

/** A release of a round's results as `GET R/results` gives it (docs/PROTOCOL.md): the core's `ReleaseView`, with the server's `id` and `at`. */
export type WheelRelease = RoundRelease;

/**
 * Where the results stand, the state of the status line: `ready` once drawn, otherwise why not (the
 * last drawing stays on screen). `server`: the server did not answer; `outdated`: it sends per-person
 * records (protocol 1), which the wheel refuses to draw; `unreadable`: its answer could not be read.
 */
export type WheelStatusState = 'loading' | 'ready' | 'offline' | 'server' | 'expired' | 'forbidden' | 'not-found' | 'refused' | 'unreadable' | 'outdated';
/** `resultsState`: the status line's state; `off` with no connection, `missing-addon` when `endpoint` is set and the round add-on is not on the page. */
export type ResultsState = 'off' | 'missing-addon' | WheelStatusState;
/** The last request for a release: `made`, or why none was (`too-soon`: the rule between releases). */
export type ReleaseOutcome = 'none' | 'made' | 'too-soon' | 'offline' | 'expired' | 'forbidden' | 'refused';
/** Saving the targets: `retrying` (kept on the device, sent again), or why they were not saved. */
export type TargetsState = 'idle' | 'saving' | 'saved' | 'retrying' | 'expired' | 'forbidden' | 'refused';
/** The status line's buttons: "Update" (or "Retry" after a failure) and "Make a new release". Each fires `ge-status-action`. */
export type WheelStatusAction = 'refresh' | 'make-release';

/** The status line above the wheel, in the wheel's language. */
export interface WheelStatus {
  state: WheelStatusState;
  params?: {
    /** Responses on the server now (the live count), null before it is known. */
    n?: number | null;
    /** Whether a new release may be made now, and how many more responses it needs. */
    next?: NextRelease | null;
    /** Releases made so far (the number shown for a release the server gave no id). */
    releases?: number;
    /** A request for a release is on its way: "Making a release…". */
    releasing?: boolean;
    /** What became of the last request for a release, and the server's message when it was refused. */
    outcome?: ReleaseOutcome;
    outcomeMessage?: string;
  };
  /** The server's message, said for `refused` and `unreadable`. */
  message?: string;
  /** The buttons shown. */
  actions?: WheelStatusAction[];
}

/** What became of the targets (a line under the status line, and a polite announcement). */
export interface WheelTargetsStatus {
  state: TargetsState;
  /** The server's message, said for `refused`. */
  message?: string;
}

/**
 * The wheel's `connected` property: what a connection brings, set by it and read by the wheel, which
 * never writes it. Every field is optional; the wheel derives what it shows from these and its host
 * properties (see the class's JSDoc for which wins).
 */
export interface WheelConnected {
  /** The round's assessment: its dimensions are the spokes, over the host's `assessment`. */
  assessment?: Assessment | null;
  /** The release to draw, over the host's `release`; `null` before the first (then nothing is drawn from `responses`). */
  release?: WheelRelease | null;
  /** Targets by dimension id on the wheel's scale: drawn as the `target` series unless the host's `series` has one with that id. */
  targets?: Readonly<Record<string, number>> | null;
  /** The round's minimum group size (k): what the first release needs; also the least k applied to `responses`. */
  minGroupSize?: number;
  status?: WheelStatus | null;
  targetsStatus?: WheelTargetsStatus | null;
}
