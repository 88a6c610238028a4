/**
 * What in a handout link's own text (note, clinic line, contact) should make the
 * reader stop and check: anyone can make a link, so these are the marks of a
 * clinic advert or a scam, not of a reading list. Pure: no React, no DOM.
 *
 * A match only adds one warning line under the sender's note; a false alarm on a
 * real clinic's phone number is cheap ("check any number with your hospital"),
 * a missed scam is not. So the patterns lean towards firing.
 */

export type NoteTrigger = 'phone' | 'web' | 'wechat' | 'money' | 'stop-medicine' | 'payment';

/** Full-width letters and digits become plain ones (NFKC), keycap emoji lose their decoration, case is folded. */
export function normaliseNote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\uFE0E\uFE0F\u20E3]/g, '')
    .toLowerCase();
}

// Chinese digits as spoken in phone numbers (幺 = 1), and the formal forms; not 十/百/千 (those are not read digit by digit).
const hanDigits: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};
const HAN_DIGIT = new RegExp(`[${Object.keys(hanDigits).join('')}]`, 'g');

/** Digits with the separators people put inside phone numbers (space, dash, dot, slash, brackets), optionally after "+". */
const DIGIT_RUN = /\+?\d(?:[ \t\-–—.·/()（）]*\d)*/g;
/** A written date ("2025-03-14", "2025.3.14", "14/03/2025"), which is a run of digits but not a number to call. */
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;

function hasPhone(text: string): boolean {
  const digits = text.replace(HAN_DIGIT, (d) => hanDigits[d] ?? d);
  for (const [run] of digits.matchAll(DIGIT_RUN)) {
    if (DATE.test(run.trim())) continue;
    if (run.replace(/\D/g, '').length >= 7) return true;
  }
  return false;
}

const TLD =
  'com|cn|net|org|info|biz|top|xyz|vip|shop|store|site|online|cc|co|me|io|app|link|ly|gov|edu|hk|tw|mo|sg|us|uk|ru|tv|club|ltd|wang|ink|pro|fun|icu|live|tech|asia|work|life|today|health|clinic|hospital|care';

