// The files of a new province package, as a pure function of the answers: the CLI writes them,
// tests read them.
import { VERSIONS } from "./versions.js";

/** What a province author answers (the CLI asks for anything missing). */
export interface ProvinceAnswers {
  /** Lower-case ASCII kebab id, e.g. `da-nang`. */
  readonly id: string;
  /** npm scope of the author's organisation, e.g. `@da-nang-ctip` (no scope: unscoped package). */
  readonly scope?: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The People's Council resolution on victim-support spending, e.g. `15/2020/NQ-HĐND`. */
  readonly resolution: string;
  /** Its signing and in-force dates (YYYY-MM-DD). */
  readonly issued: string;
  readonly effective: string;
  /** Daily amounts it sets for meals at a facility and meals on travel days (VND); absent = not read yet. */
  readonly mealsAtFacility?: number;
  readonly travelDayMeals?: number;
  /** The People's Committee's anti-trafficking plan that sets the province's KPI targets, e.g. `45/KH-UBND`, and its signing date. */
  readonly plan?: string;
  readonly planIssued?: string;
  /** The People's Council's current term (khóa, a Roman numeral, e.g. `X`) and its first day. */
  readonly councilTerm?: string;
  readonly councilTermFrom?: string;
}

/** A problem with one answer, in Vietnamese and English. */
export interface AnswerProblem {
  readonly field: keyof ProvinceAnswers;
  readonly vi: string;
  readonly en: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string) => {
  const t = new Date(`${s}T00:00:00Z`);
  return ISO.test(s) && !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s);
};

/** Checks the answers; an empty list means the package can be generated. */
export const checkAnswers = (a: ProvinceAnswers): AnswerProblem[] => {
  const problems: AnswerProblem[] = [];
  const add = (field: keyof ProvinceAnswers, vi: string, en: string) => problems.push({ field, vi, en });
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(a.id)) add("id", "Mã tỉnh chỉ gồm chữ thường không dấu và dấu gạch ngang, ví dụ da-nang.", "The province id is lower-case ASCII words joined by hyphens, e.g. da-nang.");
  if (a.scope !== undefined && !/^@[a-z0-9][a-z0-9._-]*$/.test(a.scope)) add("scope", "Phạm vi npm có dạng @ten-to-chuc.", "The npm scope looks like @your-org.");
  for (const field of ["nameVi", "nameEn", "resolution"] as const) {
    const v = a[field];
    if (v.trim() === "") add(field, "Không được để trống.", "Must not be empty.");
    else if (v !== v.normalize("NFC")) add(field, "Văn bản phải ở dạng Unicode NFC (dấu tiếng Việt dựng sẵn).", "Text must be Unicode NFC (precomposed Vietnamese letters).");
  }
  if (!/^\d+\/\d{4}\/NQ-HĐND$/.test(a.resolution.normalize("NFC"))) add("resolution", "Số nghị quyết có dạng 15/2020/NQ-HĐND.", "The resolution number looks like 15/2020/NQ-HĐND.");
  for (const field of ["issued", "effective"] as const) if (!realDate(a[field])) add(field, "Ngày có dạng YYYY-MM-DD.", "Dates look like YYYY-MM-DD.");
  if (realDate(a.issued) && realDate(a.effective) && a.effective < a.issued) add("effective", "Ngày có hiệu lực không thể trước ngày ký.", "The in-force date cannot precede the signing date.");
  if ((a.plan === undefined) !== (a.planIssued === undefined)) add(a.plan === undefined ? "plan" : "planIssued", "Nhập cả số kế hoạch và ngày ký.", "Give both the plan's number and its signing date.");
  if (a.plan !== undefined && !/^\d+\/KH-UBND$/.test(a.plan.normalize("NFC"))) add("plan", "Số kế hoạch có dạng 45/KH-UBND.", "The plan number looks like 45/KH-UBND.");
  if (a.planIssued !== undefined && !realDate(a.planIssued)) add("planIssued", "Ngày có dạng YYYY-MM-DD.", "Dates look like YYYY-MM-DD.");
  if ((a.councilTerm === undefined) !== (a.councilTermFrom === undefined))
    add(a.councilTerm === undefined ? "councilTerm" : "councilTermFrom", "Nhập cả khóa HĐND và ngày bắt đầu khóa.", "Give both the council's term and its first day.");
  if (a.councilTerm !== undefined && !/^[IVXLC]+$/.test(a.councilTerm)) add("councilTerm", "Khóa HĐND là số La Mã, ví dụ X.", "The council's term is a Roman numeral, e.g. X.");
  if (a.councilTermFrom !== undefined && !realDate(a.councilTermFrom)) add("councilTermFrom", "Ngày có dạng YYYY-MM-DD.", "Dates look like YYYY-MM-DD.");
  for (const field of ["mealsAtFacility", "travelDayMeals"] as const) {
    const v = a[field];
    if (v !== undefined && !(Number.isInteger(v) && v > 0)) add(field, "Mức chi là số đồng nguyên dương.", "An amount is a positive whole number of đồng.");
  }
  return problems;
};

