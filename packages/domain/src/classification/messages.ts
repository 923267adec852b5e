import { issuesOf } from "../prelude/issue.js";
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
    params: ["article", "clause", "point", "gloss", "missing", "missingNames"],
    vi: "Chưa xác định được điểm {point} khoản {clause} Điều {article} Bộ luật Hình sự ({gloss}); còn thiếu: {missingNames}{missing, select, other {}}",
    en: "Art. {article}({clause})({point}) is undetermined ({gloss}); unknown: {missingNames}{missing, select, other {}}",
    fr: "L'art. {article}, al. {clause}, point {point} est indéterminé ({gloss}) ; inconnu : {missingNames}{missing, select, other {}}",
  },
  "classification.humanitarian-purpose": {
    params: [],
    vi: "Vì mục đích nhân đạo: điểm a khoản 1 Điều 151 không áp dụng đối với việc chuyển giao, tiếp nhận người dưới 16 tuổi để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác vì mục đích nhân đạo (như nhận con nuôi thực sự, khoản 3 Điều 7 Nghị quyết 02/2019/NQ-HĐTP); điểm c, khi tuyển mộ, vận chuyển, chứa chấp để thực hiện hành vi quy định tại điểm a, cũng có ngoại lệ này (điểm đ khoản 2 Điều 2 Nghị quyết 02/2019/NQ-HĐTP); điểm b không có ngoại lệ này",
    en: "Humanitarian purpose: Art. 151(1)(a) excludes transfers or receipts for money made for a humanitarian purpose (e.g. genuine adoption, NQ 02/2019 Art. 7(3)); point (c), recruiting, transporting or harbouring in order to commit an act under point (a), carries the same exception (NQ 02/2019 Art. 2(2)(đ)); point (b) has none",
    fr: "But humanitaire : l'art. 151, al. 1, point a exclut les remises ou réceptions contre de l'argent faites dans un but humanitaire (adoption véritable, art. 7, al. 3 de la résolution 02/2019) ; le point c, lorsqu'il vise un acte du point a, porte la même exception (art. 2, al. 2, point đ) ; le point b n'en a pas",
  },
  "classification.element.not_held": {
    params: ["article", "point", "element"],
    vi: "Không thỏa mãn điểm {point} khoản 1 Điều {article} Bộ luật Hình sự: không chứng minh được yếu tố “{element}”",
    en: "Art. {article}(1)({point}) does not hold: the element “{element}” is not established",
    fr: "L'art. {article}, al. 1, point {point} n'est pas établi : l'élément « {element} » n'est pas prouvé",
  },
  "classification.element.humanitarian": {
    params: ["point"],
    vi: "Không thỏa mãn điểm {point} khoản 1 Điều 151 Bộ luật Hình sự: việc chuyển giao, tiếp nhận là vì mục đích nhân đạo (“trừ trường hợp vì mục đích nhân đạo”)",
    en: "Art. 151(1)({point}) does not hold: the transfer or receipt was for a humanitarian purpose (the exception “trừ trường hợp vì mục đích nhân đạo”)",
    fr: "L'art. 151, al. 1, point {point} n'est pas établi : la remise ou la réception avait un but humanitaire",
  },
  "classification.means": {
    params: ["via", "means"],
    vi: "Thủ đoạn của khoản 1 Điều 150 (“dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác”): {via, select, listed {đã chứng minh: {means}} abuse {lợi dụng chức vụ, quyền hạn là “thủ đoạn khác” (khoản 3 Điều 2 Nghị quyết 02/2019/NQ-HĐTP)} none {không chứng minh được} other {chưa xác định được}}",
    en: "The means of Art. 150(1) (force, threat of force, deception or other tricks): {via, select, listed {established: {means}} abuse {abuse of position or power is one of the “other tricks” (NQ 02/2019 Art. 2(3))} none {not established} other {undetermined}}",
    fr: "Les moyens de l'art. 150, al. 1 (force, menace, tromperie ou autres manœuvres) : {via, select, listed {établis : {means}} abuse {l'abus de fonctions ou de pouvoir est une « autre manœuvre » (art. 2, al. 3 de la résolution 02/2019)} none {non établis} other {indéterminés}}",
  },
  "classification.no-offence": {
    params: [],
    vi: "Không thỏa mãn khoản 1 của Điều 150 hoặc Điều 151 đối với nạn nhân nào: không phải tội mua bán người",
    en: "No article's clause 1 holds for any victim: not trafficking in persons",
    fr: "L'alinéa 1 d'aucun article n'est établi pour aucune victime : pas de traite des personnes",
  },
  "classification.offender-age": {
    params: ["age", "band"],
    vi: "Người phạm tội {age} tuổi: {band, select, under14 {chưa đủ 14 tuổi, không phải chịu trách nhiệm hình sự (Điều 12); hành vi vẫn là hành vi mua bán người và nạn nhân vẫn được bảo vệ} from14to16 {từ đủ 14 tuổi đến dưới 16 tuổi, phải chịu trách nhiệm hình sự về tội phạm tại Điều 150, Điều 151 (được liệt kê tại khoản 2 Điều 12; mọi khoản của hai điều này đều là tội phạm rất nghiêm trọng trở lên)} from16to18 {từ đủ 16 tuổi đến dưới 18 tuổi, phải chịu trách nhiệm hình sự (khoản 1 Điều 12), với các nguyên tắc xử lý người dưới 18 tuổi phạm tội (Điều 91, Điều 101)} other {từ đủ 16 tuổi trở lên, phải chịu trách nhiệm hình sự (khoản 1 Điều 12)}}",
    en: "Offender aged {age}: {band, select, under14 {under 14, no criminal liability (Art. 12); the conduct is still trafficking and the victim is still protected} from14to16 {14 to under 16, liable for Arts 150/151 (listed in Art. 12(2); every clause is at least very serious)} from16to18 {16 to under 18, liable (Art. 12(1)), under the rules for offenders under 18 (Arts 91, 101)} other {16 or over, liable (Art. 12(1))}}",
    fr: "Auteur âgé de {age} ans : {band, select, under14 {moins de 14 ans, pas de responsabilité pénale (art. 12) ; les faits restent une traite et la victime reste protégée} from14to16 {de 14 à moins de 16 ans, responsable au titre des art. 150 et 151 (listés à l'art. 12, al. 2)} from16to18 {de 16 à moins de 18 ans, responsable (art. 12, al. 1), selon les règles applicables aux mineurs (art. 91 et 101)} other {16 ans ou plus, responsable (art. 12, al. 1)}}",
  },
  "classification.offender-age.unknown": {
    params: [],
    vi: "Chưa biết tuổi của người phạm tội: chưa xác định được trách nhiệm hình sự (Điều 12); tội danh được xác định như đối với người đủ 18 tuổi; nếu người phạm tội dưới 18 tuổi thì không áp dụng tù chung thân và hình phạt bổ sung (khoản 5, khoản 6 Điều 91) và mức hình phạt cao nhất bị giới hạn (Điều 101)",
    en: "The offender's age is unknown: liability is undetermined (Art. 12); the charges are computed as for an adult; if the offender is under 18, no life imprisonment or additional penalty applies (Art. 91(5), (6)) and the maximum is capped (Art. 101)",
    fr: "L'âge de l'auteur est inconnu : la responsabilité est indéterminée (art. 12) ; les qualifications sont calculées comme pour un majeur ; s'il a moins de 18 ans, ni perpétuité ni peine complémentaire (art. 91, al. 5 et 6) et le maximum est plafonné (art. 101)",
  },
  "classification.liability.no-charge": {
    params: ["age"],
    vi: "Không có tội danh đối với người phạm tội {age} tuổi vì chưa đến tuổi chịu trách nhiệm hình sự (Điều 12)",
    en: "No charge against an offender aged {age}: below the age of criminal liability (Art. 12)",
    fr: "Aucune qualification contre un auteur âgé de {age} ans : en dessous de l'âge de la responsabilité pénale (art. 12)",
  },
  "classification.recidivism.child": {
    params: ["article", "clause", "point", "age"],
    vi: "Không áp dụng điểm {point} khoản {clause} Điều {article} Bộ luật Hình sự (tái phạm nguy hiểm) đối với người phạm tội {age} tuổi: “Án đã tuyên đối với người chưa đủ 16 tuổi phạm tội, thì không tính để xác định tái phạm hoặc tái phạm nguy hiểm” (khoản 7 Điều 91)",
    en: "Art. {article}({clause})({point}) (dangerous recidivism) cannot apply to an offender aged {age}: a sentence for an act committed under 16 does not count towards recidivism or dangerous recidivism (Art. 91(7))",
    fr: "L'art. {article}, al. {clause}, point {point} (récidive dangereuse) ne peut s'appliquer à un auteur de {age} ans : une condamnation pour un acte commis avant 16 ans ne compte pas pour la récidive (art. 91, al. 7)",
  },
  "classification.recidivism.juvenile": {
    params: ["age"],
    vi: "Tái phạm nguy hiểm đối với người phạm tội {age} tuổi: chỉ tính các bản án về hành vi thực hiện khi đã đủ 16 tuổi (khoản 7 Điều 91); cần kiểm tra tuổi của người phạm tội khi thực hiện các tội trước",
    en: "Dangerous recidivism of an offender aged {age}: only sentences for acts committed at 16 or over count (Art. 91(7)); check the offender's age at the earlier offences",
    fr: "Récidive dangereuse d'un auteur de {age} ans : seules comptent les condamnations pour des actes commis à 16 ans ou plus (art. 91, al. 7) ; vérifier l'âge lors des infractions antérieures",
  },
  "classification.applicable-penalty": {
    params: ["article", "clause", "age", "years", "months", "life", "fraction"],
    vi: "Người phạm tội {age} tuổi, khoản {clause} Điều {article}: {life, select, true {điều luật quy định tù chung thân nhưng không xử phạt tù chung thân đối với người dưới 18 tuổi phạm tội (khoản 5 Điều 91); mức hình phạt cao nhất được áp dụng không quá {years} năm tù} other {mức hình phạt cao nhất được áp dụng không quá {fraction, select, half {một phần hai} other {ba phần tư}} mức phạt tù mà điều luật quy định, tức là {years} năm{months, select, 0 {} other { {months} tháng}} tù}} ({fraction, select, half {khoản 2} other {khoản 1}} Điều 101); không có mức tối thiểu",
    en: "Offender aged {age}, Art. {article}({clause}): {life, select, true {the article provides life imprisonment, but no life sentence is imposed on a person under 18 (Art. 91(5)); the maximum applied is {years} years} other {the maximum applied is {fraction, select, half {one half} other {three quarters}} of the statutory maximum, {years} years{months, select, 0 {} other { {months} months}}}} (Art. 101({fraction, select, half {2} other {1}})); no minimum",
    fr: "Auteur de {age} ans, art. {article}, al. {clause} : {life, select, true {l'article prévoit la perpétuité, exclue avant 18 ans (art. 91, al. 5) ; maximum applicable {years} ans} other {maximum applicable : {fraction, select, half {la moitié} other {les trois quarts}} du maximum légal, soit {years} ans{months, select, 0 {} other { {months} mois}}}} (art. 101, al. {fraction, select, half {2} other {1}}) ; pas de minimum",
  },
  "classification.no-additional-penalty": {
    params: ["article"],
    vi: "Không áp dụng hình phạt bổ sung của khoản 4 Điều {article}: “Không áp dụng hình phạt bổ sung đối với người dưới 18 tuổi phạm tội” (khoản 6 Điều 91)",
    en: "The additional penalties of Art. {article}(4) do not apply: no additional penalty for a person under 18 who offends (Art. 91(6))",
    fr: "Les peines complémentaires de l'art. {article}, al. 4 ne s'appliquent pas : aucune peine complémentaire avant 18 ans (art. 91, al. 6)",
  },
  "classification.provisional-charge": {
    params: ["article", "clause", "min", "max"],
    vi: "Tội danh tạm thời theo Điều {article}: hiện thỏa mãn khoản {clause}; khi bổ sung dữ kiện còn thiếu, có thể là từ khoản {min} đến khoản {max}",
    en: "Provisional charge under Art. {article}: clause {clause} holds now; once the missing facts are known it may be clause {min} to clause {max}",
    fr: "Qualification provisoire au titre de l'art. {article} : l'al. {clause} est établi ; une fois les faits manquants connus, ce peut être l'al. {min} à l'al. {max}",
  },
  "classification.issue.birth-after-offence": {
    params: ["field", "birthDate", "offenceDate"],
    vi: "{field} ({birthDate, date}) là sau ngày thực hiện hành vi ({offenceDate, date})",
    en: "{field} ({birthDate, date}) is after the offence date ({offenceDate, date})",
    fr: "{field} ({birthDate, date}) est postérieure à la date des faits ({offenceDate, date})",
  },
  "classification.issue.age-disagrees": {
    params: ["field", "ageYears", "birthDate", "computed", "offenceDate"],
    vi: "{field}: {ageYears} tuổi không khớp với ngày sinh {birthDate, date}; theo ngày sinh, vào ngày thực hiện hành vi {offenceDate, date} nạn nhân {computed} tuổi (tuổi quyết định áp dụng Điều 150 hay Điều 151)",
    en: "{field}: {ageYears} disagrees with the date of birth {birthDate, date}, which gives {computed} on the offence date {offenceDate, date} (the age decides between Art. 150 and Art. 151)",
    fr: "{field} : {ageYears} ans ne concorde pas avec la date de naissance {birthDate, date}, qui donne {computed} ans à la date des faits {offenceDate, date} (l'âge décide entre l'art. 150 et l'art. 151)",
  },
  "question.victims": {
    params: [],
    vi: "Những ai là nạn nhân? Với mỗi nạn nhân, cho biết ngày sinh (hoặc tuổi vào ngày thực hiện hành vi)",
    en: "Who are the victims? For each, give the date of birth (or the age on the offence date)",
    fr: "Qui sont les victimes ? Pour chacune, la date de naissance (ou l'âge au jour des faits)",
  },
  "question.victim-age": {
    params: ["victim"],
    vi: "Nạn nhân thứ {victim} sinh ngày nào?",
    en: "What is victim {victim}'s date of birth?",
    fr: "Quelle est la date de naissance de la victime {victim} ?",
  },
  "question.victim-fact": {
    params: ["victim", "fact"],
    vi: "Nạn nhân thứ {victim}: {fact, select, injuryPercent {tỷ lệ tổn thương cơ thể là bao nhiêu phần trăm?} outcome {nạn nhân có chết hoặc tự sát không?} bodyPartRemoved {bộ phận cơ thể của nạn nhân đã bị lấy chưa?} inOffenderCare {người phạm tội có trách nhiệm chăm sóc, nuôi dưỡng nạn nhân không?} takenAcrossBorder {nạn nhân có bị đưa ra khỏi biên giới không?} other {{fact}?}}",
    en: "Victim {victim}: {fact, select, injuryPercent {what is the body-injury rate, in percent?} outcome {did the victim die or take their own life?} bodyPartRemoved {was a body part actually taken?} inOffenderCare {was the offender responsible for caring for or raising the victim?} takenAcrossBorder {was the victim taken out of Vietnam's borders?} other {{fact}?}}",
  },
  "question.case-fact": {
    params: ["fact"],
    vi: "{fact, select, acts {Người phạm tội đã thực hiện hành vi nào: chuyển giao, tiếp nhận, tuyển mộ, vận chuyển, chứa chấp?} purposes {Hành vi nhằm mục đích gì: giao, nhận tiền, tài sản, lợi ích vật chất; bóc lột tình dục; cưỡng bức lao động; lấy bộ phận cơ thể; mục đích vô nhân đạo khác?} means {Người phạm tội có dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác không?} circumstances {Có tình tiết nào sau đây không: có tổ chức, có tính chất chuyên nghiệp, vì động cơ đê hèn, phạm tội 02 lần trở lên, tái phạm nguy hiểm, lợi dụng chức vụ, quyền hạn, lợi dụng hoạt động cho, nhận con nuôi?} humanitarianPurpose {Việc chuyển giao, tiếp nhận có vì mục đích nhân đạo (như nhận con nuôi thực sự) không?} offenderAgeYears {Người phạm tội sinh ngày nào (bao nhiêu tuổi vào ngày thực hiện hành vi)?} other {{fact}?}}",
    en: "{fact, select, acts {Which acts were committed: transfer, receipt, recruitment, transport, harbouring?} purposes {For what purpose: money or benefit, sexual exploitation, forced labour, removal of body parts, other inhumane purposes?} means {Was force, threat of force, deception or another trick used?} circumstances {Do any of these apply: organised, professional, base motive, committed two or more times, dangerous recidivism, abuse of position or power, abuse of adoption?} humanitarianPurpose {Was the transfer or receipt for a humanitarian purpose (such as a genuine adoption)?} offenderAgeYears {What is the offender's date of birth (age on the offence date)?} other {{fact}?}}",
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
  "screening.appropriating-child": {
    params: ["youngOffender", "ifNot"],
    vi: "Người dưới 16 tuổi bị đưa đi bằng vũ lực, đe dọa dùng vũ lực hoặc thủ đoạn khác; {ifNot, select, true {nếu không chứng minh được hành vi và mục đích mua bán người thì} other {không chứng minh được hành vi hoặc mục đích mua bán người:}} hành vi “dùng vũ lực, đe dọa dùng vũ lực hoặc thủ đoạn khác chiếm giữ người dưới 16 tuổi hoặc giao người đó cho người khác chiếm giữ” là tội phạm tại Điều 153.{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "A person under 16 was taken by force, threat of force or other tricks; {ifNot, select, true {if no trafficking act and purpose is established,} other {no trafficking act or purpose is established:}} holding a child, or handing them to another to hold, is Art. 153.{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
    fr: "Une personne de moins de 16 ans a été emmenée par la force, la menace ou d'autres ruses ; {ifNot, select, true {si aucun acte ni but de traite n'est établi,} other {sans acte ni but de traite établi :}} la retenir ou la remettre à autrui relève de l'art. 153.{youngOffender, select, true { L'auteur, âgé de 14 ou 15 ans, n'en répond pas (non listé à l'art. 12, al. 2).} other {}}",
  },
  "screening.body-parts": {
    params: ["taken", "died", "youngOffender", "article"],
    vi: "{taken, select, true {Bộ phận cơ thể đã bị lấy: áp dụng {article, select, 151 {điểm d khoản 3 Điều 151} other {điểm b khoản 3 Điều 150}} (khoản 2 Điều 6 Nghị quyết 02/2019/NQ-HĐTP); nạn nhân chết “do bị nhiễm trùng hoặc tự sát” thì còn áp dụng {article, select, 151 {điểm đ khoản 3 Điều 151} other {điểm d khoản 3 Điều 150}}; hành vi mua bán, chiếm đoạt mô hoặc bộ phận cơ thể người (Điều 154) và các tội phạm khác bị truy cứu riêng (Điều 8 Nghị quyết 02/2019/NQ-HĐTP).} other {Mục đích là lấy bộ phận cơ thể: nếu chính mô hoặc bộ phận cơ thể bị mua bán, chiếm đoạt thì áp dụng Điều 154.}}{died, select, true { Nếu lấy bộ phận cơ thể quan trọng làm nạn nhân chết thì truy cứu về tội giết người (điểm h khoản 1 Điều 123; khoản 1 Điều 6 Nghị quyết 02/2019/NQ-HĐTP).} other {}}{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội tại Điều 154 (không được liệt kê tại khoản 2 Điều 12){died, select, true {, nhưng phải chịu trách nhiệm hình sự về tội giết người (Điều 123 được liệt kê tại khoản 2 Điều 12)} other {}}.} other {}}",
    en: "{taken, select, true {A body part was actually taken: {article, select, 151 {Art. 151(3)(d)} other {Art. 150(3)(b)}} applies (NQ 02/2019 Art. 6(2)); death “from infection or suicide” adds {article, select, 151 {Art. 151(3)(đ)} other {Art. 150(3)(d)}}; trading in or appropriating tissue or body parts (Art. 154) and other offences are charged separately (NQ 02/2019 Art. 8).} other {The purpose is removal of body parts: if the tissue or body part itself was bought, sold or appropriated, Art. 154 applies.}}{died, select, true { Where a vital organ was removed and the victim died, the charge is murder (Art. 123(1)(h), NQ 02/2019 Art. 6(1)).} other {}}{youngOffender, select, true { The offender, aged 14–15, is not liable under Art. 154 (not listed in Art. 12(2)){died, select, true {, but is liable for murder (Art. 123 is listed in Art. 12(2))} other {}}.} other {}}",
  },
  "screening.illegal-emigration": {
    params: ["youngOffender", "ifNot"],
    vi: "Một người bị đưa ra nước ngoài; {ifNot, select, true {nếu không chứng minh được mục đích mua bán người thì} other {không chứng minh được mục đích mua bán người:}} hành vi “tổ chức, môi giới cho người khác trốn đi nước ngoài hoặc ở lại nước ngoài trái phép” là tội phạm tại Điều 349 (khoản 3 Điều 5 Nghị quyết 02/2019/NQ-HĐTP).{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "A person was taken abroad; {ifNot, select, true {if no trafficking purpose is established,} other {no trafficking purpose is established:}} organising or brokering someone to leave or stay abroad illegally is Art. 349 (NQ 02/2019 Art. 5(3)).{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
  "screening.illegal-exit": {
    params: ["forProfit", "youngOffender", "ifNot"],
    vi: "{forProfit, select, true {Có yếu tố tiền hoặc lợi ích} other {Nếu vì vụ lợi}}: hành vi “vì vụ lợi mà tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh hoặc ở lại Việt Nam trái phép” là tội phạm tại Điều 348 (khoản 1 đòi hỏi mục đích vụ lợi){ifNot, select, true {, nếu không chứng minh được tội mua bán người} other {}}.{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "{forProfit, select, true {Money or benefit was involved} other {If done for profit}}: organising or brokering another person's illegal exit from Vietnam is Art. 348 (clause 1 requires a profit motive){ifNot, select, true {, if trafficking is not established} other {}}.{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
  "screening.forced-emigration": {
    params: ["ifNot", "youngOffender"],
    vi: "Đã dùng vũ lực hoặc đe dọa dùng vũ lực: hành vi cưỡng ép người khác trốn đi nước ngoài hoặc ở lại nước ngoài trái phép là tội phạm tại Điều 350, bên cạnh Điều 349 (khoản 3 Điều 5 Nghị quyết 02/2019/NQ-HĐTP){ifNot, select, true {, nếu không chứng minh được mục đích mua bán người} other {}}.{youngOffender, select, true { Người phạm tội từ đủ 14 đến dưới 16 tuổi không phải chịu trách nhiệm hình sự về tội này (không được liệt kê tại khoản 2 Điều 12).} other {}}",
    en: "Force or threat of force was used: forcing another person to flee or stay abroad illegally is Art. 350, beside Art. 349 (NQ 02/2019 Art. 5(3)){ifNot, select, true {, if no trafficking purpose is established} other {}}.{youngOffender, select, true { The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2)).} other {}}",
  },
});

/** Builds a classification {@link Message} from the catalogue. @internal */
export const say = messagesOf(classificationMessages);

/** Builds a classification {@link Issue} from the catalogue. @internal */
export const issueOf = issuesOf(classificationMessages);
