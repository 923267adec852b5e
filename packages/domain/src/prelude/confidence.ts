/**
 * How sure we are of a legal fact, from the legal reference's tags:
 * `verified` = read in a stored copy of the legal text ([V]); `secondary` = a secondary source
 * such as news or a Q&A page ([S]); `unverified` = memory or inference, to be checked ([M]).
 * @category prelude
 * @since 0.1.0
 */
export type Confidence = "verified" | "secondary" | "unverified";

/** All confidence levels, strongest first. @category prelude @since 0.1.0 */
export const CONFIDENCE_LEVELS = ["verified", "secondary", "unverified"] as const satisfies ReadonlyArray<Confidence>;

/** The weaker of two confidence levels (a conclusion is only as sure as its weakest basis). @category prelude @since 0.1.0 */
export const weakest = (a: Confidence, b: Confidence): Confidence =>
  CONFIDENCE_LEVELS.indexOf(a) >= CONFIDENCE_LEVELS.indexOf(b) ? a : b;