/** The package name for the answers, e.g. `@da-nang-ctip/province-da-nang`. */
export const packageName = (a: Pick<ProvinceAnswers, "id" | "scope">) => `${a.scope === undefined ? "" : `${a.scope}/`}province-${a.id}`;

const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const q = (s: string) => JSON.stringify(s);

const amount = (vnd: number | undefined, a: ProvinceAnswers) =>
  vnd === undefined
    ? `{ kind: "unknown", reason: { vi: ${q(`Mức chi theo Nghị quyết số ${a.resolution}; chưa nhập con số`)}, en: ${q(`Level set by Resolution No. ${a.resolution}; figure not entered yet`)} } }`
    : `{ kind: "fixed", vnd: ${vnd}, unit: perDay }`;

/** Every file of the new package, by relative path. */
/** "Thành phố Đà Nẵng" → "thành phố Đà Nẵng", as the name reads after "HĐND" or "UBND". */
const inSentence = (nameVi: string) => nameVi.replace(/^(Tỉnh|Thành phố)(?=\s)/u, (m) => m.toLowerCase());

/** The first day on which the draft resolution of the generated test can cite every instrument: the latest of the dates given. */
const draftDay = (a: ProvinceAnswers): string => [a.councilTermFrom ?? "", a.issued, a.planIssued ?? ""].reduce((x, y) => (y > x ? y : x));

