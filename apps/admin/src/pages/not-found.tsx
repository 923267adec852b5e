import { A } from "@solidjs/router";
import { Page } from "../components/page.js";
import { t } from "../i18n/index.js";

export function Screen() {
  return (
    <Page title={t("app.notFound")}>
      <p>{t("app.notFoundBody")}</p>
      <p><A href="/">{t("app.backHome")}</A></p>
    </Page>
  );
}