const patterns: Record<NoteTrigger, RegExp[]> = {
  phone: [], // by hasPhone
  web: [
    /https?:/,
    /\bwww\s*[.。]/,
    // "abc.com", "医院.cn", "xx。top" (no spaces around the dot, so "Part 1. Care…" is not an address).
    new RegExp(`[\\p{L}\\p{N}][.。](?:${TLD})\\b`, 'u'),
    /[.。](?:中国|公司|网络|在线)/,
    // "xx dot com", "xx点com": an address spelled out to get past filters.
    /(?:\bdot\s*|[点點]\s*)(?:com|cn|net|org|top|vip|xyz|cc)\b/,
    /[\w.-]+@[\w-]+\.\w/,
  ],
  wechat: [
    /we\s*chat|weixin|微\s*信|威信|薇信|v\s*信|微\s*x|加\s*[微威薇v]|\bwx\b|\bvx\b|\bv\s*x\b/,
    /公众号|小程序|视频号|抖音|快手|小红书|\bqq\b|whats\s*app|telegram|\bline\s*id\b/,
  ],
  money: [
    /[¥$€£₩]|\bus\s*\$/,
    /\b(?:yuan|rmb|cny|usd|hkd|eur|gbp|dollars?|bucks)\b/,
    // 元 and 万 after a number ("5000元", "三万元", "3万"); not "千万不要" (= "never"), not "单元".
    /[\d零〇一二两三四五六七八九十百千万]\s*(?:元|圆)/,
    /\d\s*万|[一二两三四五六七八九十百千]万元/,
    /\d\s*(?:块|塊)|块钱|人民币|美元|港币|港元|费用全免|优惠|折扣|特价|打折|\d\s*折/,
    /\b\d[\d,.]*\s*k\b|\b(?:price|discount|fee|fees|cost|costs)\s*(?:is|are|of|:)?\s*\d/,
  ],
  'stop-medicine': [
    // English: a word for stopping or cutting down, then (within a few words) a medicine.
    /\b(?:stop|stops|stopped|stopping|quit|quits|quitting|discontinue|discontinued|cease|halt|skip|skipping|taper|tapering|reduce|reducing|lower|lowering|cut(?:ting)?\s+(?:down|back|out)|come\s+off|coming\s+off|get\s+off|go\s+off|throw\s+away|give\s+up)\b(?:\s+\S+){0,4}?\s+(?:your\s+|all\s+|the\s+|of\s+)*(?:medicines?|medications?|meds|drugs?|pills?|tablets?|steroids?|prednisone|prednisolone|hydroxychloroquine|plaquenil|hcq|mycophenolate|cellcept|mmf|azathioprine|tacrolimus|cyclophosphamide|methotrexate|belimumab|dialysis|treatment|injections?)\b/,
    /\b(?:drug|medicine|medication|steroid|pill)[-\s]free\b|\boff\s+(?:all\s+|your\s+)?(?:medicines?|medications?|meds|drugs|steroids|pills)\b/,
    /\b(?:without|no\s+(?:more|longer\s+need)|not?\s+need(?:\s+to\s+take)?|never\s+need)\s+(?:any\s+|your\s+)?(?:medicines?|medications?|meds|drugs|steroids|pills|dialysis)\b/,
    // Chinese: 停药, 停用, 停服, 断药, 减药, 撤药, 减量, 停激素 …
    /[停断斷减減撤戒](?:药|藥|服|吃|用|掉|激素|针|針|透析)|减量|減量|减停|減停/,
    /不[用必需要]{1,2}再?(?:吃|服|用|打)(?:药|藥|激素|针|針)|不再(?:吃|服|用)药|别再?吃药|不吃药|不打针/,
    /(?:摆脱|擺脫|告别|告別|脱离|脫離|远离|遠離|甩掉|戒掉)(?:药物|藥物|西药|激素|吃药|透析|药)/,
    /(?:药|藥|激素|西药|免疫抑制剂|透析)[^，。,.;；!！?？\n]{0,4}(?:[停断撤]|可以减|慢慢减)/,
  ],
  payment: [
    /\b(?:pay|pays|paid|paying)\b(?!\s+(?:close\s+)?attention)|\bpayments?\b|\bprepay|\bdeposits?\b|\btransfer(?:s|red|ring)?\b|\bwire\b|\brefundable\b/,
    /\b(?:alipay|paypal|venmo|zelle|bitcoin|btc|usdt|crypto|gift\s*cards?|bank\s+(?:account|card|details)|account\s+(?:number|no)|iban|swift)\b/,
    /付款|付費|付费|转账|轉賬|轉帳|汇款|匯款|打款|定金|订金|訂金|押金|缴费|繳費|交费|交費|交钱|交錢|支付|充值|收款|预付|預付|首付|红包|紅包|账号|賬號|帳號|银行卡|銀行卡|卡号|卡號|扫码付|掃碼付|对公账户/,
  ],
};

/**
 * Which kinds of warning sign the texts hold, in a fixed order, each at most once.
 * The texts are checked one by one, so a number cannot be pieced together across fields.
 */
export function noteTriggers(texts: readonly string[]): NoteTrigger[] {
  const found = new Set<NoteTrigger>();
  for (const raw of texts) {
    if (!raw) continue;
    const text = normaliseNote(raw);
    for (const line of text.split('\n')) if (hasPhone(line)) found.add('phone');
    for (const [kind, res] of Object.entries(patterns) as Array<[NoteTrigger, RegExp[]]>) {
      if (res.some((re) => re.test(text))) found.add(kind);
    }
  }
  return (Object.keys(patterns) as NoteTrigger[]).filter((k) => found.has(k));
}

/** True when the sender's text needs the warning line. */
export function needsNoteWarning(texts: readonly string[]): boolean {
  return noteTriggers(texts).length > 0;
}
