import { instruments, isInstrumentId } from "../law/index.js";
import type { IsoDate } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";

/** A term (khóa) of a People's Council, e.g. `{ term: "XVIII", from: "2021-06-01" }`. @category resolution @since 0.4.0 */
export interface CouncilTerm {
  readonly term: string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/**
 * A province's People's Council as resolutions name it: the unit ("tỉnh", or "thành phố" for a
 * centrally-run city), the name after it ("Đà Nẵng"), the place written before the date, and the
 * terms the profile knows.
 * @category resolution
 * @since 0.4.0
 */
export interface ProvinceCouncil {
  readonly unit: "tỉnh" | "thành phố";
  readonly name: string;
  readonly place: string;
  readonly terms: ReadonlyArray<CouncilTerm>;
}

/**
 * What the resolution functions read from a province profile (a `ProvinceProfile` from
 * `defineProvince` is one): its council and its own instruments, which a resolution may cite.
 * @category resolution
 * @since 0.4.0
 */
export interface ResolutionProvince {
  readonly id: string;
  readonly name: Label;
  readonly council: ProvinceCouncil;
  readonly instruments: ReadonlyArray<{
    readonly id: string;
    readonly number: string;
    readonly citeAs: Label;
    readonly issued?: IsoDate;
    readonly effective?: IsoDate;
  }>;
}

/** The `provinces` option of `validateResolution`, the renderers and the templates. @category resolution @since 0.4.0 */
export interface ResolutionProvincesOption {
  /** Province profiles (from `@ctip-vn/province-*` packages): their instruments are known and their councils named as they say. */
  readonly provinces?: ReadonlyArray<ResolutionProvince>;
}

/** The province instrument `id` names among `provinces`, if any. */
export const provinceInstrument = (id: string, provinces: ReadonlyArray<ResolutionProvince> = []) => {
  for (const p of provinces) {
    const i = p.instruments.find((x) => x.id === id);
    if (i !== undefined) return i;
  }
  return undefined;
};

/** The profile whose council a document names ("Đà Nẵng"), if passed. */
export const councilProvince = (councilName: string, provinces: ReadonlyArray<ResolutionProvince> = []): ResolutionProvince | undefined => {
  const name = councilName.normalize("NFC").trim();
  return provinces.find((p) => p.council.name === name);
};

/** How an instrument reads in Vietnamese (its citation name), from the registry or a province profile; else its id. */
export const instrumentNameVi = (id: string, provinces: ReadonlyArray<ResolutionProvince> = []): string =>
  isInstrumentId(id) ? instruments[id].citeAs.vi : (provinceInstrument(id, provinces)?.citeAs.vi ?? id);
