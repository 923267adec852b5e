import { For, Show } from "solid-js";
import { problemOf } from "../lib/api.js";

/** An error answer from the API, in the page's language, with the fields concerned. */
export const Problem = (props: { error: unknown }) => {
  const p = () => problemOf(props.error);
  return (
    <div role="alert" class="problem">
      <strong>{p().title}</strong>
      <Show when={p().detail}>
        <p>{p().detail}</p>
      </Show>
      <Show when={p().errors.length > 0}>
        <ul>
          <For each={p().errors}>{(e) => <li>{e.message}</li>}</For>
        </ul>
      </Show>
    </div>
  );
};
