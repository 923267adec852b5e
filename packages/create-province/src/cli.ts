#!/usr/bin/env node
// npm create @ctip-vn/province [folder] -- --id da-nang --name-vi "Thành phố Đà Nẵng" --name-en "Da Nang city"
//   --resolution 15/2020/NQ-HĐND --issued 2020-07-10 --effective 2020-07-20 [--scope @your-org]
//   [--meals-at-facility 60000] [--travel-day-meals 100000] [--plan 45/KH-UBND --plan-issued 2024-02-20]
//   [--council-term X --council-term-from 2021-06-25]
// Anything missing is asked for on a terminal; without one, missing answers are an error.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { checkAnswers, packageName, scaffold, type ProvinceAnswers } from "./scaffold.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: "string" },
    scope: { type: "string" },
    "name-vi": { type: "string" },
    "name-en": { type: "string" },
    resolution: { type: "string" },
    issued: { type: "string" },
    effective: { type: "string" },
    "meals-at-facility": { type: "string" },
    "travel-day-meals": { type: "string" },
    plan: { type: "string" },
    "plan-issued": { type: "string" },
    "council-term": { type: "string" },
    "council-term-from": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help === true) {
  console.info(`Tạo gói hồ sơ tỉnh cho @ctip-vn/domain / Create a province package for @ctip-vn/domain

  npm create @ctip-vn/province [thư-mục/folder] -- --id da-nang --name-vi "Thành phố Đà Nẵng" --name-en "Da Nang city"
      --resolution 15/2020/NQ-HĐND --issued 2020-07-10 --effective 2020-07-20
      [--scope @your-org] [--meals-at-facility 60000] [--travel-day-meals 100000]
      [--plan 45/KH-UBND --plan-issued 2024-02-20]     kế hoạch đặt chỉ tiêu KPI / the plan setting KPI targets
      [--council-term X --council-term-from 2021-06-25] khóa HĐND hiện tại / the council's current term`);
  process.exit(0);
}

const ask = async (questions: ReadonlyArray<readonly [keyof typeof values, string]>) => {
  const missing = questions.filter(([key]) => values[key] === undefined);
  if (missing.length === 0) return;
  if (!process.stdin.isTTY) {
    console.error(`Thiếu / missing: ${missing.map(([key]) => `--${key}`).join(", ")}`);
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const [key, prompt] of missing) (values as Record<string, unknown>)[key] = (await rl.question(`${prompt}: `)).trim();
  rl.close();
};

await ask([
  ["id", "Mã tỉnh / province id (vd. da-nang)"],
  ["name-vi", "Tên tỉnh (tiếng Việt, vd. Thành phố Đà Nẵng)"],
  ["name-en", "Province name in English (e.g. Da Nang city)"],
  ["resolution", "Số nghị quyết HĐND về mức chi hỗ trợ nạn nhân / resolution number (e.g. 15/2020/NQ-HĐND)"],
  ["issued", "Ngày ký / signed on (YYYY-MM-DD)"],
  ["effective", "Ngày có hiệu lực / in force from (YYYY-MM-DD)"],
]);

const amount = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s.replaceAll(/[.,\s]/g, "")));
const mealsAtFacility = amount(values["meals-at-facility"]);
const travelDayMeals = amount(values["travel-day-meals"]);
const answers: ProvinceAnswers = {
  id: values.id ?? "",
  nameVi: (values["name-vi"] ?? "").normalize("NFC"),
  nameEn: (values["name-en"] ?? "").normalize("NFC"),
  resolution: (values.resolution ?? "").normalize("NFC"),
  issued: values.issued ?? "",
  effective: values.effective ?? "",
  ...(values.scope === undefined ? {} : { scope: values.scope }),
  ...(mealsAtFacility === undefined ? {} : { mealsAtFacility }),
  ...(travelDayMeals === undefined ? {} : { travelDayMeals }),
  ...(values.plan === undefined ? {} : { plan: values.plan.normalize("NFC") }),
  ...(values["plan-issued"] === undefined ? {} : { planIssued: values["plan-issued"] }),
  ...(values["council-term"] === undefined ? {} : { councilTerm: values["council-term"].trim().toUpperCase() }),
  ...(values["council-term-from"] === undefined ? {} : { councilTermFrom: values["council-term-from"] }),
};
const problems = checkAnswers(answers);
if (problems.length > 0) {
  for (const p of problems) console.error(`--${p.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${p.vi} / ${p.en}`);
  process.exit(2);
}

const target = resolve(positionals[0] ?? `province-${answers.id}`);
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`Thư mục ${target} đã có nội dung / ${target} is not empty`);
  process.exit(2);
}
for (const [path, content] of Object.entries(scaffold(answers))) {
  const file = join(target, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
const where = relative(process.cwd(), target) || ".";
console.info(`Đã tạo / created ${packageName(answers)} in ${where}

  cd ${where}
  npm install
  npm test

Đối chiếu số, ngày và mức chi với văn bản nghị quyết trong src/index.ts trước khi phát hành.
Check the number, dates and amounts against the resolution's text in src/index.ts before publishing.`);
