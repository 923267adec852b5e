import { fieldLabeler, type FieldLabeler, type OptionLabeler } from "../prelude/issue.js";
import type { Label } from "../prelude/label.js";
import type { ElementId } from "./rules.js";
import type { Act, Circumstance, Means, Outcome, Purpose } from "./schema.js";

type Labels<K extends string> = { readonly [P in K]: Label & { readonly fr: string } };

/** Labels of the acts of Arts 150/151(1), for forms and reports. @category classification @since 0.2.0 */
export const ACT_LABELS: Labels<Act> = {
  transfer: { vi: "Chuyển giao", en: "Transfer", fr: "Remise" },
  receive: { vi: "Tiếp nhận", en: "Receipt", fr: "Réception" },
  recruit: { vi: "Tuyển mộ", en: "Recruitment", fr: "Recrutement" },
  transport: { vi: "Vận chuyển", en: "Transport", fr: "Transport" },
  harbour: { vi: "Chứa chấp", en: "Harbouring", fr: "Hébergement" },
};

/** Labels of the purposes of Arts 150/151(1). @category classification @since 0.2.0 */
export const PURPOSE_LABELS: Labels<Purpose> = {
  money_or_benefit: { vi: "Giao, nhận tiền, tài sản, lợi ích vật chất", en: "Money, property or other material benefit", fr: "Argent, biens ou autre avantage matériel" },
  sexual_exploitation: { vi: "Bóc lột tình dục", en: "Sexual exploitation", fr: "Exploitation sexuelle" },
  forced_labour: { vi: "Cưỡng bức lao động", en: "Forced labour", fr: "Travail forcé" },
  organ_removal: { vi: "Lấy bộ phận cơ thể", en: "Removal of body parts", fr: "Prélèvement d'organes" },
  other_inhumane: { vi: "Mục đích vô nhân đạo khác", en: "Other inhumane purposes", fr: "Autres fins inhumaines" },
};

/** Labels of the means of Art. 150(1). @category classification @since 0.2.0 */
export const MEANS_LABELS: Labels<Means> = {
  force: { vi: "Dùng vũ lực", en: "Force", fr: "Usage de la force" },
  threat_of_force: { vi: "Đe dọa dùng vũ lực", en: "Threat of force", fr: "Menace de recourir à la force" },
  deception: { vi: "Lừa gạt", en: "Deception", fr: "Tromperie" },
  other_trick: { vi: "Thủ đoạn khác", en: "Other tricks", fr: "Autres manœuvres" },
};

/** Labels of the circumstances. @category classification @since 0.2.0 */
export const CIRCUMSTANCE_LABELS: Labels<Circumstance> = {
  organised: { vi: "Có tổ chức", en: "Organised", fr: "En bande organisée" },
  professional: { vi: "Có tính chất chuyên nghiệp", en: "Professional", fr: "À titre professionnel" },
  base_motive: { vi: "Vì động cơ đê hèn", en: "Base motive", fr: "Motif abject" },
  repeat_offence: { vi: "Phạm tội 02 lần trở lên", en: "Committed two or more times (phạm tội 02 lần trở lên)", fr: "Commis deux fois ou plus" },
  dangerous_recidivism: { vi: "Tái phạm nguy hiểm", en: "Dangerous recidivism", fr: "Récidive dangereuse" },
  abuse_of_position: { vi: "Lợi dụng chức vụ, quyền hạn", en: "Abuse of position or power", fr: "Abus de fonctions ou de pouvoir" },
  abuse_of_adoption: { vi: "Lợi dụng hoạt động cho, nhận con nuôi", en: "Abuse of adoption", fr: "Détournement de l'adoption" },
};

/** Labels of a victim's outcome. @category classification @since 0.2.0 */
export const OUTCOME_LABELS: Labels<Outcome> = {
  none: { vi: "Không", en: "None", fr: "Aucune" },
  death: { vi: "Chết", en: "Death", fr: "Décès" },
  suicide: { vi: "Tự sát", en: "Suicide", fr: "Suicide" },
};

