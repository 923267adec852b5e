import { A } from "@solidjs/router";
import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { Problem } from "../components/problem.js";
import { t } from "../i18n/index.js";
import { api, headers, read } from "../lib/api.js";
import { canEdit } from "../lib/session.js";

/** Saves an evaluated input under a pseudonymous case reference (editors), then links to its sheet. */
export const SaveDecision = (props: { kind: "classification" | "eligibility"; input: Record<string, unknown>; onRef?: (ref: string) => void }) => {
  const [caseRef, setCaseRef] = createSignal("");
  const qc = useQueryClient();
  const save = createMutation(() => ({
    mutationFn: (body: { kind: "classification" | "eligibility"; caseRef: string; input: Record<string, unknown> }) =>
      read<{ id: string; caseRef: string }>(api.v1.decisions.$post({ json: body }, { headers: headers() })),
    onSuccess: (r: { id: string; caseRef: string }) => {
      void qc.invalidateQueries({ queryKey: ["decisions"] });
      props.onRef?.(r.caseRef);
    },
  }));
  return (
    <Show when={canEdit()}>
      <form
        class="form save no-print"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ kind: props.kind, caseRef: caseRef(), input: props.input });
        }}
      >
        <label class="field">
          {t("cls.caseRef")} <input type="text" required pattern="[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}" value={caseRef()} onInput={(e) => setCaseRef(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={save.isPending}>{t("cls.save")}</button>
      </form>
      <Show when={save.data}>
        {(d) => (
          <p role="status">
            {t("cls.saved", { ref: d().caseRef })} <A href={`/decisions/${d().id}`}>{t("decisions.open", { ref: d().caseRef })}</A>
          </p>
        )}
      </Show>
      <Show when={save.error}>{(e) => <Problem error={e()} />}</Show>
    </Show>
  );
};
