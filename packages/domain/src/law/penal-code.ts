import { isoDate } from "../prelude/date.js";
import { formatVnd, vnd } from "../prelude/money.js";
import type { AdditionalPenalty, ArticleEntry, PointEntry } from "./catalogue-types.js";
import { point } from "./point-entry.js";


/**
 * The Penal Code wording encoded here is the one consolidated after Law 12/2017/QH14, in force
 * from 01/01/2018. Law 86/2025/QH15 amended the Code from 01/07/2025; whether it touched these
 * articles is not verified, so citations for offences from that day carry `unverified`.
 */
export const PENAL_CODE_2017_WORDING = { from: isoDate("2018-01-01") } as const;
export const LAW_86_2025_IN_FORCE = isoDate("2025-07-01");
const SOURCE = "Pháp điển (Bộ pháp điển, đề mục Hình sự), wording after Law 12/2017/QH14";

const fine = (min: number, max: number): AdditionalPenalty => ({
  kind: "fine",
  fine: { min: vnd(min), max: vnd(max) },
  label: {
    vi: `Phạt tiền từ ${formatVnd(vnd(min), "vi")} đến ${formatVnd(vnd(max), "vi")}`,
    en: `Fine of ${formatVnd(vnd(min), "en")} to ${formatVnd(vnd(max), "en")}`,
    fr: `Amende de ${formatVnd(vnd(min), "fr")} à ${formatVnd(vnd(max), "fr")}`,
  },
});
const PROBATION: AdditionalPenalty = {
  kind: "probation",
  label: { vi: "Phạt quản chế", en: "Supervised residence (quản chế)", fr: "Résidence surveillée (quản chế)" },
};
const RESIDENCE_BAN: AdditionalPenalty = {
  kind: "residence_ban",
  years: { min: 1, max: 5 },
  label: { vi: "Cấm cư trú từ 01 năm đến 05 năm", en: "Residence ban of 1 to 5 years", fr: "Interdiction de séjour de 1 à 5 ans" },
};
const POSITION_BAN: AdditionalPenalty = {
  kind: "position_ban",
  years: { min: 1, max: 5 },
  label: {
    vi: "Cấm đảm nhiệm chức vụ, cấm hành nghề hoặc làm công việc nhất định từ 01 năm đến 05 năm",
    en: "Ban from holding positions, practising a profession or doing certain work for 1 to 5 years",
    fr: "Interdiction d'exercer des fonctions, une profession ou certaines activités de 1 à 5 ans",
  },
};
const CONFISCATION: AdditionalPenalty = {
  kind: "confiscation",
  label: { vi: "Tịch thu một phần hoặc toàn bộ tài sản", en: "Confiscation of part or all of the offender's property", fr: "Confiscation de tout ou partie des biens" },
};

const INJURY_31_60 = {
  vi: "Gây thương tích, gây tổn hại cho sức khỏe hoặc gây rối loạn tâm thần và hành vi của nạn nhân mà tỷ lệ tổn thương cơ thể từ 31% đến 60%",
  en: "Causes injury, harm to health or mental and behavioural disorder to the victim with a body-injury rate of 31% to 60%",
};
const INJURY_61 = {
  vi: "Gây thương tích, gây tổn hại cho sức khỏe hoặc gây rối loạn tâm thần và hành vi của nạn nhân mà tỷ lệ tổn thương cơ thể 61% trở lên",
  en: "Causes injury, harm to health or mental and behavioural disorder to the victim with a body-injury rate of 61% or more",
};
const ACROSS_BORDER = {
  vi: "Đưa nạn nhân ra khỏi biên giới của nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  en: "Takes the victim out of the borders of Vietnam",
};

