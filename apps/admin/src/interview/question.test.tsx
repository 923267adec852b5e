// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Answer } from "./engine.js";
import { QuestionForm } from "./question.js";
import { classificationQuestion } from "./classification.js";

const q = (path: string) => {
  const found = classificationQuestion(path);
  if (found === undefined) throw new Error(path);
  return found;
};

afterEach(cleanup);

describe("a question", () => {
  it("offers yes, no and 'chưa rõ' with nothing chosen, and refuses to go on without an answer", () => {
    const onAnswer = vi.fn<(a: Answer) => void>();
    render(() => <QuestionForm question={q("humanitarianPurpose")} answer={undefined} number={3} onAnswer={onAnswer} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("mục đích nhân đạo");
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.parentElement?.textContent?.trim())).toEqual(["Có", "Không", "Chưa rõ"]);
    expect(radios.some((r) => r.checked)).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toContain("Chưa rõ");
    fireEvent.click(screen.getByLabelText("Chưa rõ"));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: "unknown" });
  });

  it("takes a victim's age in years or as a birth date", () => {
    const onAnswer = vi.fn<(a: Answer) => void>();
    render(() => <QuestionForm question={q("victims[1].ageYears")} answer={undefined} number={9} onAnswer={onAnswer} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Nạn nhân 2");
    fireEvent.click(screen.getByLabelText("Ngày sinh"));
    fireEvent.input(screen.getAllByLabelText("Ngày sinh")[1] as HTMLInputElement, { target: { value: "2010-04-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: "value", value: { birthDate: "2010-04-30" } });
  });

  it("keeps 'none of these' apart from 'chưa rõ' on a list", () => {
    const onAnswer = vi.fn<(a: Answer) => void>();
    render(() => <QuestionForm question={q("means")} answer={undefined} number={4} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByLabelText("Không có trường hợp nào"));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: "value", value: [] });
  });

  it("shows the officer's earlier answer when going back", () => {
    render(() => <QuestionForm question={q("offenderAgeYears")} answer={{ kind: "value", value: 15 }} number={2} onAnswer={() => undefined} />);
    expect((screen.getByRole("spinbutton") as HTMLInputElement).value).toBe("15");
  });
});
