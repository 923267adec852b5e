import { CitationSchema, citationKey, type Citation } from "../prelude/citation.js";
import { formatCitation } from "../law/index.js";

/** @deprecated since 0.2.0 — use `CitationSchema`: there is one citation shape. @category eligibility @since 0.1.0 */
export const BasisSchema = CitationSchema;

/** @deprecated since 0.2.0 — use `Citation`: there is one citation shape. @category eligibility @since 0.1.0 */
export type Basis = Citation;

/** @deprecated since 0.2.0 — a checked `Citation` is already a basis; add `paragraph`/`note` directly. @category eligibility @since 0.1.0 */
export const basisOf = (c: Citation, extra: { readonly paragraph?: number; readonly note?: string } = {}): Citation => ({ ...c, ...extra });

/** @deprecated since 0.2.0 — use `citationKey`. @category eligibility @since 0.1.0 */
export const basisKey: (b: Citation) => string = citationKey;

/** @deprecated since 0.2.0 — use `formatCitation` from `@ctip-vn/domain/law`. @category eligibility @since 0.1.0 */
export const formatBasis = formatCitation;