/** Every file of the new package, by relative path. */
export const scaffold = (a: ProvinceAnswers): Record<string, string> => {
  const name = packageName(a);
  const v = camel(a.id);
  const instrument = `${a.id}:${a.resolution}`;
  const local = inSentence(a.nameVi);
  const planYear = a.planIssued?.slice(0, 4);
  const planId = a.plan === undefined ? undefined : `${a.id}:${a.plan}`;
  const kpi =
    a.plan === undefined || a.planIssued === undefined || planId === undefined
      ? { imports: "", declarations: "", instrument: "", override: "" }
      : {
          imports: `import type { KpiTarget, KpiTargetSet } from "@ctip-vn/domain/kpi";\n`,
          declarations: `
/** Kế hoạch số ${a.plan} của UBND ${local} về phòng, chống mua bán người năm ${planYear}. */
export const kpiPlan: Citation = {
  instrument: ${q(planId)},
  effective: { from: isoDate(${q(a.planIssued)}), to: isoDate(${q(`${planYear}-12-31`)}) },
  confidence: "unverified",
  note: "Number and date as entered when the package was created; in force to the end of its year, as a yearly plan.",
};

const target = (op: KpiTarget["op"], value: number, wording: { vi: string; en: string }): KpiTarget => ({
  op,
  value: percent(value),
  wording,
  basis: [kpiPlan],
  confidence: "unverified",
});

/**
 * The plan's KPI targets, by indicator id (a misspelt id is a type error).
 * EXAMPLE DATA: the levels of Decision 193/QĐ-TTg, so nothing is invented — replace each by the
 * plan's own figure and wording. A target weaker than the national one fails provinceProperties.
 */
export const planTargets = {
  reports_classified: target("gte", 100, { vi: "100%", en: "100%" }),
  reports_resolved: target("gt", 90, { vi: "trên 90%", en: "over 90%" }),
  cases_solved: target("gt", 90, { vi: "trên 90%", en: "over 90%" }),
  cases_indicted: target("gte", 95, { vi: "95%", en: "95%" }),
  cases_tried: target("gte", 90, { vi: "90%", en: "90%" }),
} satisfies KpiTargetSet;
`,
          instrument: `
      {
        id: ${q(planId)},
        number: ${q(a.plan)},
        kind: "provincial_plan",
        title: { vi: ${q(`Kế hoạch phòng, chống mua bán người năm ${planYear}`)}, en: ${q(`Anti-trafficking plan for ${planYear}`)} },
        citeAs: { vi: ${q(`Kế hoạch số ${a.plan} của UBND ${local}`)}, en: ${q(`${a.nameEn} Plan No. ${a.plan}`)} },
        issuer: { vi: ${q(`Ủy ban nhân dân ${local}`)}, en: ${q(`${a.nameEn} People's Committee`)} },
        issued: isoDate(${q(a.planIssued)}),
        effective: isoDate(${q(a.planIssued)}),
        confidence: "unverified",
      },`,
          override: `
      "kpi.targets": [{ from: isoDate(${q(a.planIssued)}), to: isoDate(${q(`${planYear}-12-31`)}), basis: [kpiPlan], value: planTargets }],`,
        };
  const council =
    a.councilTerm === undefined || a.councilTermFrom === undefined
      ? ""
      : `
    // The People's Council's terms (khóa), as entered; the resolution template reads the one in force.
    council: { terms: [{ term: ${q(a.councilTerm)}, from: isoDate(${q(a.councilTermFrom)}) }] },`;
  const profile = `// ${a.nameVi} — hồ sơ tỉnh cho @ctip-vn/domain / province profile for @ctip-vn/domain.
// Every value is dated and cites the province's own instrument; replace "unverified" by
// "verified" once the figures are checked against the instruments' text.
import { isoDate, ${a.plan === undefined ? "" : "percent, "}type Citation } from "@ctip-vn/domain";
${kpi.imports}import { defineProvince } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { version } from "./version.js";

/** Nghị quyết số ${a.resolution} của HĐND ${local} về mức chi hỗ trợ nạn nhân. */
export const supportResolution: Citation = {
  instrument: ${q(instrument)},
  effective: { from: isoDate(${q(a.effective)}) },
  confidence: "unverified",
  note: "Number and dates as entered when the package was created; check them against the resolution's text.",
};
${kpi.declarations}
const perDay = { vi: "người/ngày", en: "per person per day" };

/** The checked profile: pass it to assessEligibility, evaluateKpis and validateResolution as { provinces: [${v}] }. */
export const ${v} = Result.getOrThrow(
  defineProvince({
    id: ${q(a.id)},
    version,
    name: { vi: ${q(a.nameVi)}, en: ${q(a.nameEn)} },${council}
    instruments: [
      {
        id: ${q(instrument)},
        number: ${q(a.resolution)},
        kind: "council_resolution",
        title: { vi: "Nghị quyết quy định mức chi hỗ trợ nạn nhân của tội phạm mua bán người", en: "Resolution on support spending levels for victims of trafficking" },
        citeAs: { vi: ${q(`Nghị quyết số ${a.resolution} của HĐND ${local}`)}, en: ${q(`${a.nameEn} People's Council Resolution No. ${a.resolution}`)} },
        issuer: { vi: ${q(`Hội đồng nhân dân ${local}`)}, en: ${q(`${a.nameEn} People's Council`)} },
        issued: isoDate(${q(a.issued)}),
        effective: isoDate(${q(a.effective)}),
        confidence: "unverified",
      },${kpi.instrument}
    ],
    overrides: {
      "support.localRates": [
        { law: "66/2011/QH12", item: "meals_at_facility", versions: [{ from: isoDate(${q(a.effective)}), value: ${amount(a.mealsAtFacility, a)}, basis: [supportResolution] }] },
        { law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: isoDate(${q(a.effective)}), value: ${amount(a.travelDayMeals, a)}, basis: [supportResolution] }] },
      ],${kpi.override}
    },
  }),
);
`;
  const day = draftDay(a);
  const kpiYearKnown = planYear !== undefined && planYear >= "2021" && planYear <= "2025";
  const test = `import { formatCitation } from "@ctip-vn/domain";
