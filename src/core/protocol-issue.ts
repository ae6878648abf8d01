// What the protocol readers (protocol-results.ts, protocol-release.ts, protocol-round.ts) report
// about a body they read, on its own so that the readers need not import each other for it.

/** One problem found in a server's answer: where (`path`), what (`code`), and a developer's message. */
export interface ProtocolIssue {
  path: string;
  code: string;
  message: string;
}

export type ProtocolRead<T> = { ok: true; value: T; issues: ProtocolIssue[] } | { ok: false; issues: ProtocolIssue[] };
