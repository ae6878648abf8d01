// The shape of a bilingual message catalogue, on its own so that the catalogues (messages-csv.ts,
// messages-validation.ts, protocol-data.ts) and their formatter (messages.ts) need not import each other.
import type { Locale } from './types.js';

/** One message in each language the package ships, as a template with `{name}` placeholders. */
export type MessageCatalogue = Record<string, Record<Locale, string>>;