/** Labels of the classification statuses. @category classification @since 0.2.0 */
export const CLASSIFICATION_STATUS_LABELS: Labels<"TRAFFICKING" | "NOT_TRAFFICKING" | "INSUFFICIENT_DATA"> = {
  TRAFFICKING: { vi: "Có dấu hiệu tội mua bán người", en: "Trafficking in persons", fr: "Traite des personnes" },
  NOT_TRAFFICKING: { vi: "Không cấu thành tội mua bán người", en: "Not trafficking in persons", fr: "Pas de traite des personnes" },
  INSUFFICIENT_DATA: { vi: "Chưa đủ dữ kiện", en: "Insufficient facts", fr: "Faits insuffisants" },
};

/** Labels of the crime categories of Art. 9. @category classification @since 0.2.0 */
export const CRIME_CATEGORY_LABELS: Labels<"less_serious" | "serious" | "very_serious" | "extremely_serious"> = {
  less_serious: { vi: "ít nghiêm trọng", en: "less serious", fr: "de moindre gravité" },
  serious: { vi: "nghiêm trọng", en: "serious", fr: "grave" },
  very_serious: { vi: "rất nghiêm trọng", en: "very serious", fr: "très grave" },
  extremely_serious: { vi: "đặc biệt nghiêm trọng", en: "extremely serious", fr: "d'une gravité exceptionnelle" },
};

/**
 * The elements of the clause-1 points of Arts 150/151, in the statute's words: what a "no" names.
 * @category classification
 * @since 0.3.0
 */
export const ELEMENT_LABELS: Labels<ElementId> = {
  means: { vi: "dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác", en: "force, threat of force, deception or other tricks", fr: "la force, la menace de la force, la tromperie ou d'autres manœuvres" },
  transfer_or_receive: { vi: "chuyển giao hoặc tiếp nhận người", en: "transfer or receipt of a person", fr: "la remise ou la réception d'une personne" },
  recruit_transport_harbour: { vi: "tuyển mộ, vận chuyển, chứa chấp", en: "recruitment, transport or harbouring", fr: "le recrutement, le transport ou l'hébergement" },
  purpose_money: { vi: "để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác", en: "in order to hand over or receive money, property or other material benefit", fr: "pour remettre ou recevoir de l'argent, des biens ou un autre avantage matériel" },
  purpose_exploitation: {
    vi: "để bóc lột tình dục, cưỡng bức lao động, lấy bộ phận cơ thể của nạn nhân hoặc vì mục đích vô nhân đạo khác",
    en: "for sexual exploitation, forced labour, removal of the victim's body parts or other inhumane purposes",
    fr: "à des fins d'exploitation sexuelle, de travail forcé, de prélèvement d'organes ou à d'autres fins inhumaines",
  },
  purpose_a_or_b: { vi: "để thực hiện hành vi quy định tại điểm a hoặc điểm b khoản này", en: "in order to commit an act under point a or b", fr: "pour commettre un acte visé au point a ou b" },
  not_humanitarian: { vi: "trừ trường hợp vì mục đích nhân đạo", en: "except for a humanitarian purpose", fr: "sauf but humanitaire" },
};