import { assessEligibility } from "@ctip-vn/domain/eligibility";
${a.plan === undefined ? "" : `import { evaluateKpis } from "@ctip-vn/domain/kpi";\n`}${a.councilTerm === undefined ? "" : `import { antiTraffickingResolutionTemplate, renderResolution, validateResolution } from "@ctip-vn/domain/resolution";\n`}import { Result } from "effect";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ${v}, ${a.plan === undefined ? "" : "kpiPlan, "}supportResolution } from "./index.js";
import { version } from "./version.js";

// A day when Law 66/2011 governs support and the resolution is in force (the later of the two
// dates, and never after 30/06/2025 when Law 53/2024 took over).
const asOf = ${q(a.effective < "2012-01-01" ? "2012-01-01" : a.effective)};

describe(${q(`${a.nameVi} (${a.id})`)}, () => {
  it("is a checked profile with the package's version", () => {
    expect(${v}.id).toBe(${q(a.id)});
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(version).toBe(pkg.version);
  });

  it("cites the province's own instruments for every override", () => {
    expect(${v}.manifest.length).toBeGreaterThan(0);
    const own = ${v}.instruments.map((i) => i.id);
    for (const entry of ${v}.manifest) expect(entry.basis.map((b) => b.instrument).filter((id) => own.includes(id))).not.toEqual([]);
  });

  it("formats its own resolution like a national instrument, in Vietnamese and English", () => {
    expect(formatCitation(supportResolution, "vi", ${v}.instrumentNames)).toBe(${q(`Nghị quyết số ${a.resolution} của HĐND ${local}`)});
    expect(formatCitation(${v}.cite(supportResolution.instrument, { article: 2 }), "en", ${v}.instrumentNames)).toBe(${q(`${a.nameEn} People's Council Resolution No. ${a.resolution}, Art. 2`)});
  });

  it.runIf(asOf < "2025-07-01")("uses the provincial levels in a support decision under Law 66/2011", () => {
    const r = assessEligibility(
      { asOf, province: ${q(a.id)}, person: { status: "identified_victim", identifiedOn: asOf, nationality: "vietnamese" } },
      { provinces: [${v}] },
    );
    expect(Result.isSuccess(r)).toBe(true);
    const items = Result.isSuccess(r) ? r.success.regimes.flatMap((g) => g.content?.items ?? []) : [];
    const local = items.filter((i) => i.item === "meals_at_facility" || i.item === "travel_day_meals");
    expect(local.map((i) => i.source)).toEqual(["provincial", "provincial"]);
    expect(local.flatMap((i) => i.basis.map((b) => b.instrument))).toContain(supportResolution.instrument);
  });
${
  a.plan === undefined
    ? ""
    : `
  // Decision 193/QĐ-TTg's targets are known for 2021–2025 only: a later plan waits for its successor's.
  it.runIf(${kpiYearKnown})("reads its own KPI targets in evaluateKpis, beside Decision 193/QĐ-TTg", () => {
    const r = evaluateKpis(
      { province: ${q(a.id)}, period: { from: ${q(a.planIssued ?? "")}, to: ${q(`${planYear}-12-31`)} }, counts: { reportsReceived: 40, reportsResolved: 37 } },
      { provinces: [${v}] },
    );
    const k2 = Result.isSuccess(r) ? r.success.indicators.find((i) => i.id === "reports_resolved") : undefined;
    expect(k2?.provenance.targets.table).toBe("province");
    expect(k2?.basis.map((b) => b.instrument)).toContain(kpiPlan.instrument);
    expect(k2?.status).toBe("met");
  });
`
}${
  a.councilTerm === undefined
    ? ""
    : `
  it("drafts a People's Council resolution from the profile that cites its own resolution", () => {
    const doc = Result.getOrThrow(
      antiTraffickingResolutionTemplate(${v}, {
        number: ${q(`1/${day.slice(0, 4)}/NQ-HĐND`)},
        adoptedOn: ${q(day)},
        session: 1,
        legalBases: [{ text: ${q(`Căn cứ Nghị quyết số ${a.resolution} của Hội đồng nhân dân ${local}`)}, citation: { instrument: supportResolution.instrument } }],
      }),
    );
    const checked = validateResolution(doc, { provinces: [${v}] });
    expect(checked.problems.filter((p) => p.code === "resolution.unknown-instrument")).toEqual([]);
    expect(checked.valid).toBe(true);
    const text = renderResolution(doc, "text", { provinces: [${v}] });
    expect(text).toContain(${q(`KHÓA ${a.councilTerm}, KỲ HỌP THỨ 1`)});
    expect(text).toContain(${q(`Căn cứ Nghị quyết số ${a.resolution} của Hội đồng nhân dân ${local};`)});
    expect(renderResolution(doc, "akn", { provinces: [${v}] })).toContain(${q(`showAs="Nghị quyết số ${a.resolution} của HĐND ${local}"`)});
  });
`
}});
`;
  const properties = `import { provinceProperties } from "@ctip-vn/domain/testing";
