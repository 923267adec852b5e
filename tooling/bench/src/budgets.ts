// `pnpm bench`: every budget of issue 14 measured side by side in one run — rules, KPI at scale,
// API vs bare Hono, bundle sizes, start-up — then BENCHMARKS.md in reports/latest/ (the committed
// one at the repository root with `pnpm bench:publish`, or under BENCH_OUT) and a non-zero exit when a budget fails. `BENCH_CI=1` (`pnpm bench:ci`) is the fast
// variant: sizes (deterministic, gating), the baselines' agreement with the library over 1,000 cases
// and requests (deterministic, gating, a few seconds) and a short rules ratio run (reported, not gating).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { build } from "esbuild";
import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import { assessEligibilityUnsafe, type EligibilityRequestInput } from "@ctip-vn/domain/eligibility";
import { columnsFromRecords, countsFromColumns, countsFromRecords, type KpiRecord } from "@ctip-vn/domain/kpi";
import { isoDate } from "@ctip-vn/domain";
import { agreesFully, checkAgreement, corpus, summary } from "./agreement.ts";
import { classificationEngine, copy, decidingFacts, eligibilityEngine, engineClassifyKey, engineEligibility, handClassifyKey, handDecision, handEligibilityKey, handWhatWouldChange } from "./baselines.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const CI = process.env["BENCH_CI"] === "1";
const only = new Set((process.env["BENCH_ONLY"] ?? (CI ? "sizes,rules" : "rules,kpi,api,sizes,startup")).split(","));
const N = CI ? 1_000 : 10_000;
const AT = { evaluatedAt: "2026-01-01T00:00:00Z" };
const started = Date.now();
const load0 = loadavg();

