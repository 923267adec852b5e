import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import { createSignal, For, Index, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";
import { authHeaders, session } from "../session.js";
import { blankVictim, emptyCase, toggle, type VictimForm } from "./classification-form.js";

const ACTS = [["transfer", "Chuyển giao"], ["receive", "Tiếp nhận"], ["recruit", "Tuyển mộ"], ["transport", "Vận chuyển"], ["harbour", "Chứa chấp"]] as const;
const PURPOSES = [["money_or_benefit", "Giao, nhận tiền, tài sản, lợi ích vật chất"], ["sexual_exploitation", "Bóc lột tình dục"], ["forced_labour", "Cưỡng bức lao động"], ["organ_removal", "Lấy bộ phận cơ thể"], ["other_inhumane", "Mục đích vô nhân đạo khác"]] as const;
const MEANS = [["force", "Dùng vũ lực"], ["threat_of_force", "Đe dọa dùng vũ lực"], ["deception", "Lừa gạt"], ["other_trick", "Thủ đoạn khác"]] as const;
const CIRCUMSTANCES = [["organised", "Có tổ chức"], ["professional", "Có tính chất chuyên nghiệp"], ["base_motive", "Vì động cơ đê hèn"], ["repeat_offence", "Phạm tội 02 lần trở lên"], ["dangerous_recidivism", "Tái phạm nguy hiểm"], ["abuse_of_position", "Lợi dụng chức vụ, quyền hạn"], ["abuse_of_adoption", "Lợi dụng hoạt động cho, nhận con nuôi"]] as const;
const STATUS: Record<Classification["status"], string> = { TRAFFICKING: "Có dấu hiệu tội mua bán người", NOT_TRAFFICKING: "Không cấu thành tội mua bán người", INSUFFICIENT_DATA: "Chưa đủ dữ kiện" };

const Checks = <T extends string>(props: { legend: string; options: ReadonlyArray<readonly [T, string]>; value: ReadonlyArray<T>; onChange: (v: T[]) => void }) => (
  <fieldset>
    <legend>{props.legend}</legend>
    <For each={props.options}>
      {([id, label]) => (
        <label class="check">
          <input type="checkbox" checked={props.value.includes(id)} onChange={() => props.onChange(toggle(props.value, id))} /> {label}
        </label>
      )}
    </For>
  </fieldset>
);

export const ClassificationPage = () => {
  const [facts, setFacts] = createSignal<CaseFactsInput>(emptyCase());
  const [victims, setVictims] = createSignal<VictimForm[]>([blankVictim()]);
  const [result, setResult] = createSignal<Classification>();
  const [problem, setProblem] = createSignal<ProblemView>();
  const [caseRef, setCaseRef] = createSignal("");
  const [saved, setSaved] = createSignal<string>();
  const patch = (p: Partial<CaseFactsInput>) => setFacts({ ...facts(), ...p });
  const body = () => ({ ...facts(), victims: victims().map((v) => ({ ageYears: v.ageYears, injuryPercent: v.injuryPercent, outcome: v.outcome, bodyPartRemoved: v.bodyPartRemoved, inOffenderCare: v.inOffenderCare, takenAcrossBorder: v.takenAcrossBorder })) });
  const save = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const r = await postJson<{ id: string; caseRef: string }>("/v1/decisions", { kind: "classification", caseRef: caseRef(), input: body() }, authHeaders());
    if (r.ok) setSaved(r.value.caseRef);
    else setProblem(r.problem);
  };
  const patchVictim = (i: number, p: Partial<VictimForm>) => setVictims(victims().map((v, j) => (j === i ? { ...v, ...p } : v)));

  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    setSaved(undefined);
    const r = await postJson<Classification>("/v1/classification", body());
    if (r.ok) setResult(r.value);
    else {
      setResult(undefined);
      setProblem(r.problem);
    }
  };

  return (
    <section aria-labelledby="cls-h">
      <h2 id="cls-h">Phân loại vụ việc (Điều 150, 151 Bộ luật Hình sự)</h2>
      <form onSubmit={submit}>
        <label>
          Ngày thực hiện hành vi <input type="date" required value={facts().offenceDate} onInput={(e) => patch({ offenceDate: e.currentTarget.value })} />
        </label>
        <Checks legend="Hành vi" options={ACTS} value={facts().acts ?? []} onChange={(acts) => patch({ acts })} />
        <Checks legend="Mục đích" options={PURPOSES} value={facts().purposes ?? []} onChange={(purposes) => patch({ purposes })} />
        <Checks legend="Thủ đoạn" options={MEANS} value={facts().means ?? []} onChange={(means) => patch({ means })} />
        <Checks legend="Tình tiết" options={CIRCUMSTANCES} value={facts().circumstances ?? []} onChange={(circumstances) => patch({ circumstances })} />
        <fieldset>
          <legend>Nạn nhân</legend>
          <Index each={victims()}>
            {(v, i) => (
              <div class="victim">
                <span>Nạn nhân {i + 1}</span>
                <label>Tuổi <input type="number" min="0" max="130" required value={v().ageYears} onInput={(e) => patchVictim(i, { ageYears: e.currentTarget.valueAsNumber })} /></label>
                <label>Tỷ lệ tổn thương (%) <input type="number" min="0" max="100" required value={v().injuryPercent} onInput={(e) => patchVictim(i, { injuryPercent: e.currentTarget.valueAsNumber })} /></label>
                <label>
                  Hậu quả{" "}
                  <select value={v().outcome} onChange={(e) => patchVictim(i, { outcome: e.currentTarget.value as VictimForm["outcome"] })}>
                    <option value="none">Không</option>
                    <option value="death">Chết</option>
                    <option value="suicide">Tự sát</option>
                  </select>
                </label>
                <label class="check"><input type="checkbox" checked={v().bodyPartRemoved} onChange={(e) => patchVictim(i, { bodyPartRemoved: e.currentTarget.checked })} /> Đã bị lấy bộ phận cơ thể</label>
                <label class="check"><input type="checkbox" checked={v().takenAcrossBorder} onChange={(e) => patchVictim(i, { takenAcrossBorder: e.currentTarget.checked })} /> Bị đưa ra khỏi biên giới</label>
                <label class="check"><input type="checkbox" checked={v().inOffenderCare} onChange={(e) => patchVictim(i, { inOffenderCare: e.currentTarget.checked })} /> Do người phạm tội chăm sóc, nuôi dưỡng</label>
              </div>
            )}
          </Index>
          <button type="button" onClick={() => setVictims([...victims(), blankVictim()])}>Thêm nạn nhân</button>
        </fieldset>
        <label class="check">
          <input type="checkbox" checked={facts().humanitarianPurpose ?? false} onChange={(e) => patch({ humanitarianPurpose: e.currentTarget.checked })} /> Vì mục đích nhân đạo
        </label>
        <label>
          Tuổi người phạm tội <input type="number" min="0" max="130" required value={facts().offenderAgeYears ?? ""} onInput={(e) => patch({ offenderAgeYears: e.currentTarget.valueAsNumber })} />
        </label>
        <button type="submit">Phân loại</button>
      </form>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
      <Show when={result()}>
        {(r) => (
          <div class="result" data-testid="classification-result">
            <h3>{STATUS[r().status]}</h3>
            <For each={r().charges}>
              {(c) => (
                <article class="charge">
                  <h4>
                    Điều {c.article} khoản {c.clause}
                    {c.points.length > 0 ? ` điểm ${c.points.join(", ")}` : ""}
                  </h4>
                  <p>
                    Phạt tù từ {c.penalty.prisonYears.min} đến {c.penalty.prisonYears.max} năm{c.penalty.life ? " hoặc tù chung thân" : ""}
                  </p>
                  <p>Căn cứ: {c.basis.join("; ")}</p>
                </article>
              )}
            </For>
            <Show when={r().missingFacts.length > 0}>
              <p>Cần bổ sung: {r().missingFacts.join(", ")}</p>
            </Show>
            <For each={r().screening}>{(s) => <p class="screening">Điều {s.article}: {s.reason}</p>}</For>
            <Show when={session()?.role === "editor" || session()?.role === "admin"}>
              <form class="save" onSubmit={save}>
                <label>
                  Mã hồ sơ (không ghi tên nạn nhân){" "}
                  <input type="text" required pattern="[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}" value={caseRef()} onInput={(e) => setCaseRef(e.currentTarget.value)} />
                </label>
                <button type="submit">Lưu quyết định</button>
              </form>
            </Show>
            <Show when={saved()}>{(ref) => <p role="status">Đã lưu hồ sơ {ref()}.</p>}</Show>
            <details>
              <summary>Diễn giải</summary>
              <ol>
                <For each={r().explanation}>{(x) => <li classList={{ held: x.result }}>{x.rule}</li>}</For>
              </ol>
            </details>
          </div>
        )}
      </Show>
    </section>
  );
};