/** Điều 150 BLHS — Tội mua bán người (trafficking in persons). @category law @since 0.1.0 */
export const article150: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 150,
  title: { vi: "Tội mua bán người", en: "Trafficking in persons", fr: "Traite des personnes" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: SOURCE,
  clauses: [
    {
      clause: 1,
      gloss: {
        vi: "Người nào dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác thực hiện một trong các hành vi sau đây",
        en: "Whoever, by force, threat of force, deception or other tricks, commits one of the following acts",
      },
      penalty: { prisonYears: { min: 5, max: 10 }, life: false },
      points: [
        point("a", "Chuyển giao hoặc tiếp nhận người để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác", "Transfers or receives a person in order to hand over or receive money, property or other material benefit"),
        point("b", "Chuyển giao hoặc tiếp nhận người để bóc lột tình dục, cưỡng bức lao động, lấy bộ phận cơ thể của nạn nhân hoặc vì mục đích vô nhân đạo khác", "Transfers or receives a person for sexual exploitation, forced labour, removal of body parts or other inhumane purposes"),
        point("c", "Tuyển mộ, vận chuyển, chứa chấp người khác để thực hiện hành vi quy định tại điểm a hoặc điểm b khoản này", "Recruits, transports or harbours another person in order to commit an act under point a or b"),
      ],
    },
    {
      clause: 2,
      gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "The offence is committed in one of the following cases" },
      penalty: { prisonYears: { min: 8, max: 15 }, life: false },
      points: [
        point("a", "Có tổ chức", "Organised"),
        point("b", "Vì động cơ đê hèn", "For base motives"),
        point("c", `${INJURY_31_60.vi}, nếu không thuộc trường hợp quy định tại điểm b khoản 3 Điều này`, `${INJURY_31_60.en}, except where clause 3 point b applies`),
        point("d", ACROSS_BORDER.vi, ACROSS_BORDER.en),
        point("đ", "Đối với từ 02 người đến 05 người", "Against 2 to 5 persons"),
        point("e", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)"),
      ],
    },
    {
      clause: 3,
      gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "The offence is committed in one of the following cases" },
      penalty: { prisonYears: { min: 12, max: 20 }, life: false },
      points: [
        point("a", "Có tính chất chuyên nghiệp", "Professional nature"),
        point("b", "Đã lấy bộ phận cơ thể của nạn nhân", "Has taken the victim's body parts"),
        point("c", INJURY_61.vi, INJURY_61.en),
        point("d", "Làm nạn nhân chết hoặc tự sát", "Causes the victim's death or suicide"),
        point("đ", "Đối với 06 người trở lên", "Against 6 or more persons"),
        point("e", "Tái phạm nguy hiểm", "Dangerous recidivism"),
      ],
    },
    {
      clause: 4,
      gloss: { vi: "Hình phạt bổ sung", en: "Supplementary penalties" },
      additional: [fine(20_000_000, 100_000_000), PROBATION, RESIDENCE_BAN, CONFISCATION],
      points: [],
    },
  ],
};

/** Điều 151 BLHS — Tội mua bán người dưới 16 tuổi (trafficking in persons under 16). @category law @since 0.1.0 */
export const article151: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 151,
  title: { vi: "Tội mua bán người dưới 16 tuổi", en: "Trafficking in persons under 16", fr: "Traite des personnes de moins de 16 ans" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: SOURCE,
  clauses: [
    {
      clause: 1,
      gloss: { vi: "Người nào thực hiện một trong các hành vi sau đây", en: "Whoever commits one of the following acts (no means required)" },
      penalty: { prisonYears: { min: 7, max: 12 }, life: false },
      points: [
        point("a", "Chuyển giao hoặc tiếp nhận người dưới 16 tuổi để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác, trừ trường hợp vì mục đích nhân đạo", "Transfers or receives a person under 16 in order to hand over or receive money, property or other material benefit, except for humanitarian purposes"),
        point("b", "Chuyển giao hoặc tiếp nhận người dưới 16 tuổi để bóc lột tình dục, cưỡng bức lao động, lấy bộ phận cơ thể hoặc vì mục đích vô nhân đạo khác", "Transfers or receives a person under 16 for sexual exploitation, forced labour, removal of body parts or other inhumane purposes"),
        point("c", "Tuyển mộ, vận chuyển, chứa chấp người dưới 16 tuổi để thực hiện hành vi quy định tại điểm a hoặc điểm b khoản này", "Recruits, transports or harbours a person under 16 in order to commit an act under point a or b"),
      ],
    },
    {
      clause: 2,
      gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "The offence is committed in one of the following cases" },
      penalty: { prisonYears: { min: 12, max: 20 }, life: false },
      points: [
        point("a", "Lợi dụng chức vụ, quyền hạn", "Abuse of position or power"),
        point("b", "Lợi dụng hoạt động cho, nhận con nuôi để phạm tội", "Abuse of adoption activities to commit the offence"),
        point("c", "Đối với từ 02 người đến 05 người", "Against 2 to 5 persons"),
        point("d", "Đối với người mà mình có trách nhiệm chăm sóc, nuôi dưỡng", "Against a person the offender is responsible for caring for or raising"),
        point("đ", ACROSS_BORDER.vi, ACROSS_BORDER.en),
        point("e", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)"),
        point("g", "Vì động cơ đê hèn", "For base motives"),
        point("h", `${INJURY_31_60.vi}, nếu không thuộc trường hợp quy định tại điểm d khoản 3 Điều này`, `${INJURY_31_60.en}, except where clause 3 point d applies`),
      ],
    },
    {
      clause: 3,
      gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "The offence is committed in one of the following cases" },
      penalty: { prisonYears: { min: 18, max: 20 }, life: true },
      points: [
        point("a", "Có tổ chức", "Organised"),
        point("b", "Có tính chất chuyên nghiệp", "Professional nature"),
        point("c", INJURY_61.vi, INJURY_61.en),
        point("d", "Đã lấy bộ phận cơ thể của nạn nhân", "Has taken the victim's body parts"),
        point("đ", "Làm nạn nhân chết hoặc tự sát", "Causes the victim's death or suicide"),
        point("e", "Đối với 06 người trở lên", "Against 6 or more persons"),
        point("g", "Tái phạm nguy hiểm", "Dangerous recidivism"),
      ],
    },
    {
      clause: 4,
      gloss: { vi: "Hình phạt bổ sung", en: "Supplementary penalties" },
      additional: [fine(50_000_000, 200_000_000), PROBATION, RESIDENCE_BAN, POSITION_BAN, CONFISCATION],
      points: [],
    },
  ],
};

