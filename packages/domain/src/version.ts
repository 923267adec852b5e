import { version } from "../package.json";

/** The library version, stored in every decision receipt so an audit can replay it. @category prelude @since 0.1.0 */
export const LIBRARY_VERSION: string = version;
