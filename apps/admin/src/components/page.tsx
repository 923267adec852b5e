import { createEffect, onMount, type JSX } from "solid-js";
import { t } from "../i18n/index.js";

let firstPage = true;

/** A screen: sets the document title, and moves focus to its heading after each navigation (not on first load). */
export const Page = (props: { title: string; children: JSX.Element; class?: string }) => {
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => {
    document.title = `${props.title} — ${t("app.titleSuffix")}`;
  });
  onMount(() => {
    if (firstPage) firstPage = false;
    else heading?.focus();
  });
  return (
    <section aria-labelledby="page-title" class={props.class}>
      <h1 id="page-title" tabindex="-1" ref={(el) => (heading = el)}>{props.title}</h1>
      {props.children}
    </section>
  );
};