interface Budget {
  readonly name: string;
  readonly measured: string;
  readonly limit: string;
  readonly pass: boolean;
  readonly gate: boolean; // part of `pnpm test` (bench:ci) — deterministic budgets only
}
const budgets: Budget[] = [];
const sections: string[] = [];
const budget = (name: string, measured: string, limit: string, pass: boolean, gate = false) => budgets.push({ name, measured, limit, pass, gate });
const f1 = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const log = (s: string) => console.info(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${s}`);

/** Median µs per call of each variant over the corpus, variants interleaved round by round. */
async function perCall(variants: Record<string, (i: number) => unknown>, n: number, rounds: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++)
    for (const [name, fn] of Object.entries(variants)) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) {
        const v = fn(i);
        if (v instanceof Promise) await v;
      }
      samples[name]?.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
    }
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN]));
}

// ------------------------------------------------------------------------------------- 1. rules
if (only.has("rules")) {
  log(`rules: generating ${N} case facts and ${N} eligibility requests (seed 42)`);
  const { cases, requests } = corpus(N);
  // Templates: one library result per hand-written decision key (the baseline copies it).
  const classTemplates = new Map<string, unknown>();
  const eligTemplates = new Map<string, unknown>();
  log("rules: checking that the baselines decide what the library decides");
  const agreement = await checkAgreement(cases, requests, { classTemplates, eligTemplates });
  const agreed = agreesFully(agreement);
  budget("Baselines agree with the library (else the ratios compare different work)", summary(agreement), "100%", agreed, true);
  if (!agreed) {
    console.error(`[bench] The baselines disagree with the library: ${summary(agreement)}. First disagreements (\`node tooling/bench/src/agreement.ts\` lists them):`);
    for (const d of agreement.disagreements) console.error(`  ${d.what} #${d.index}: expected ${d.expected}, got ${d.actual}\n    input ${JSON.stringify(d.input)}`);
  }
  const cEngine = classificationEngine();
  const eEngine = eligibilityEngine();
  log("rules: timing classification (interleaved rounds)");
  const rounds = 3;
  const cls = await perCall(
    {
      "library, full result (receipt hashes read)": (i) => {
        const r = classifyCase(cases[i] as CaseFactsInput, AT);
        return r.receipt.inputHash.length + r.receipt.resultHash.length;
      },
      "library, receipt hashes not read": (i) => classifyCase(cases[i] as CaseFactsInput, AT).status,
      "hand-written baseline (same result object)": (i) => copy(classTemplates.get(handClassifyKey(cases[i] as CaseFactsInput))),
      "json-rules-engine": (i) => engineClassifyKey(cEngine, cases[i] as CaseFactsInput),
    },
    N,
    rounds,
  );
  log("rules: timing eligibility");
  const en = CI ? 300 : Math.min(N, 2_000);
  const elig = await perCall(
    {
      "library, full result (receipt hashes read)": (i) => {
        const r = assessEligibilityUnsafe(requests[i] as EligibilityRequestInput, AT);
        return r.receipt.inputHash.length + r.receipt.resultHash.length;
      },
      "library, receipt hashes not read": (i) => assessEligibilityUnsafe(requests[i] as EligibilityRequestInput, AT).law,
      "library, whatWouldChange: false": (i) => assessEligibilityUnsafe(requests[i] as EligibilityRequestInput, { ...AT, whatWouldChange: false }).law,
      "hand-written baseline (same result object)": (i) => {
        const q = requests[i] as EligibilityRequestInput;
        const decision = handDecision(q);
        const answer = copy(eligTemplates.get(decision.key)) as Record<string, unknown>;
        answer["whatWouldChange"] = handWhatWouldChange(q, decision);
        return answer;
      },
      "hand-written baseline, no whatWouldChange (compare with the library's whatWouldChange: false)": (i) => {
        const q = requests[i] as EligibilityRequestInput;
        return copy(eligTemplates.get(handEligibilityKey(q, decidingFacts(q))));
      },
      "json-rules-engine": (i) => engineEligibility(eEngine, decidingFacts(requests[i] as EligibilityRequestInput)),
    },
    en,
    3,
  );
  const sizeOf = (xs: ReadonlyArray<unknown>) => xs.reduce<number>((s, x) => s + Buffer.byteLength(JSON.stringify(x)), 0) / xs.length;
  const avgClsBytes = sizeOf(cases.slice(0, 500).map((c) => classifyCase(c, AT)));
  const avgEligBytes = sizeOf(requests.slice(0, 200).map((q) => assessEligibilityUnsafe(q, AT)));
  const table = (title: string, m: Record<string, number>, calls: number) => {
    const base = m["hand-written baseline (same result object)"] ?? Number.NaN;
    const jre = m["json-rules-engine"] ?? Number.NaN;
    return [
      `**${title}** — ${calls.toLocaleString("en")} calls per round, median of interleaved rounds`,
      "",
      "| Variant | µs per call | × hand-written | json-rules-engine ÷ variant |",
      "|---|---:|---:|---:|",
      ...Object.entries(m).map(([k, v]) => `| ${k} | ${f1(v)} | ${f1(v / base)} | ${f1(jre / v)} |`),
      "",
    ].join("\n");
  };
  sections.push(
    [
      "## 1. Rules",
      "",
      `Corpus: ${N.toLocaleString("en")} case facts (\`arbitraryCompleteCaseFacts\`) and ${N.toLocaleString("en")} eligibility requests (\`arbitraryEligibilityRequest\`), fast-check seed 42; eligibility timed over the first ${en.toLocaleString("en")} of them per round (the full corpus is generated, decided and checked).`,
      "",
      table("classifyCase", cls, N),
      table("assessEligibility", elig, en),
      `The hand-written baseline decides with plain if/else (Arts 150/151 points and clause selection; Art. 37/Art. 32 placement and matrix) and then builds a result object of the same shape and size by copying the library result captured once per decision (so the comparison is the library's cost of deciding *and* explaining vs deciding plus allocating the same answer). What depends on the request's own facts beyond its decision — eligibility's \`whatWouldChange\` — the baseline computes by hand, as the library defines it (the same candidate changes of one fact, then pairs, in the same order, each changed request re-decided with the hand-written placement, matrix and item check): a copied \`whatWouldChange\` would belong to another request. The row "no whatWouldChange" times the baseline without that search, to compare with the library's \`whatWouldChange: false\`. Its decisions agree with the library on **${agreement.classification.hand}/${N}** cases (status, Art. 12 liability; each charge's article, clause, points, applicable bracket after Arts 91/101, additional penalties) and **${agreement.eligibility.hand}/${N}** requests (law, transitional, category, every regime status after its items' conditions, and \`whatWouldChange\` option for option); json-rules-engine agrees with the baseline on ${agreement.classification.engine}/${N} cases and ${agreement.eligibility.engine}/${N} requests (the rules it encodes). Anything below 100% fails the run, \`pnpm bench:ci\` included. Average answer size: classification ${kb(avgClsBytes)}, eligibility ${kb(avgEligBytes)} of JSON.`,
      "",
    ].join("\n"),
  );
  for (const [name, m] of [["classifyCase", cls], ["assessEligibility", elig]] as const) {
    const full = m["library, full result (receipt hashes read)"] ?? Number.NaN;
    const noHash = m["library, receipt hashes not read"] ?? Number.NaN;
    const base = m["hand-written baseline (same result object)"] ?? Number.NaN;
    const jre = m["json-rules-engine"] ?? Number.NaN;
    budget(`${name}: json-rules-engine ÷ library (full)`, `${f1(jre / full)}×`, "≥ 50×", jre / full >= 50);
    budget(`${name}: library (full) ÷ hand-written`, `${f1(full / base)}×`, "≤ 10×", full / base <= 10);
    budget(`${name}: library (no receipt hash) ÷ hand-written`, `${f1(noHash / base)}×`, "≤ 3×", noHash / base <= 3);
  }
}

