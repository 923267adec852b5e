import { defineCatalogue, messagesOf } from "../prelude/message.js";

/**
 * The message catalogue of classification: every explanation step and screening note, in
 * Vietnamese (legal wording first), English and French.
 * @category classification
 * @since 0.2.0
 */
export const classificationMessages = defineCatalogue({
  "classification.law-86-2025": {
    params: [],
    vi: "Luật số 86/2025/QH15 sửa đổi Bộ luật Hình sự từ ngày 01/07/2025; áp dụng nội dung năm 2017 của Điều 150, Điều 151 và đánh dấu các căn cứ là chưa kiểm chứng",
    en: "Law 86/2025/QH15 amended the Penal Code from 01/07/2025; the 2017 wording of Arts 150/151 is applied and its citations are marked unverified",
    fr: "La loi 86/2025/QH15 a modifié le Code pénal au 01/07/2025 ; la rédaction de 2017 des art. 150 et 151 est appliquée et ses citations sont marquées non vérifiées",
  },
  "classification.victim-article": {
    params: ["victim", "age", "asOf", "birthDate", "article"],
    vi: "Nạn nhân thứ {victim}: {age} tuổi vào ngày {asOf, date}{birthDate, select, none {} other { (sinh ngày {birthDate, date})}} → Điều {article} Bộ luật Hình sự",
    en: "Victim {victim} aged {age} on {asOf, date}{birthDate, select, none {} other { (born {birthDate, date})}} → Art. {article}",
    fr: "Victime {victim}, âgée de {age} ans le {asOf, date}{birthDate, select, none {} other { (née le {birthDate, date})}} → art. {article}",
  },
  "classification.point.held": {
    params: ["article", "clause", "point", "gloss"],
    vi: "Thỏa mãn điểm {point} khoản {clause} Điều {article} Bộ luật Hình sự: {gloss}",
    en: "Art. {article}({clause})({point}) holds: {gloss}",
    fr: "L'art. {article}, al. {clause}, point {point} est établi : {gloss}",
  },
  "classification.point.not_held": {
    params: ["article", "clause", "point", "gloss"],
    vi: "Không thỏa mãn điểm {point} khoản {clause} Điều {article} Bộ luật Hình sự: {gloss}",
    en: "Art. {article}({clause})({point}) does not hold: {gloss}",
    fr: "L'art. {article}, al. {clause}, point {point} n'est pas établi : {gloss}",
  },
  "classification.point.undetermined": {
    params: ["article", "clause", "point", "gloss", "missing"],
    vi: "Chưa xác định được điểm {point} khoản {clause} Điều {article} Bộ luật Hình sự ({gloss}); còn thiếu: {missing}",
    en: "Art. {article}({clause})({point}) is undetermined ({gloss}); unknown: {missing}",
    fr: "L'art. {article}, al. {clause}, point {point} est indéterminé ({gloss}) ; inconnu : {missing}",
  },
  "classification.humanitarian-purpose": {
    params: [],
    vi: "Vì mục đích nhân đạo: điểm a khoản 1 Điều 151 không áp dụng đối với việc chuyển giao, tiếp nhận để nhận tiền, tài sản hoặc lợi ích vật chất khác vì mục đích nhân đạo (như nhận con nuôi thực sự, khoản 3 Điều 7 Nghị quyết 02/2019/NQ-HĐTP); điểm b và điểm c không có ngoại lệ này",
    en: "Humanitarian purpose: Art. 151(1)(a) excludes transfers or receipts for money made for a humanitarian purpose (e.g. genuine adoption, NQ 02/2019 Art. 7(3)); points (b) and (c) have no such exception",
    fr: "But humanitaire : l'art. 151, al. 1, point a exclut les remises ou réceptions contre de l'argent faites dans un but humanitaire (adoption véritable, art. 7, al. 3 de la résolution 02/2019) ; les points b et c n'ont pas cette exception",
  },
  "classification.no-offence": {
    params: [],
    vi: "Không thỏa mãn khoản 1 của Điều 150 hoặc Điều 151 đối với nạn nhân nào: không phải tội mua bán người",
    en: "No article's clause 1 holds for any victim: not trafficking in persons",
    fr: "L'alinéa 1 d'aucun article n'est établi pour aucune victime : pas de traite des personnes",
  },
  "classification.offender-age": {
    params: ["age", "band"],
    vi: "Người phạm tội {age} tuổi: {band, select, under14 {chưa đủ 14 tuổi, không phải chịu trách nhiệm hình sự (Điều 12)} from14to16 {từ đủ 14 tuổi đến dưới 16 tuổi, phải chịu trách nhiệm hình sự về tội phạm tại Điều 150, Điều 151 (được liệt kê tại khoản 2 Điều 12; mọi khoản của hai điều này đều là tội phạm rất nghiêm trọng trở lên)} other {từ đủ 16 tuổi trở lên, phải chịu trách nhiệm hình sự (khoản 1 Điều 12)}}",
    en: "Offender aged {age}: {band, select, under14 {under 14, no criminal liability (Art. 12)} from14to16 {14 to under 16, liable for Arts 150/151 (listed in Art. 12(2); every clause is at least very serious)} other {16 or over, liable (Art. 12(1))}}",
    fr: "Auteur âgé de {age} ans : {band, select, under14 {moins de 14 ans, pas de responsabilité pénale (art. 12)} from14to16 {de 14 à moins de 16 ans, responsable au titre des art. 150 et 151 (listés à l'art. 12, al. 2)} other {16 ans ou plus, responsable (art. 12, al. 1)}}",
  },
  "classification.clause3-with-clause2": {
    params: ["article", "points"],
    vi: "Áp dụng khoản 3 Điều {article}; các điểm của khoản 2 cũng thỏa mãn: {points}",
    en: "Clause 3 of Art. {article} applies; clause-2 points that also held: {points}",
    fr: "L'al. 3 de l'art. {article} s'applique ; points de l'al. 2 également établis : {points}",
  },
  "classification.penalty": {
    params: ["article", "clause", "min", "max", "life", "category"],
    vi: "Khoản {clause} Điều {article}: phạt tù từ {min} năm đến {max} năm{life, select, true { hoặc tù chung thân} other {}}; là tội phạm {category} (Điều 9, theo mức cao nhất của khung hình phạt)",
    en: "Art. {article}({clause}): {min}–{max} years' imprisonment{life, select, true { or life imprisonment} other {}}; category {category} (Art. 9, by the bracket maximum)",
    fr: "Art. {article}, al. {clause} : {min} à {max} ans d'emprisonnement{life, select, true { ou réclusion à perpétuité} other {}} ; catégorie {category} (art. 9, selon le maximum de la peine)",
  },
  "screening.infant-swap": {
    params: ["count", "youngOffender"],
    vi: "{count} nạn nhân dưới 1 tuổi: hành vi đánh tráo người dưới 1 tuổi là tội phạm tại Điều 152, khác với tội mua bán người.{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "{count} victim(s) under 1 year old: swapping an infant for another is Art. 152, distinct from trafficking.{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
    fr: "{count} victime(s) de moins d'un an : l'échange d'un nourrisson relève de l'art. 152, distinct de la traite.{youngOffender, select, true { L'auteur, âgé de 14 ou 15 ans, n'en répond pas (non listé à l'art. 12, al. 2).} other {}}",
  },
  "screening.appropriating-child": {
    params: ["youngOffender"],
    vi: "Người dưới 16 tuổi bị đưa đi bằng vũ lực, đe dọa dùng vũ lực hoặc thủ đoạn khác nhưng chưa xác định được hành vi hoặc mục đích mua bán người: hành vi chiếm giữ người dưới 16 tuổi hoặc giao cho người khác chiếm giữ là tội phạm tại Điều 153.{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "A person under 16 was taken by force, threat of force or other tricks, but no trafficking purpose or act is established: holding a child, or handing them to another to hold, is Art. 153.{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
    fr: "Une personne de moins de 16 ans a été emmenée par la force, la menace ou d'autres ruses, sans acte ni but de traite établi : la retenir ou la remettre à autrui relève de l'art. 153.{youngOffender, select, true { L'auteur, âgé de 14 ou 15 ans, n'en répond pas (non listé à l'art. 12, al. 2).} other {}}",
  },
  "screening.body-parts": {
    params: ["taken", "died", "youngOffender"],
    vi: "{taken, select, true {Bộ phận cơ thể đã bị lấy: hành vi mua bán, chiếm đoạt mô hoặc bộ phận cơ thể người (Điều 154) bị truy cứu riêng với tội mua bán người (Điều 8 Nghị quyết 02/2019/NQ-HĐTP).} other {Mục đích là lấy bộ phận cơ thể: nếu chính mô hoặc bộ phận cơ thể bị mua bán, chiếm đoạt thì áp dụng Điều 154.}}{died, select, true { Nếu lấy bộ phận cơ thể quan trọng và nạn nhân chết thì truy cứu về tội giết người (điểm h khoản 1 Điều 123; khoản 1 Điều 6 Nghị quyết 02/2019/NQ-HĐTP).} other {}}{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "{taken, select, true {A body part was taken: trading in or appropriating human tissue or body parts (Art. 154) is charged separately from the trafficking (NQ 02/2019 Art. 8).} other {The purpose is removal of body parts: if the tissue or body part itself was bought, sold or appropriated, Art. 154 applies.}}{died, select, true { Where a vital organ was removed and the victim died, the charge is murder (Art. 123(1)(h), NQ 02/2019 Art. 6(1)).} other {}}{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
  "screening.illegal-emigration": {
    params: ["youngOffender"],
    vi: "Một người bị đưa ra nước ngoài nhưng chưa xác định được mục đích mua bán người: tổ chức, môi giới cho người khác xuất cảnh hoặc ở lại nước ngoài trái phép là tội phạm tại Điều 349 (khoản 3 Điều 5 Nghị quyết 02/2019/NQ-HĐTP).{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "A person was taken abroad without an established trafficking purpose: organising or brokering someone to leave or stay abroad illegally is Art. 349 (NQ 02/2019 Art. 5(3)).{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
  "screening.illegal-exit": {
    params: ["forProfit", "youngOffender"],
    vi: "{forProfit, select, true {Có yếu tố tiền hoặc lợi ích} other {Nếu vì vụ lợi}}: tổ chức, môi giới cho người khác xuất cảnh trái phép là tội phạm tại Điều 348 (khoản 1 đòi hỏi mục đích vụ lợi).{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "{forProfit, select, true {Money or benefit was involved} other {If done for profit}}: organising or brokering another person's illegal exit from Vietnam is Art. 348 (clause 1 requires a profit motive).{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
});

/** Builds a classification {@link Message} from the catalogue. @internal */
export const say = messagesOf(classificationMessages);
