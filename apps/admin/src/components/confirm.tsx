import { AlertDialog } from "@kobalte/core/alert-dialog";
import { createSignal, type JSX } from "solid-js";
import { t } from "../i18n/index.js";

/** A button that asks for confirmation in an accessible modal dialog (Kobalte) before acting. */
export const ConfirmButton = (props: { label: string; title: string; body: string; onConfirm: () => unknown; children?: JSX.Element; class?: string }) => {
  const [open, setOpen] = createSignal(false);
  return (
    <AlertDialog open={open()} onOpenChange={setOpen}>
      <AlertDialog.Trigger class={props.class ?? "secondary"}>{props.label}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog-overlay" />
        <div class="dialog-position">
          <AlertDialog.Content class="dialog">
            <AlertDialog.Title as="h2">{props.title}</AlertDialog.Title>
            <AlertDialog.Description>{props.body}</AlertDialog.Description>
            {props.children}
            <div class="actions">
              <button
                type="button"
                onClick={async () => {
                  await props.onConfirm();
                  setOpen(false);
                }}
              >
                {t("app.confirm")}
              </button>
              <AlertDialog.CloseButton class="secondary" aria-label={t("app.cancel")}>{t("app.cancel")}</AlertDialog.CloseButton>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  );
};