import { describe, expect, it } from "vitest";
import { ${v} } from "./index.js";

// The legal properties every province package holds: every override cited and inside its basis's
// period, amounts at or above the national floors and never below national support, KPI targets
// no weaker than national — on days and periods drawn from this profile's own versions.
describe("provinceProperties(${v})", () => {
  it.each(provinceProperties(${v}).properties.map((p) => [p.name, p] as const))("%s", (_, p) => {
    expect(() => p.check({ numRuns: 50 })).not.toThrow();
  });
});
`;
  const readme = `# ${name}

## Tiếng Việt

Hồ sơ ${a.nameVi} cho thư viện [\`@ctip-vn/domain\`](https://www.npmjs.com/package/@ctip-vn/domain):
các mức chi hỗ trợ nạn nhân theo Nghị quyết số ${a.resolution} của HĐND tỉnh (ký ngày ${a.issued},
có hiệu lực từ ngày ${a.effective}). Mỗi giá trị đều ghi ngày áp dụng và căn cứ pháp lý.

\`\`\`sh
npm install        # cài thư viện và công cụ
npm test           # kiểm tra hồ sơ (vitest)
npm run build      # biên dịch vào dist/
npm publish        # phát hành (cần tài khoản npm của đơn vị)
\`\`\`

Cần làm trước khi phát hành: đối chiếu số, ngày và các mức chi với văn bản nghị quyết, nhập các con
số còn thiếu trong \`src/index.ts\` (mức chưa nhập được ghi rõ là "chưa có con số", không tự đặt),
rồi đổi \`confidence\` thành \`"verified"\`.${
    a.plan === undefined
      ? ""
      : `\n\nChỉ tiêu KPI theo Kế hoạch số ${a.plan} (\`planTargets\`) hiện là **dữ liệu ví dụ** bằng mức của Quyết định\n193/QĐ-TTg: thay bằng con số của kế hoạch. \`src/properties.test.ts\` kiểm tra mọi chỉ tiêu không thấp hơn chỉ tiêu quốc gia.`
  }

## English

${a.nameEn} profile for [\`@ctip-vn/domain\`](https://www.npmjs.com/package/@ctip-vn/domain): victim-support
spending levels set by People's Council Resolution No. ${a.resolution} (signed ${a.issued}, in force
${a.effective}). Every value is dated and cites its legal basis.

\`\`\`ts
import { assessEligibility } from "@ctip-vn/domain/eligibility";
import { ${v} } from "${name}";

assessEligibility({ asOf: "${a.effective}", province: "${a.id}", person: { status: "identified_victim", identifiedOn: "${a.effective}", nationality: "vietnamese" } }, { provinces: [${v}] });
\`\`\`

Before publishing: check the number, dates and amounts against the resolution's text, enter the
figures still missing in \`src/index.ts\` (a level not entered is an explicit unknown, never a guess),
then set \`confidence\` to \`"verified"\`. Only the option points declared by \`defineProvince\` can be
set; anything else is a type error.${
    a.plan === undefined
      ? ""
      : `\n\nThe KPI targets of Plan No. ${a.plan} (\`planTargets\`) are **example data** at Decision 193/QĐ-TTg's levels:\nreplace them by the plan's figures. \`src/properties.test.ts\` checks that no target is weaker than the national one.`
  }
`;
  const pkg = {
    name,
    version: "0.1.0",
    description: `${a.nameEn} profile for @ctip-vn/domain — ${a.nameVi}: local support levels (Resolution ${a.resolution}), dated and cited.`,
    keywords: ["vietnam", "law", "human-trafficking", "rules-as-code", "province", a.id],
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    engines: { node: ">=22.12" },
    exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
    files: ["dist", "!dist/**/*.test.*"],
    scripts: { build: "tsc -p tsconfig.build.json", typecheck: "tsc -p tsconfig.json", test: "vitest run", prepack: "npm run build" },
    peerDependencies: { "@ctip-vn/domain": VERSIONS["@ctip-vn/domain"], effect: VERSIONS.effect },
    devDependencies: {
      "@ctip-vn/domain": VERSIONS["@ctip-vn/domain"],
      "@types/node": VERSIONS["@types/node"],
      effect: VERSIONS.effect,
      "fast-check": VERSIONS["fast-check"],
      typescript: VERSIONS.typescript,
      vitest: VERSIONS.vitest,
      zod: VERSIONS.zod,
    },
  };
  const compilerOptions = {
    target: "ES2023",
    // effect's declarations use Web Crypto types (CryptoKey), which TypeScript keeps in "DOM".
    lib: ["ES2023", "DOM"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: false,
    types: ["node"],
    noEmit: true,
  };
  return {
    "package.json": json(pkg),
    "tsconfig.json": json({ compilerOptions, include: ["src", "vitest.config.ts"] }),
    "tsconfig.build.json": json({
      extends: "./tsconfig.json",
      compilerOptions: { noEmit: false, declaration: true, rootDir: "src", outDir: "dist" },
      include: ["src"],
      exclude: ["src/**/*.test.ts"],
    }),
    "vitest.config.ts": `import { defineConfig } from "vitest/config";

// The property tests run hundreds of decisions: on a busy CI machine 5 s (vitest's default) is too tight.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 } });
`,
    "src/version.ts": `/** The package version, recorded in every receipt that uses this profile (a test keeps it equal to package.json). */\nexport const version = "0.1.0";\n`,
    "src/index.ts": profile,
    "src/index.test.ts": test,
    "src/properties.test.ts": properties,
    "README.md": readme,
    ".gitignore": "node_modules/\ndist/\n*.tgz\n",
    ".github/workflows/ci.yml": `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 24 }
      - run: npm install
      - run: npm run typecheck
      - run: npm test
      - run: npm pack --dry-run
`,
  };
};
