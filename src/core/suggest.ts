// From ranked priorities to a few concrete draft actions, drawn from the built-in practice library
// (or the caller's). The rules are in suggest-rules.ts, which a page can load without the library.
import type { Assessment, Priority, SuggestedAction, SuggestOptions } from './types.js';
import { practices } from './practices.js';
import { suggestFromLibrary } from './suggest-rules.js';

/**
 * Draft actions for the top `top` priorities (default 3, clamped to 1..5), taken in the given
 * order (already ranked by `rankPriorities`), skipping those with no positive priority and those
 * whose dimension is not in `assessment`. Each dimension gets up to `perDimension` actions
 * (default 2): a `clarify` practice first when tagged `clarify-first`, an `inform` practice first
 * when tagged `inform`, otherwise `act` practices first. A dimension with no practice in the
 * library gets one generic action, so no short-listed dimension is left without a step. Pure.
 */
export function suggestActions(
  assessment: Assessment,
  priorities: readonly Priority[],
  options: SuggestOptions = {},
): SuggestedAction[] {
  return suggestFromLibrary(options.practices ?? practices, assessment, priorities, options);
}