// ---------------------------------------------------------------------------------------- 2. KPI
// The KPI section runs in a process of its own (this script again, with BENCH_KPI_CHILD naming the
// file for its result): after the rules section, the JIT and heap state it left slowed the two
// loops by different amounts, and the ratio went from 1.5–1.9× alone to 3.5–4.3× in full runs.
const kpiChild = process.env["BENCH_KPI_CHILD"];
if (only.has("kpi") && kpiChild === undefined) {
  log("kpi: in a process of its own");
  const dir = mkdtempSync(join(tmpdir(), "ctip-bench-kpi-"));
  const out = join(dir, "kpi.json");
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_ONLY: "kpi", BENCH_KPI_CHILD: out }, stdio: ["ignore", "inherit", "inherit"] }).on("exit", resolve),
  );
  if (code !== 0 || !existsSync(out)) throw new Error(`the KPI section's process failed (exit code ${code})`);
  const result = JSON.parse(readFileSync(out, "utf8")) as { sections: string[]; budgets: Budget[] };
  sections.push(...result.sections);
  budgets.push(...result.budgets);
  rmSync(dir, { recursive: true, force: true });
}
if (only.has("kpi") && kpiChild !== undefined) {
  log("kpi: 1,000,000 records");
  const M = 1_000_000;
  const ROUNDS = 21;
  const OBJECT_ROUNDS = 5;
  const DAYS = ["2021-12-15", "2022-01-10", "2022-03-31", "2022-06-30", "2022-09-01", "2022-12-31", "2023-01-02"] as const;
  const dayNum = (d: string) => Number(d.slice(0, 4)) * 372 + Number(d.slice(5, 7)) * 31 + Number(d.slice(8, 10));
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  // Memory in use: the heap and the memory of ArrayBuffers (typed arrays keep their data outside the heap).
  const inUse = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const records: KpiRecord[] = [];
  for (let i = 0; i < M; i++) {
    const day = DAYS[i % DAYS.length] ?? "2022-06-30";
    records.push(
      i % 3 === 0
        ? { receivedOn: day, classifiedOn: day, ...(i % 7 === 0 ? {} : { resolvedOn: day }) }
        : { initiatedOn: day, procuracyAcceptedOn: day, courtAcceptedOn: day, detectedOn: day, suspects: 1 + (i % 3), victimsRescued: i % 2, ...(i % 11 === 0 ? {} : { solvedOn: day, indictedOn: day, triedOn: day }) },
    );
  }
  gc();
  const inputBytes = process.memoryUsage().heapUsed - h0;
  // The same data as columns: 10 day columns and 4 people columns (-1 = absent).
  const FIELDS = ["receivedOn", "classifiedOn", "resolvedOn", "initiatedOn", "solvedOn", "procuracyAcceptedOn", "indictedOn", "courtAcceptedOn", "triedOn", "detectedOn"] as const;
  const cols = FIELDS.map(() => new Int32Array(M).fill(-1));
  const people = [new Int32Array(M), new Int32Array(M), new Int32Array(M), new Int32Array(M)];
  for (let i = 0; i < M; i++) {
    const r = records[i] as Record<string, unknown>;
    FIELDS.forEach((f, j) => {
      const v = r[f];
      if (typeof v === "string") (cols[j] as Int32Array)[i] = dayNum(v);
    });
    (people[0] as Int32Array)[i] = (r["suspects"] as number | undefined) ?? 0;
    (people[2] as Int32Array)[i] = (r["victimsRescued"] as number | undefined) ?? 0;
  }
  const from = dayNum("2022-01-01");
  const to = dayNum("2022-12-31");
  const typedLoop = () => {
    const [rec, cla, res, ini, sol, pro, ind, cou, tri, det] = cols as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    const [sus, vid, vre, vsu] = people as [Int32Array, Int32Array, Int32Array, Int32Array];
    let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    for (let i = 0; i < M; i++) {
      const r = rec[i] as number;
      if (r >= from && r <= to) {
        c0++;
        const a = cla[i] as number;
        if (a >= 0 && a <= to) c1++;
        const b = res[i] as number;
        if (b >= 0 && b <= to) c2++;
      }
      const n = ini[i] as number;
      if (n >= from && n <= to) {
        c3++;
        const s = sol[i] as number;
        if (s >= 0 && s <= to) c4++;
      }
      const p = pro[i] as number;
      if (p >= from && p <= to) {
        c5++;
        const d = ind[i] as number;
        if (d >= 0 && d <= to) c6++;
      }
      const q = cou[i] as number;
      if (q >= from && q <= to) {
        c7++;
        const t = tri[i] as number;
        if (t >= 0 && t <= to) c8++;
      }
      const e = det[i] as number;
      if (e >= from && e <= to) {
        c9++;
        c10 += sus[i] as number;
        c11 += vid[i] as number;
        c12 += vre[i] as number;
        c13 += vsu[i] as number;
      }
    }
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13];
  };
  const PERIOD = { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") };
  const lib = () => countsFromRecords(records, PERIOD);
  // The library's columnar form of the same records (day ordinals, 0 = absent), built once.
  const libColumnsResult = columnsFromRecords(records);
  if (libColumnsResult._tag !== "Success") throw new Error("columnsFromRecords refused the synthetic records");
  const libColumns = libColumnsResult.success;
  const libCols = () => countsFromColumns(libColumns, PERIOD);
  // Each variant runs once before the timed rounds; their counts are compared.
  const objectsCounts = lib();
  const columnsCounts = libCols();
  const typedCounts = typedLoop();
  const agree = objectsCounts._tag === "Success" && columnsCounts._tag === "Success" && JSON.stringify(objectsCounts.success) === JSON.stringify(columnsCounts.success);
  const baselineAgrees = columnsCounts._tag === "Success" && JSON.stringify(Object.values(columnsCounts.success)) === JSON.stringify(typedCounts);
  const times = { library: [] as number[], columns: [] as number[], typed: [] as number[] };
  const ratios: number[] = [];
  const ms = (run: () => unknown): number => {
    const t0 = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  /** Growth of memory in use during one run (after a full collection; none forced inside it). */
  const growth = (run: () => unknown): number => {
    gc();
    const before = inUse();
    run();
    return Math.max(0, inUse() - before);
  };
  // The objects first, in rounds of their own (each allocates ~40 MB of garbage).
  let peakExtra = 0;
  for (let r = 0; r < OBJECT_ROUNDS; r++) {
    gc();
    const before = inUse();
    times.library.push(ms(lib));
    peakExtra = Math.max(peakExtra, inUse() - before);
  }
  // Then the columns and the typed loop back to back in each round, in turn first and second, with
  // no collection forced between them (a forced collection drops the typed loop's optimised code,
  // which only its running loop had, and would slow it); their ratio is taken round by round.
  gc();
  for (let r = 0; r < ROUNDS; r++) {
    let columns: number;
    let typed: number;
    if (r % 2 === 0) {
      columns = ms(libCols);
      typed = ms(typedLoop);
    } else {
      typed = ms(typedLoop);
      columns = ms(libCols);
    }
    times.columns.push(columns);
    times.typed.push(typed);
    ratios.push(columns / typed);
  }
  let peakColumns = 0;
  for (let r = 0; r < 3; r++) peakColumns = Math.max(peakColumns, growth(libCols));
  if (process.env["BENCH_KPI_TIMES"] === "1") console.info(JSON.stringify(times, (_, v: unknown) => (typeof v === "number" ? Math.round(v * 10) / 10 : v)));
  const sorted = (xs: number[]) => xs.toSorted((a, b) => a - b);
  const at = (xs: number[], q: number) => sorted(xs)[Math.round(q * (xs.length - 1))] ?? Number.NaN;
  const med = (xs: number[]) => at(xs, 0.5);
  const tl = med(times.library);
  const tc = med(times.columns);
  const tt = med(times.typed);
  const ratio = med(ratios);
  const typedBytes = (FIELDS.length + 4) * 4 * M;
  sections.push(
    [
      "## 2. KPI at scale",
      "",
      `All 14 counts over 1,000,000 synthetic records (the period 2022). The library reads the records as objects (\`countsFromRecords\`, validating each) or as its columns (\`countsFromColumns\` over 14 \`Int32Array\` of day ordinals and numbers, built once by \`columnsFromRecords\`; the same checks — days, order of steps, whole numbers, figures with a detection day — in the same pass); the baseline is a single pass over 14 \`Int32Array\` columns holding the same data. The budget is judged on the columnar entry point, the one meant for national runs.`,
      "",
      `Method: this section runs in a process of its own, so that what ran before it (the rules section's JIT and heap) does not weigh on it. Each variant runs once untimed (its counts compared). The objects are timed first, ${OBJECT_ROUNDS} rounds each after a full collection. Then ${ROUNDS} rounds of the columns and the typed loop back to back, in turn first and second, with no collection forced between them (one drops the typed loop's optimised code, which only its running loop had, and would slow it). The ms below are medians of the rounds; the ratio judged is the median of the ${ROUNDS} per-round ratios (${f1(at(ratios, 0.25))}× to ${f1(at(ratios, 0.75))}× for the middle half of the rounds, ${f1(at(ratios, 0))}× to ${f1(at(ratios, 1))}× in all). Memory is measured in runs of its own.`,
      "",
      "| Variant | ms | ns per record | × typed-array | input size |",
      "|---|---:|---:|---:|---:|",
      `| countsFromRecords (1,000,000 objects) | ${f1(tl)} | ${f1((tl * 1e6) / M)} | ${f1(tl / tt)} | ${kb(inputBytes)} of heap |`,
      `| countsFromColumns (14 Int32Array) | ${f1(tc)} | ${f1((tc * 1e6) / M)} | ${f1(ratio)} (median of rounds) | ${kb(typedBytes)} |`,
      `| typed-array single pass | ${f1(tt)} | ${f1((tt * 1e6) / M)} | 1.00 | ${kb(typedBytes)} |`,
      "",
      `What each does: the baseline checks nothing, and reads a row's closing-step and figure columns only when the row's opening step (or detection day) falls in the period; \`countsFromColumns\` reads all 14 values of every row, because it checks each (days in range, each step on or after the one it follows, numbers ≥ 0, figures only with a detection day) before counting. Absent is −1 in the baseline's columns (so a closing step counts when \`≥ 0\`) and 0 in the library's (so when \`≠ 0\`): the same number of comparisons. The baseline's 14 counts equal the library's: ${baselineAgrees ? "yes" : "**no**"}.`,
      "",
      `The two library entry points give the same counts: ${agree ? "yes" : "**no**"}. Memory: growth of the heap and of ArrayBuffer memory during a run (no collection forced inside it) ${kb(Math.max(0, peakExtra))} for the objects (${f1(Math.max(0, peakExtra) / inputBytes)}× their ${kb(inputBytes)}) and ${kb(Math.max(0, peakColumns))} for the columns (${f1(Math.max(0, peakColumns) / typedBytes)}× their ${kb(typedBytes)}); both counters keep O(1) state.`,
      "",
    ].join("\n"),
  );
  budget("KPI: library (countsFromColumns) ÷ typed-array loop", `${f1(ratio)}×`, "≤ 2×", agree && baselineAgrees && ratio <= 2);
  budget("KPI: memory ÷ input size", `${f1(Math.max(0, peakColumns) / typedBytes)}× (objects ${f1(Math.max(0, peakExtra) / inputBytes)}×)`, "≤ 2×", Math.max(0, peakExtra) / inputBytes <= 2 && Math.max(0, peakColumns) / typedBytes <= 2);
  writeFileSync(kpiChild, JSON.stringify({ sections, budgets }));
  process.exit(0);
}

// ------------------------------------------------------------------------ servers (3. API, 5. start-up)
const apiEntry = join(root, "apps/api/dist/node.js");
const bareEntry = join(here, "bare-server.ts");
interface Started {
  readonly proc: ChildProcess;
  readonly ms: number;
  readonly dir: string;
}
async function start(kind: "api" | "bare", port: number): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), "ctip-bench-"));
  const t0 = performance.now();
  const proc = spawn(process.execPath, [kind === "api" ? apiEntry : bareEntry], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, "bench.sqlite")}`, LOG_REQUESTS: "0", RATE_LIMIT_PER_MINUTE: "100000000", ADMIN_PASSWORD: "bench-password-1234" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 2000; i++) {
    const ok = (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.status === 200;
    if (ok) return { proc, ms: performance.now() - t0, dir };
    await new Promise((r) => setTimeout(r, 10));
  }
  proc.kill("SIGTERM");
  throw new Error(`${kind} server did not answer 200 on /health within 20 s (port ${port} busy?)`);
}
const stop = async (s: Started) => {
  const exited = new Promise((r) => s.proc.once("exit", r));
  s.proc.kill("SIGTERM");
  await exited;
  rmSync(s.dir, { recursive: true, force: true });
};
const apiPort = Number(process.env["BENCH_PORT"] ?? 8797);
const barePort = apiPort + 1;

if (only.has("startup")) {
  if (!existsSync(apiEntry)) throw new Error(`${apiEntry} is missing — run \`pnpm bench\` from the repository root (it builds first)`);
  log("start-up: 3 interleaved starts each");
  const api: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < 3; r++) {
    const a = await start("api", apiPort);
    api.push(a.ms);
    await stop(a);
    const b = await start("bare", barePort);
    bare.push(b.ms);
    await stop(b);
  }
  const med = (xs: number[]) => xs.toSorted((x, y) => x - y)[1] ?? Number.NaN;
  sections.push(
    [
      "## 5. Start-up",
      "",
      "Spawn of `node apps/api/dist/node.js` (fresh SQLite database, migrations applied) to the first 200 on `/health`, polled every 10 ms; median of 3, interleaved with a bare Hono server on the same set-up (`@hono/node-server`).",
      "",
      "| Server | ms (median) | all |",
      "|---|---:|---|",
      `| API | ${f1(med(api))} | ${api.map(f1).join(", ")} |`,
      `| bare Hono | ${f1(med(bare))} | ${bare.map(f1).join(", ")} |`,
      "",
      `Ratio API ÷ bare: ${f1(med(api) / med(bare))}×.`,
      "",
    ].join("\n"),
  );
  budget("Start-up: API to first 200 on /health", `${f1(med(api))} ms (${f1(med(api) / med(bare))}× bare)`, "≤ 1,500 ms", med(api) <= 1500);
}