const screeningArticle = (
  article: number,
  title: ArticleEntry["title"],
  clause1: { vi: string; en: string; min: number; max: number },
  cl2: { min: number; max: number; points: ReadonlyArray<PointEntry> },
  cl3: { min: number; max: number; life: boolean; points: ReadonlyArray<PointEntry> },
  additional: ReadonlyArray<AdditionalPenalty>,
): ArticleEntry => ({
  instrument: "100/2015/QH13",
  article,
  title,
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: SOURCE,
  clauses: [
    { clause: 1, gloss: { vi: clause1.vi, en: clause1.en }, penalty: { prisonYears: { min: clause1.min, max: clause1.max }, life: false }, points: [] },
    { clause: 2, gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "Aggravated cases" }, penalty: { prisonYears: { min: cl2.min, max: cl2.max }, life: false }, points: cl2.points },
    { clause: 3, gloss: { vi: "Phạm tội thuộc một trong các trường hợp sau đây", en: "Further aggravated cases" }, penalty: { prisonYears: { min: cl3.min, max: cl3.max }, life: cl3.life }, points: cl3.points },
    { clause: 4, gloss: { vi: "Hình phạt bổ sung", en: "Supplementary penalties" }, additional, points: [] },
  ],
});

const ORGANISED = point("a", "Có tổ chức", "Organised");
const ABUSE = point("b", "Lợi dụng chức vụ, quyền hạn, nghề nghiệp", "Abuse of position, power or profession");

