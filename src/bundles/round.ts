// Entry of `dist/cdn/gender-in-practice-round.min.js`: the round add-on alone (docs/PROTOCOL.md);
// add it beside the elements' scripts on pages whose elements have an `endpoint`.
import '../round/index.js';
