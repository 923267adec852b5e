import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { point } from "./point-entry.js";

const FROM = { from: isoDate("2019-03-15") } as const;
const SOURCE = "Pháp điển copy of Resolution 02/2019/NQ-HĐTP (full text)";
const title = (vi: string, en: string, fr: string) => ({ vi, en, fr });

const article = (n: number, t: ArticleEntry["title"], clauses: ArticleEntry["clauses"]): ArticleEntry => ({
  instrument: "02/2019/NQ-HĐTP",
  article: n,
  title: t,
  effective: FROM,
  confidence: "verified",
  source: SOURCE,
  clauses,
});

/**
 * Resolution 02/2019/NQ-HĐTP of the Judges' Council of the Supreme People's Court, guiding
 * Arts 150 and 151 (in force 15/03/2019). Articles are glossed, not quoted.
 * @category law
 * @since 0.1.0
 */
export const resolution02of2019 = [
  article(2, title("Giải thích từ ngữ", "Interpretation of terms", "Définitions"), [
    { clause: 1, gloss: { vi: "Mua bán người (Điều 150): năm hành vi, mỗi hành vi kèm thủ đoạn", en: "Trafficking in persons (Art. 150): five acts, each with a means" }, points: [
      point("a", "Chuyển giao người để nhận tiền, tài sản hoặc lợi ích vật chất khác", "Transfer for money or benefit"),
      point("b", "Tiếp nhận người để giao tiền, tài sản hoặc lợi ích vật chất khác", "Receive while giving money or benefit"),
      point("c", "Chuyển giao người để người khác bóc lột", "Transfer so that another exploits"),
      point("d", "Tiếp nhận người để bóc lột", "Receive in order to exploit"),
      point("đ", "Tuyển mộ, vận chuyển, chứa chấp người khác để chuyển giao", "Recruit, transport or harbour in order to transfer"),
    ] },
    { clause: 2, gloss: { vi: "Mua bán người dưới 16 tuổi: các hành vi tương tự, trừ trường hợp vì mục đích nhân đạo", en: "Trafficking in persons under 16: the same acts, with the humanitarian exception" }, points: [] },
    { clause: 3, gloss: { vi: "Thủ đoạn khác", en: "Other tricks (e.g. kidnapping, drugging, abusing brokerage, position or dependence, exploiting vulnerability)" }, points: [] },
    { clause: 4, gloss: { vi: "Để bóc lột tình dục", en: "For sexual exploitation (incl. receiving the victim for the offender's own sexual needs)" }, points: [] },
    { clause: 5, gloss: { vi: "Để cưỡng bức lao động", en: "For forced labour" }, points: [] },
    { clause: 6, gloss: { vi: "Để lấy bộ phận cơ thể", en: "To take body parts (actual removal not required at clause 1)" }, points: [] },
    { clause: 7, gloss: { vi: "Mục đích vô nhân đạo khác", en: "Other inhumane purposes (experiments, forced begging, other cruel purposes)" }, points: [] },
  ]),
  article(3, title("Về một số tình tiết định khung hình phạt", "Aggravating circumstances", "Circonstances aggravantes"), [
    { clause: 1, gloss: { vi: "Có tổ chức", en: "Organised: close collusion with assigned roles" }, points: [] },
    { clause: 2, gloss: { vi: "Vì động cơ đê hèn", en: "Base motives: revenge, evading responsibility, betraying a benefactor" }, points: [] },
    { clause: 3, gloss: { vi: "Đưa nạn nhân ra khỏi biên giới", en: "Taking the victim across the border: has taken or is taking; met once exit procedures were done" }, points: [] },
    { clause: 4, gloss: { vi: "Phạm tội 02 lần trở lên", en: "Two or more times: two or more acts not yet prosecuted, limitation not expired" }, points: [] },
    { clause: 5, gloss: { vi: "Có tính chất chuyên nghiệp", en: "Professional nature: five or more acts and the proceeds are the main livelihood" }, points: [] },
    { clause: 6, gloss: { vi: "Đã lấy bộ phận cơ thể", en: "Body part taken: actually removed after the trafficking" }, points: [] },
  ]),
  article(4, title("Mua bán người thông qua môi giới hôn nhân", "Trafficking through marriage brokering", "Traite par courtage matrimonial"), [
    { clause: 1, gloss: { vi: "Môi giới kết hôn với người nước ngoài", en: "Marriage brokering with foreigners amounting to trafficking" }, points: [] },
  ]),
  article(5, title("Mua bán người thông qua đưa người đi lao động ở nước ngoài", "Trafficking through sending workers abroad", "Traite par l'envoi de travailleurs à l'étranger"), [
    { clause: 1, gloss: { vi: "Đưa người từ đủ 16 tuổi đi lao động ở nước ngoài nhằm bóc lột", en: "Sending a worker aged 16 or over abroad knowing they will be exploited" }, points: [] },
    { clause: 2, gloss: { vi: "Lừa đảo thu tiền rồi bỏ trốn", en: "Pure fraud (taking fees and absconding) is a fraud offence, not trafficking" }, points: [] },
    { clause: 3, gloss: { vi: "Tổ chức, cưỡng ép người khác ở lại nước ngoài không nhằm bóc lột", en: "Organising or forcing a stay abroad without exploitation purpose: Art. 349 or the forcing offence" }, points: [] },
  ]),
  article(6, title("Đã lấy bộ phận cơ thể", "Body part already taken", "Organe déjà prélevé"), [
    { clause: 1, gloss: { vi: "Lấy bộ phận cơ thể quan trọng làm nạn nhân chết", en: "Vital organ removed and the victim dies: murder, Art. 123(1)(h)" }, points: [] },
    { clause: 2, gloss: { vi: "Trường hợp khác: điểm b khoản 3 Điều 150", en: "Otherwise Art. 150(3)(b), and (3)(c)/(d) if 61%+ harm or death" }, points: [] },
  ]),
  article(7, title("Mua bán người dưới 16 tuổi thông qua hoạt động môi giới nuôi con nuôi", "Trafficking under 16 through adoption brokering", "Traite de mineurs par courtage d'adoption"), [
    { clause: 1, gloss: { vi: "Môi giới khi biết mục đích bóc lột", en: "Brokering knowing the adopter's purpose is exploitation: Art. 151" }, points: [] },
    { clause: 2, gloss: { vi: "Lợi dụng chức vụ khi biết mục đích bóc lột", en: "An official abusing position with that knowledge: Art. 151" }, points: [] },
    { clause: 3, gloss: { vi: "Vì mục đích nhân đạo", en: "Humanitarian purpose (genuine adoption): not liable under Art. 151" }, points: [] },
  ]),
  article(8, title("Xử lý trường hợp phạm nhiều tội", "Multiple offences", "Pluralité d'infractions"), [
    { clause: 1, gloss: { vi: "Tội phạm khác thực hiện trong quá trình mua bán người bị xử lý riêng", en: "Other offences committed during trafficking are charged separately" }, points: [] },
  ]),
] as const satisfies ReadonlyArray<ArticleEntry>;