/** Điều 152 BLHS — swapping persons under 1 year old. @category law @since 0.1.0 */
export const article152 = screeningArticle(
  152,
  { vi: "Tội đánh tráo người dưới 01 tuổi", en: "Swapping persons under 1 year old", fr: "Substitution de personnes de moins d'un an" },
  { vi: "Người nào đánh tráo người dưới 01 tuổi này với người dưới 01 tuổi khác", en: "Swapping a person under 1 with another", min: 2, max: 5 },
  { min: 3, max: 7, points: [ORGANISED, ABUSE, point("c", "Đối với người dưới 01 tuổi mà mình có trách nhiệm chăm sóc, nuôi dưỡng", "Against an infant in the offender's care"), point("d", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)")] },
  { min: 7, max: 12, life: false, points: [point("a", "Có tính chất chuyên nghiệp", "Professional nature"), point("b", "Tái phạm nguy hiểm", "Dangerous recidivism")] },
  [fine(10_000_000, 50_000_000), POSITION_BAN],
);

/** Điều 153 BLHS — appropriating persons under 16. @category law @since 0.1.0 */
export const article153 = screeningArticle(
  153,
  { vi: "Tội chiếm đoạt người dưới 16 tuổi", en: "Appropriating persons under 16", fr: "Appropriation de personnes de moins de 16 ans" },
  { vi: "Người nào dùng vũ lực, đe dọa dùng vũ lực hoặc thủ đoạn khác chiếm giữ người dưới 16 tuổi hoặc giao người đó cho người khác chiếm giữ", en: "Using force, threat of force or other tricks to hold a person under 16 or hand them to another to hold", min: 3, max: 7 },
  { min: 5, max: 10, points: [ORGANISED, ABUSE, point("c", "Đối với người mà mình có trách nhiệm chăm sóc, nuôi dưỡng", "Against a person in the offender's care"), point("d", "Đối với từ 02 người đến 05 người", "Against 2 to 5 persons"), point("đ", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)"), point("e", INJURY_31_60.vi, INJURY_31_60.en)] },
  { min: 10, max: 15, life: false, points: [point("a", "Có tính chất chuyên nghiệp", "Professional nature"), point("b", "Đối với 06 người trở lên", "Against 6 or more persons"), point("c", INJURY_61.vi, INJURY_61.en), point("d", "Làm nạn nhân chết", "Causes death"), point("đ", "Tái phạm nguy hiểm", "Dangerous recidivism")] },
  [fine(10_000_000, 50_000_000), POSITION_BAN],
);

/** Điều 154 BLHS — trading in or appropriating human tissue or body parts. @category law @since 0.1.0 */
export const article154 = screeningArticle(
  154,
  { vi: "Tội mua bán, chiếm đoạt mô hoặc bộ phận cơ thể người", en: "Trading in or appropriating human tissue or body parts", fr: "Trafic ou appropriation de tissus ou d'organes humains" },
  { vi: "Người nào mua bán, chiếm đoạt mô hoặc bộ phận cơ thể của người khác", en: "Buying, selling or appropriating another person's tissue or body part", min: 3, max: 7 },
  { min: 7, max: 15, points: [ORGANISED, point("b", "Vì mục đích thương mại", "For commercial purposes"), point("c", "Lợi dụng chức vụ, quyền hạn, nghề nghiệp", "Abuse of position, power or profession"), point("d", "Đối với từ 02 người đến 05 người", "Against 2 to 5 persons"), point("đ", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)"), point("e", "Gây tổn hại cho sức khỏe của người khác mà tỷ lệ tổn thương cơ thể từ 31% đến 60%", "Harm to another with a body-injury rate of 31% to 60%")] },
  { min: 12, max: 20, life: true, points: [point("a", "Có tính chất chuyên nghiệp", "Professional nature"), point("b", "Gây tổn hại cho sức khỏe của người khác mà tỷ lệ tổn thương cơ thể 61% trở lên", "Harm with a body-injury rate of 61% or more"), point("c", "Đối với 06 người trở lên", "Against 6 or more persons"), point("d", "Làm chết người", "Causes death"), point("đ", "Tái phạm nguy hiểm", "Dangerous recidivism")] },
  [fine(10_000_000, 100_000_000), POSITION_BAN],
);

const BORDER_CL2 = [
  point("a", "Lợi dụng chức vụ, quyền hạn", "Abuse of position or power"),
  point("b", "Phạm tội 02 lần trở lên", "Committed two or more times (phạm tội 02 lần trở lên)"),
  point("c", "Đối với từ 05 người đến 10 người", "For 5 to 10 persons"),
  point("d", "Có tính chất chuyên nghiệp", "Professional nature"),
  point("đ", "Thu lợi bất chính từ 100.000.000 đồng đến dưới 500.000.000 đồng", "Illicit gain of VND 100,000,000 to under 500,000,000"),
  point("e", "Tái phạm nguy hiểm", "Dangerous recidivism"),
];
const BORDER_CL3 = [
  point("a", "Đối với 11 người trở lên", "For 11 or more persons"),
  point("b", "Thu lợi bất chính 500.000.000 đồng trở lên", "Illicit gain of VND 500,000,000 or more"),
  point("c", "Làm chết người", "Causes death"),
];

/** Điều 348 BLHS — organising or brokering illegal exit, entry or stay in Vietnam. @category law @since 0.1.0 */
export const article348 = screeningArticle(
  348,
  { vi: "Tội tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh hoặc ở lại Việt Nam trái phép", en: "Organising or brokering illegal exit, entry or stay in Vietnam", fr: "Organisation ou intermédiation de sorties, entrées ou séjours illégaux au Viêt Nam" },
  { vi: "Người nào vì vụ lợi mà tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh hoặc ở lại Việt Nam trái phép", en: "For profit, organising or brokering another person's illegal exit, entry or stay in Vietnam", min: 1, max: 5 },
  { min: 5, max: 10, points: BORDER_CL2 },
  { min: 7, max: 15, life: false, points: BORDER_CL3 },
  [fine(10_000_000, 50_000_000), POSITION_BAN],
);

/** Điều 349 BLHS — organising or brokering others to flee abroad or stay abroad illegally. @category law @since 0.1.0 */
export const article349 = screeningArticle(
  349,
  { vi: "Tội tổ chức, môi giới cho người khác trốn đi nước ngoài hoặc ở lại nước ngoài trái phép", en: "Organising or brokering others to flee abroad or stay abroad illegally", fr: "Organisation ou intermédiation de départs ou séjours illégaux à l'étranger" },
  { vi: "Người nào tổ chức, môi giới cho người khác trốn đi nước ngoài hoặc ở lại nước ngoài trái phép, nếu không thuộc trường hợp quy định tại Điều 120", en: "Organising or brokering another person to flee or stay abroad illegally, unless Art. 120 applies", min: 1, max: 5 },
  { min: 5, max: 10, points: BORDER_CL2 },
  { min: 7, max: 15, life: false, points: BORDER_CL3 },
  [fine(10_000_000, 50_000_000), POSITION_BAN],
);

/** Điều 9 BLHS — crime categories by the maximum of the penalty bracket. @category law @since 0.1.0 */
export const article9: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 9,
  title: { vi: "Phân loại tội phạm", en: "Classification of crimes", fr: "Classification des infractions" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: SOURCE,
  clauses: [
    {
      clause: 1,
      gloss: { vi: "Căn cứ vào tính chất và mức độ nguy hiểm cho xã hội, tội phạm được phân thành 04 loại", en: "Crimes are classified into four categories by their danger to society" },
      points: [
        point("a", "Tội phạm ít nghiêm trọng: mức cao nhất của khung hình phạt là phạt tiền, cải tạo không giam giữ hoặc phạt tù đến 03 năm", "Less serious: bracket maximum a fine, non-custodial reform or up to 3 years"),
        point("b", "Tội phạm nghiêm trọng: mức cao nhất của khung hình phạt là từ trên 03 năm đến 07 năm tù", "Serious: bracket maximum over 3 up to 7 years"),
        point("c", "Tội phạm rất nghiêm trọng: mức cao nhất của khung hình phạt là từ trên 07 năm đến 15 năm tù", "Very serious: bracket maximum over 7 up to 15 years"),
        point("d", "Tội phạm đặc biệt nghiêm trọng: mức cao nhất của khung hình phạt là từ trên 15 năm đến 20 năm tù, tù chung thân hoặc tử hình", "Extremely serious: bracket maximum over 15 up to 20 years, life or death"),
      ],
    },
  ],
};

/** Điều 12 BLHS — age of criminal liability. @category law @since 0.1.0 */
export const article12: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 12,
  title: { vi: "Tuổi chịu trách nhiệm hình sự", en: "Age of criminal liability", fr: "Âge de la responsabilité pénale" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: SOURCE,
  clauses: [
    { clause: 1, gloss: { vi: "Người từ đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm, trừ những tội phạm mà Bộ luật này có quy định khác", en: "Persons aged 16 or over are liable for every crime unless the Code provides otherwise" }, points: [] },
    { clause: 2, gloss: { vi: "Người từ đủ 14 tuổi đến dưới 16 tuổi phải chịu trách nhiệm hình sự về tội phạm rất nghiêm trọng, tội phạm đặc biệt nghiêm trọng quy định tại một trong các điều … 150, 151 …", en: "Persons aged 14 to under 16 are liable for very serious or extremely serious crimes under a closed list of articles that includes 150 and 151" }, points: [] },
  ],
};

/**
 * Điều 91 BLHS — principles for persons under 18 who offend: clauses 5–7, the ones that change a
 * charge, are quoted; clauses 1–4 are placeholders so that clause numbers stay in order. @category law @since 0.3.0
 */
export const article91: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 91,
  title: { vi: "Nguyên tắc xử lý đối với người dưới 18 tuổi phạm tội", en: "Principles for dealing with persons under 18 who offend", fr: "Principes applicables aux mineurs de 18 ans auteurs d'infractions" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "verified",
  source: `${SOURCE}; clauses 5–7 read 2026-12-02`,
  clauses: [
    ...[1, 2, 3, 4].map((clause) => ({ clause, gloss: { vi: `(khoản ${clause} Điều 91: không được mã hóa trong thư viện này)`, en: `(Art. 91(${clause}): not encoded in this library)` }, points: [] })),
    { clause: 5, gloss: { vi: "Không xử phạt tù chung thân hoặc tử hình đối với người dưới 18 tuổi phạm tội", en: "No life imprisonment or death penalty for a person under 18 who offends" }, points: [] },
    { clause: 6, gloss: { vi: "Không áp dụng hình phạt bổ sung đối với người dưới 18 tuổi phạm tội", en: "No additional penalty for a person under 18 who offends" }, points: [] },
    { clause: 7, gloss: { vi: "Án đã tuyên đối với người chưa đủ 16 tuổi phạm tội, thì không tính để xác định tái phạm hoặc tái phạm nguy hiểm", en: "A sentence for an offence committed under 16 does not count towards recidivism or dangerous recidivism" }, points: [] },
  ],
};

/**
 * Điều 101 BLHS — fixed-term imprisonment for persons under 18. The rule (caps of 18 and 12 years,
 * ¾ and ½ of the statutory maximum, no minimum) was read in the Pháp điển copy; the clause
 * wording quoted here is from a secondary copy, hence `secondary`. @category law @since 0.3.0
 */
export const article101: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 101,
  title: { vi: "Tù có thời hạn", en: "Fixed-term imprisonment (persons under 18)", fr: "Emprisonnement à temps (mineurs de 18 ans)" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "secondary",
  source: "Rule read in the Pháp điển copy (2026-12-02); clause wording from a secondary copy of Điều 101",
  clauses: [
    {
      clause: 1,
      gloss: {
        vi: "Đối với người từ đủ 16 tuổi đến dưới 18 tuổi khi phạm tội, nếu điều luật được áp dụng quy định hình phạt tù chung thân hoặc tử hình, thì mức hình phạt cao nhất được áp dụng không quá 18 năm tù; nếu là tù có thời hạn thì mức hình phạt cao nhất được áp dụng không quá ba phần tư mức phạt tù mà điều luật quy định",
        en: "Aged 16 to under 18: where the article provides life or death, at most 18 years; for a fixed term, at most three quarters of the statutory maximum",
      },
      points: [],
    },
    {
      clause: 2,
      gloss: {
        vi: "Đối với người từ đủ 14 tuổi đến dưới 16 tuổi khi phạm tội, nếu điều luật được áp dụng quy định hình phạt tù chung thân hoặc tử hình, thì mức hình phạt cao nhất được áp dụng không quá 12 năm tù; nếu là tù có thời hạn thì mức hình phạt cao nhất được áp dụng không quá một phần hai mức phạt tù mà điều luật quy định",
        en: "Aged 14 to under 16: where the article provides life or death, at most 12 years; for a fixed term, at most half of the statutory maximum",
      },
      points: [],
    },
  ],
};

/**
 * Điều 123 BLHS — murder, encoded only as the reference NQ 02/2019 Art. 6(1) makes to clause 1
 * (point h, killing to take the victim's body parts, is named in the screening text; points a–g are
 * not encoded). @category law @since 0.3.0
 */
export const article123: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 123,
  title: { vi: "Tội giết người", en: "Murder", fr: "Meurtre" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "secondary",
  source: "Referenced by NQ 02/2019/NQ-HĐTP Art. 6(1) (Pháp điển); clause-1 wording from a secondary copy",
  clauses: [
    { clause: 1, gloss: { vi: "Người nào giết người thuộc một trong các trường hợp sau đây", en: "Whoever kills a person in one of the following cases" }, points: [] },
  ],
};

/**
 * Điều 350 BLHS — forcing others to flee abroad or stay abroad illegally, encoded only as the
 * article NQ 02/2019 Art. 5(3) names beside Art. 349. @category law @since 0.3.0
 */
export const article350: ArticleEntry = {
  instrument: "100/2015/QH13",
  article: 350,
  title: { vi: "Tội cưỡng ép người khác trốn đi nước ngoài hoặc ở lại nước ngoài trái phép", en: "Forcing others to flee abroad or stay abroad illegally", fr: "Contrainte d'autrui à fuir ou à séjourner illégalement à l'étranger" },
  effective: PENAL_CODE_2017_WORDING,
  confidence: "secondary",
  source: "Named by NQ 02/2019/NQ-HĐTP Art. 5(3) (Pháp điển); title from a secondary list of the Code's articles",
  clauses: [],
};

/** Every Penal Code article the product encodes, by article number. @category law @since 0.1.0 */
export const penalCodeArticles = [article9, article12, article91, article101, article123, article150, article151, article152, article153, article154, article348, article349, article350] as const;
