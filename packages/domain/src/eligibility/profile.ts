import type { Citation } from "../prelude/citation.js";
import type { Period } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";
import type { Version } from "../prelude/versioned.js";
import type { SupportLawId } from "./governing-law.js";
import type { AmountSpec, SupportItemIdOf } from "./parameters.js";
import type { RegimeId } from "./rules.js";

/**
 * A local amount for a national support item, dated and cited to a provincial instrument. The
 * item must belong to the law named (`item` is typed per law).
 * @category eligibility
 * @since 0.1.0
 */
export type LocalRate = {
  readonly [L in SupportLawId]: { readonly law: L; readonly item: SupportItemIdOf<L>; readonly versions: ReadonlyArray<Version<AmountSpec>> };
}[SupportLawId];

/** Who decides each regime locally, over a period. @category eligibility @since 0.1.0 */
export type LocalAuthorities = Version<Partial<Readonly<Record<RegimeId, string>>>>;

/**
 * A priority target group. `criterion` is applied to the person when the facts allow
 * (`age_under`); `described` groups are informational (no request field matches them).
 * @category eligibility
 * @since 0.1.0
 */
export interface PriorityGroup {
  readonly id: string;
  readonly label: Label;
  readonly criterion: { readonly kind: "age_under"; readonly years: number } | { readonly kind: "described" };
  readonly period: Period;
  readonly basis: ReadonlyArray<Citation>;
}

/**
 * What eligibility reads from a province profile: its id, version and name, and the support
 * overrides. A checked `ProvinceProfile` from `defineProvince` is one; eligibility depends on this
 * shape, not on the province module.
 * @category eligibility
 * @since 0.2.0
 */
export interface SupportProfile {
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  /** The province's own instruments (what its local citations name). */
  readonly instruments: ReadonlyArray<{ readonly id: string }>;
  readonly overrides: {
    readonly "support.localRates"?: ReadonlyArray<LocalRate>;
    readonly "support.authorities"?: ReadonlyArray<LocalAuthorities>;
    readonly "support.priorityGroups"?: ReadonlyArray<PriorityGroup>;
  };
}