if (only.has("api")) {
  log("api: autocannon, interleaved rounds");
  const api = await start("api", apiPort);
  const bare = await start("bare", barePort);
  const facts = {
    offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"],
    victims: [{ ageYears: 15, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: true }],
    circumstances: ["organised"], humanitarianPurpose: false, offenderAgeYears: 30,
  };
  const eligibility = { asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", ageYears: 16, nationality: "vietnamese", location: "in_vietnam", traffickedIn: "abroad" } };
  const post = (url: string, body: unknown) => ({ url, method: "POST" as const, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const targets = [
    { name: "bare Hono (classification body)", opts: post(`http://127.0.0.1:${barePort}/bare`, facts) },
    { name: "POST /v1/classification", opts: post(`http://127.0.0.1:${apiPort}/v1/classification`, facts) },
    { name: "bare Hono (eligibility body)", opts: post(`http://127.0.0.1:${barePort}/bare`, eligibility) },
    { name: "POST /v1/eligibility", opts: post(`http://127.0.0.1:${apiPort}/v1/eligibility`, eligibility) },
  ];
  const res: Record<string, { rps: number[]; p99: number[]; errors: number; non2xx: number }> = {};
  try {
    for (const t of targets) {
      const probe = await fetch(t.opts.url, t.opts);
      if (!probe.ok) throw new Error(`${t.name} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
      res[t.name] = { rps: [], p99: [], errors: 0, non2xx: 0 };
    }
    for (let r = 0; r < 2; r++)
      for (const t of targets) {
        const out = await autocannon({ ...t.opts, connections: 10, duration: 4 });
        const x = res[t.name] as NonNullable<(typeof res)[string]>;
        x.rps.push(out.requests.average);
        x.p99.push(out.latency.p99);
        x.errors += out.errors;
        x.non2xx += out.non2xx;
      }
  } finally {
    await stop(api);
    await stop(bare);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  sections.push(
    [
      "## 3. API (autocannon, loopback)",
      "",
      "10 connections, 4 s per target, 2 interleaved rounds (mean); the API built (`apps/api/dist/node.js`, SQLite, request log off, rate limit raised to 10⁸/min); the bare route on the same `@hono/node-server` set-up parses the same JSON body and answers a constant. Client and servers share the 2 cores.",
      "",
      "| Target | req/s | p99 (ms) | non-2xx | errors |",
      "|---|---:|---:|---:|---:|",
      ...Object.entries(res).map(([k, x]) => `| ${k} | ${f1(mean(x.rps))} | ${Math.max(...x.p99)} | ${x.non2xx} | ${x.errors} |`),
      "",
    ].join("\n"),
  );
  for (const [ep, ref] of [["POST /v1/classification", "bare Hono (classification body)"], ["POST /v1/eligibility", "bare Hono (eligibility body)"]] as const) {
    const a = res[ep] as NonNullable<(typeof res)[string]>;
    const b = res[ref] as NonNullable<(typeof res)[string]>;
    const ratio = mean(a.rps) / mean(b.rps);
    budget(`API: ${ep} ÷ bare Hono req/s (p99 ${Math.max(...a.p99)} ms)`, `${(ratio * 100).toFixed(1)}%`, "≥ 60%, 0 errors", ratio >= 0.6 && a.errors === 0 && a.non2xx === 0);
  }
}

// -------------------------------------------------------------------------------------- 4. sizes
if (only.has("sizes")) {
  log("sizes: esbuild metafiles");
  const entryFor = (code: string) => ({ contents: code, resolveDir: here, loader: "ts" as const });
  const measure = async (name: string, code: string) => {
    const out = await build({ stdin: entryFor(code), bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false, metafile: true, treeShaking: true, logLevel: "silent" });
    const js = out.outputFiles[0]?.contents ?? new Uint8Array();
    const gz = gzipSync(js, { level: 9 }).length;
    // Contributors: the same import built from the package's sources, so that files have names.
    const src = await build({ stdin: entryFor(code), bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], conditions: ["@ctip-vn/source"], write: false, metafile: true, logLevel: "silent" });
    const top = topContributors(Object.values(src.metafile.outputs)[0]?.inputs ?? {});
    return { name, min: js.length, gz, top };
  };
  const classify = await measure("`import { classifyCase } from \"@ctip-vn/domain/classification\"`", 'import { classifyCase } from "@ctip-vn/domain/classification"; console.log(classifyCase);');
  const assess = await measure("`import { assessEligibility } from \"@ctip-vn/domain/eligibility\"`", 'import { assessEligibility } from "@ctip-vn/domain/eligibility"; console.log(assessEligibility);');
  // The Worker bundle as wrangler ships it (dry run), and the admin's initial JS (index.html's scripts).
  const worker = await workerSize();
  const admin = adminInitialJs();
  sections.push(
    [
      "## 4. Sizes",
      "",
      "esbuild (minified, ESM, tree-shaken, platform neutral) of one named import from the built package; gzip level 9. Top contributors from the metafile (bytes in the minified output). The Worker: wrangler's own bundle (dry run, minified; every .js/.mjs/.wasm it writes, gzipped), contributors from its `--metafile`.",
      "",
      "| Bundle | min | min+gz | top contributors |",
      "|---|---:|---:|---|",
      ...[classify, assess].map((b) => `| ${b.name} | ${kb(b.min)} | ${kb(b.gz)} | ${b.top.map(([k, v]) => `${k} ${kb(v)}`).join("; ")} |`),
      `| Worker bundle (\`wrangler deploy --dry-run --minify\`) | ${worker === undefined ? "n/a" : kb(worker.min)} | ${worker === undefined ? "n/a" : kb(worker.gz)} | ${worker === undefined ? "" : worker.top.map(([k, v]) => `${k} ${kb(v)}`).join("; ")} |`,
      `| Admin initial JS (\`apps/admin/dist/index.html\` scripts) | ${admin === undefined ? "n/a (admin not built)" : kb(admin.min)} | ${admin === undefined ? "n/a" : kb(admin.gz)} | |`,
      "",
    ].join("\n"),
  );
  // Only the budgets that hold are gates of `pnpm test` (through bench:ci); the others are reported
  // until their fix lands — then they join GATED. Sizes are deterministic, timings never gate.
  budget("Size: classifyCase subpath, min+gz", kb(classify.gz), "≤ 20 KB", classify.gz <= 20 * 1024);
  budget("Size: assessEligibility subpath, min+gz", kb(assess.gz), "≤ 20 KB", assess.gz <= 20 * 1024);
  if (worker !== undefined) budget("Size: Worker bundle, gz", kb(worker.gz), "≤ 300 KB", worker.gz <= 300 * 1024, true);
  else if (CI) budget("Size: Worker bundle, gz", "wrangler dry run failed", "≤ 300 KB", false, true);
  if (admin !== undefined) budget("Size: admin initial JS, gz", kb(admin.gz), "≤ 100 KB", admin.gz <= 100 * 1024, true);
  else if (CI) budget("Size: admin initial JS, gz", "admin not built", "≤ 100 KB", false, true);
}

/**
 * Bytes in the minified output per package (per source file for the domain's sources), largest
 * first: the inputs of an esbuild metafile output.
 */
function topContributors(inputs: Record<string, { bytesInOutput: number }>, n = 6): Array<[string, number]> {
  const byPkg = new Map<string, number>();
  for (const [path, v] of Object.entries(inputs)) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = m
      ? (m[1] ?? path)
      : path.includes("packages/domain/src/")
        ? `domain ${path.split("packages/domain/src/")[1] ?? "?"}`
        : path.includes("packages/domain/dist/")
          ? "@ctip-vn/domain"
          : path.startsWith("src/")
            ? "api src"
            : path;
    byPkg.set(key, (byPkg.get(key) ?? 0) + v.bytesInOutput);
  }
  return [...byPkg].toSorted((a, b) => b[1] - a[1]).slice(0, n);
}

async function workerSize(): Promise<{ min: number; gz: number; top: Array<[string, number]> } | undefined> {
  const tmp = mkdtempSync(join(tmpdir(), "ctip-worker-"));
  const outdir = join(tmp, "out");
  const metafile = join(tmp, "meta.json");
  try {
    const code = await new Promise<number>((resolve) => {
      const p = spawn("pnpm", ["--filter", "@ctip-vn/api", "exec", "wrangler", "deploy", "--dry-run", "--minify", "--outdir", outdir, "--metafile", metafile], { cwd: root, stdio: ["ignore", "ignore", "ignore"] });
      p.on("exit", (c) => resolve(c ?? 1));
    });
    if (code !== 0) return undefined;
    let min = 0;
    let gz = 0;
    for (const f of readdirSync(outdir, { recursive: true }) as string[])
      if (/\.(m?js|wasm)$/.test(f)) {
        const b = readFileSync(join(outdir, f));
        min += b.length;
        gz += gzipSync(b, { level: 9 }).length;
      }
    const meta = JSON.parse(readFileSync(metafile, "utf8")) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }> };
    const top = topContributors(Object.values(meta.outputs).find((o) => o.entryPoint !== undefined)?.inputs ?? {});
    return { min, gz, top };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function adminInitialJs(): { min: number; gz: number } | undefined {
  const dist = join(root, "apps/admin/dist");
  if (!existsSync(join(dist, "index.html"))) return undefined;
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? "");
  let min = 0;
  let gz = 0;
  for (const s of new Set(srcs)) {
    const b = readFileSync(join(dist, s.replace(/^\//, "")));
    min += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { min, gz };
}

// ------------------------------------------------------------------------------------- report
const load1 = loadavg();
const failed = budgets.filter((b) => !b.pass);
const md = [
  "# Benchmarks",
  "",
  `Generated by \`pnpm ${CI ? "bench:ci" : "bench"}\` on ${new Date().toISOString()} in ${((Date.now() - started) / 1000).toFixed(0)} s. Node ${process.version}, ${availableParallelism()} CPU(s) (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at start ${load0.map((x) => x.toFixed(2)).join(" / ")}, at end ${load1.map((x) => x.toFixed(2)).join(" / ")} (the machine is shared: compare ratios measured in the same run, not absolute numbers).`,
  "",
  "## Budgets (issue 14)",
  "",
  "| Budget | Measured | Limit | Result | In `pnpm test` |",
  "|---|---:|---:|---|---|",
  ...budgets.map((b) => `| ${b.name} | ${b.measured} | ${b.limit} | ${b.pass ? "pass" : "**FAIL**"} | ${b.gate ? "yes (bench:ci)" : "no"} |`),
  "",
  ...sections,
].join("\n");
// `pnpm bench` writes reports/latest/ (ignored by git); `pnpm bench:publish` (BENCH_PUBLISH=1) the
// committed BENCHMARKS.md at the repository root; BENCH_OUT names any other folder.
const benchOut = process.env["BENCH_OUT"];
const outDir = benchOut !== undefined && benchOut !== "" ? resolvePath(root, benchOut) : !CI && process.env["BENCH_PUBLISH"] === "1" ? root : join(root, "reports/latest");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, CI ? "BENCHMARKS.ci.md" : "BENCHMARKS.md");
const notes = join(root, "tooling/bench/BENCHMARKS.notes.md");
writeFileSync(file, `${md}${existsSync(notes) ? `\n${readFileSync(notes, "utf8")}` : ""}`);
console.info(md);
log(`wrote ${file}; ${failed.length} budget(s) failed`);
// bench:ci gates only the deterministic budgets; the full run fails on any budget.
const gating = CI ? failed.filter((b) => b.gate) : failed;
process.exit(gating.length > 0 ? 1 : 0);