const FACT_NAMES: Readonly<Record<string, Label & { readonly fr: string }>> = {
  victims: { vi: "những người là nạn nhân", en: "who the victims are", fr: "l'identité des victimes" },
  acts: { vi: "hành vi", en: "the acts", fr: "les actes" },
  purposes: { vi: "mục đích", en: "the purpose", fr: "le but" },
  means: { vi: "thủ đoạn", en: "the means", fr: "les moyens" },
  circumstances: { vi: "các tình tiết định khung", en: "the aggravating circumstances", fr: "les circonstances aggravantes" },
  humanitarianPurpose: { vi: "mục đích nhân đạo", en: "the humanitarian purpose", fr: "le but humanitaire" },
  offenderAgeYears: { vi: "tuổi của người phạm tội", en: "the offender's age", fr: "l'âge de l'auteur" },
  ageYears: { vi: "ngày sinh (tuổi)", en: "date of birth (age)", fr: "date de naissance (âge)" },
  birthDate: { vi: "ngày sinh", en: "date of birth", fr: "date de naissance" },
  injuryPercent: { vi: "tỷ lệ tổn thương cơ thể", en: "body-injury rate", fr: "taux d'atteinte corporelle" },
  outcome: { vi: "hậu quả chết hoặc tự sát", en: "death or suicide", fr: "décès ou suicide" },
  bodyPartRemoved: { vi: "việc đã lấy bộ phận cơ thể", en: "whether a body part was taken", fr: "le prélèvement effectif d'un organe" },
  inOffenderCare: { vi: "trách nhiệm chăm sóc, nuôi dưỡng", en: "whether the offender cared for the victim", fr: "la charge de la victime" },
  takenAcrossBorder: { vi: "việc đưa ra khỏi biên giới", en: "whether taken out of the country", fr: "le passage de la frontière" },
};

/**
 * The name of a fact by its field path in `missingFacts` ("victims[2].injuryPercent" → "nạn nhân thứ 3:
 * tỷ lệ tổn thương cơ thể"), in vi, en and fr.
 * @category classification
 * @since 0.3.0
 */
export const factLabel = (path: string): Label & { readonly fr: string } => {
  const m = /^victims\[(\d+)\]\.(\w+)$/.exec(path);
  if (m === null) return FACT_NAMES[path] ?? { vi: path, en: path, fr: path };
  const n = Number(m[1]) + 1;
  const name = FACT_NAMES[m[2] as string] ?? { vi: m[2] as string, en: m[2] as string, fr: m[2] as string };
  return { vi: `nạn nhân thứ ${n}: ${name.vi}`, en: `victim ${n}: ${name.en}`, fr: `victime ${n} : ${name.fr}` };
};

/**
 * The names of the fields of {@link CaseFacts}, for the messages of invalid input: an issue names
 * the field ("Nạn nhân thứ 3: tỷ lệ tổn thương cơ thể"), never its path.
 * @category classification
 * @since 0.3.0
 */
export const caseFieldLabel: FieldLabeler = fieldLabeler({
  root: { vi: "dữ kiện của vụ việc", en: "the case facts", fr: "les faits de l'affaire" },
  names: {
    ...FACT_NAMES,
    offenceDate: { vi: "ngày thực hiện hành vi", en: "the offence date", fr: "la date des faits" },
    ageYears: { vi: "tuổi vào ngày thực hiện hành vi", en: "the age on the offence date", fr: "l'âge au jour des faits" },
    victims: { vi: "danh sách nạn nhân", en: "the list of victims", fr: "la liste des victimes" },
  },
  items: {
    victims: { vi: "nạn nhân thứ {n}", en: "victim {n}", fr: "victime {n}" },
    acts: { vi: "hành vi thứ {n}", en: "act {n}", fr: "acte {n}" },
    purposes: { vi: "mục đích thứ {n}", en: "purpose {n}", fr: "but {n}" },
    means: { vi: "thủ đoạn thứ {n}", en: "means {n}", fr: "moyen {n}" },
    circumstances: { vi: "tình tiết thứ {n}", en: "circumstance {n}", fr: "circonstance {n}" },
  },
});

const CHOICES: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  acts: ACT_LABELS,
  purposes: PURPOSE_LABELS,
  means: MEANS_LABELS,
  circumstances: CIRCUMSTANCE_LABELS,
  outcome: OUTCOME_LABELS,
};

/** The labels of the allowed values of a choice field of {@link CaseFacts}, for the messages of invalid input. @category classification @since 0.3.0 */
export const caseChoiceLabels: OptionLabeler = (path, values) => {
  const key = path.toReversed().find((k) => typeof k === "string");
  const table = key === undefined ? undefined : CHOICES[key];
  if (table === undefined) return undefined;
  return values.flatMap((v) => (typeof v === "string" && table[v] !== undefined ? [table[v]] : []));
};
