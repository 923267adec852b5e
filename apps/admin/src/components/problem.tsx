import { For, Show } from "solid-js";
import { locale } from "../i18n/index.js";
import { problemOf } from "../lib/api.js";

/**
 * An error answer from the API: its title and detail come in the page's language (vi, or en for
 * en/fr). The per-field messages are English validator text, so they are listed on English pages only.
 */
export const Problem = (props: { error: unknown }) => {
  const p = () => problemOf(props.error);
  return (
    <div role="alert" class="problem">
      <strong>{p().title}</strong>
      <Show when={p().detail}>
        <p>{p().detail}</p>
      </Show>
      <Show when={locale() === "en" && p().errors.length > 0}>
        <ul>
          <For each={p().errors}>{(e) => <li>{e.message}</li>}</For>
        </ul>
      </Show>
    </div>
  );
};
