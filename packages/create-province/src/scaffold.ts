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
}

/** A problem with one answer, in Vietnamese and English. */
export interface AnswerProblem {
  readonly field: keyof ProvinceAnswers;
  readonly vi: string;
  readonly en: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string) => ISO.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

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
export const scaffold = (a: ProvinceAnswers): Record<string, string> => {
  const name = packageName(a);
  const v = camel(a.id);
  const instrument = `${a.id}:${a.resolution}`;
  const profile = `// ${a.nameVi} — hồ sơ tỉnh cho @ctip-vn/domain / province profile for @ctip-vn/domain.
// Every value is dated and cites the province's own instrument; replace "unverified" by
// "verified" once the figures are checked against the resolution's text.
import { isoDate, type Citation } from "@ctip-vn/domain";
import { defineProvince } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { version } from "./version.js";

/** Nghị quyết số ${a.resolution} của HĐND ${a.nameVi} về mức chi hỗ trợ nạn nhân. */
export const supportResolution: Citation = {
  instrument: ${q(instrument)},
  effective: { from: isoDate(${q(a.effective)}) },
  confidence: "unverified",
  note: "Number and dates as entered when the package was created; check them against the resolution's text.",
};

const perDay = { vi: "người/ngày", en: "per person per day" };

/** The checked profile: pass it to assessEligibility / evaluateKpis as { provinces: [${v}] }. */
export const ${v} = Result.getOrThrow(
  defineProvince({
    id: ${q(a.id)},
    version,
    name: { vi: ${q(a.nameVi)}, en: ${q(a.nameEn)} },
    instruments: [
      {
        id: ${q(instrument)},
        number: ${q(a.resolution)},
        kind: "council_resolution",
        title: { vi: "Nghị quyết quy định mức chi hỗ trợ nạn nhân của tội phạm mua bán người", en: "Resolution on support spending levels for victims of trafficking" },
        citeAs: { vi: ${q(`Nghị quyết số ${a.resolution} của HĐND ${a.nameVi}`)}, en: ${q(`${a.nameEn} People's Council Resolution No. ${a.resolution}`)} },
        issuer: { vi: ${q(`Hội đồng nhân dân ${a.nameVi}`)}, en: ${q(`${a.nameEn} People's Council`)} },
        issued: isoDate(${q(a.issued)}),
        effective: isoDate(${q(a.effective)}),
        confidence: "unverified",
      },
    ],
    overrides: {
      "support.localRates": [
        { law: "66/2011/QH12", item: "meals_at_facility", versions: [{ from: isoDate(${q(a.effective)}), value: ${amount(a.mealsAtFacility, a)}, basis: [supportResolution] }] },
        { law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: isoDate(${q(a.effective)}), value: ${amount(a.travelDayMeals, a)}, basis: [supportResolution] }] },
      ],
    },
  }),
);
`;
  const test = `import { assessEligibility } from "@ctip-vn/domain/eligibility";
import { Result } from "effect";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ${v}, supportResolution } from "./index.js";
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

  it("cites the province's own resolution for every override", () => {
    expect(${v}.manifest.length).toBeGreaterThan(0);
    for (const entry of ${v}.manifest) expect(entry.basis.map((b) => b.instrument)).toContain(supportResolution.instrument);
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
rồi đổi \`confidence\` thành \`"verified"\`.

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
set; anything else is a type error.
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
    "vitest.config.ts": `import { defineConfig } from "vitest/config";\n\nexport default defineConfig({ test: { include: ["src/**/*.test.ts"] } });\n`,
    "src/version.ts": `/** The package version, recorded in every receipt that uses this profile (a test keeps it equal to package.json). */\nexport const version = "0.1.0";\n`,
    "src/index.ts": profile,
    "src/index.test.ts": test,
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
