import { For, Show } from "solid-js";
import type { ProblemView } from "../api.js";

export const Problem = (props: { problem: ProblemView }) => (
  <div role="alert" class="problem">
    <strong>{props.problem.title}</strong>
    <Show when={props.problem.detail}>
      <p>{props.problem.detail}</p>
    </Show>
    <ul>
      <For each={props.problem.errors}>{(e) => <li><code>{e.path || "(gốc)"}</code>: {e.message}</li>}</For>
    </ul>
  </div>
);
