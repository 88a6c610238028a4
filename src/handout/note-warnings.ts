/**
 * What in a handout link's own text (note, clinic line, contact) should make the
 * reader stop and check: anyone can make a link, so these are the marks of a
 * clinic advert or a scam, not of a reading list. Pure: no React, no DOM.
 *
 * A match only adds one warning line under the sender's note; a false alarm on a
 * real clinic's phone number is cheap ("check any number with your hospital"),
 * a missed scam is not. So the patterns lean towards firing. They are kept short
 * on purpose: this code is on the handout page, inside its JavaScript budget.
 */

export type NoteTrigger = 'phone' | 'web' | 'wechat' | 'money' | 'stop-medicine' | 'payment';

/** Full-width letters and digits become plain ones (NFKC), keycap emoji lose their decoration, case is folded. */
export function normaliseNote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\uFE0E\uFE0F\u20E3]/g, '')
    .toLowerCase();
}

/** Chinese digits as read out in phone numbers (幺 = 1), and their values. */
const HAN_DIGITS = '零〇一幺二三四五六七八九';
const HAN_VALUES = '001123456789';

/** A written date ("2025-03-14", "14/03/2025"): a run of digits, but not a number to call. */
const DATE = /^(\d{4}[-./]\d\d?[-./]\d\d?|\d\d?[-./]\d\d?[-./]\d{4})$/;

/** Seven or more digits in a run, with the separators people put inside phone numbers (space, dash, dot, slash, brackets). */
function hasPhone(line: string): boolean {
  const digits = line.replace(new RegExp(`[${HAN_DIGITS}]`, 'g'), (d) => HAN_VALUES[HAN_DIGITS.indexOf(d)] ?? d);
  return [...digits.matchAll(/\+?\d([ \-–—./()（）]*\d)*/g)].some(([run]) => !DATE.test(run) && run.replace(/\D/g, '').length >= 7);
}

const MEDICINE = String.raw`(medicines?|medications?|meds|drugs?|pills?|tablets?|steroids?|prednis\w*|hydroxychloroquine|hcq|dialysis|treatment)\b`;

const patterns: Record<Exclude<NoteTrigger, 'phone'>, RegExp[]> = {
  web: [
    /https?:|www\s*[.。]|[.。](中国|公司|网络)|(\bdot\s*|点\s*)(com|cn|net|org)\b|[\w.-]@[\w-]+\./,
    // "abc.com", "医院.cn", "xx。top" (no space around the dot, so "Part 1. Care…" is not an address).
    /[\p{L}\p{N}][.。](com|cn|net|org|info|top|xyz|vip|shop|site|online|cc|co|io|me|ly|hk|tw|club|ltd|wang|ink|icu|live)\b/u,
  ],
  wechat: [/we\s*chat|weixin|微\s*信|[威薇v]\s*信|微\s*x|加\s*[微威薇v]|\b(wx|v\s*x|qq|line\s*id)\b|公众号|小程序|视频号|抖音|快手|小红书|whats\s*app|telegram/],
  money: [
    // 元/万 after a number ("5000元", "三万元", "3万"); not "千万不要" (= "never").
    /[¥$€£]|\b(yuan|rmb|cny|usd|hkd|dollars?)\b|[\d零一二两三四五六七八九十百千万]\s*元|\d\s*[万块折]|[一二两三四五六七八九十百千]万元|人民币|美元|港币|优惠|折扣|特价|打折|\b\d[\d,.]*\s*k\b|\b(price|fees?|costs?)\s*(is|are|of|:)?\s*\d/,
  ],
  'stop-medicine': [
    // English: a word for stopping or cutting down, then, within a few words, a medicine.
    new RegExp(
      String.raw`\b(stop\w*|quit\w*|discontinu\w*|cease|halt|skip\w*|taper\w*|reduc\w*|lower\w*|cut\s+(down|back|out)|c[oa]m\w*\s+off|get\s+off|give\s+up|throw\s+away)\b(\s+\S+){0,4}?\s+(your\s+|all\s+|the\s+|of\s+)*` +
        MEDICINE,
    ),
    new RegExp(String.raw`\b(drug|medicine|medication|steroid)[-\s]free\b|\b(off|without|no\s+more|no\s+longer\s+need|not?\s+need)\s+(all\s+|any\s+|your\s+)?` + MEDICINE),
    // Chinese: 停药, 停用, 停服, 断药, 减药, 撤药, 减量, 不用吃药, 摆脱激素, 激素可以停 …
    /[停断减撤戒](药|服|吃|用|掉|激素|针|透析)|减量|减停|不[用必需要]{1,2}再?[吃服用打](药|激素|针)|不再[吃服用]药|别再?吃药|不吃药|(摆脱|告别|脱离|远离|甩掉|戒掉)(药|激素|西药|透析)|(药|激素|免疫抑制剂|透析)[^，。,.;；!！?？\n]{0,4}([停断撤]|可以减|慢慢减)/,
  ],
  payment: [
    /\b(pay|pays|paid|paying)\b(?!\s+(close\s+)?attention)|\b(payments?|prepay\w*|deposits?|transfer\w*|wire|alipay|paypal|venmo|zelle|bitcoin|usdt|crypto|gift\s*cards?|iban)\b|\b(bank|account)\s+(account|card|details|number|no)\b/,
    /付款|付费|转账|汇款|打款|[定订押]金|[缴交]费|交钱|支付|充值|收款|预付|首付|红包|账号|银行卡|卡号|对公账户/,
  ],
};

/**
 * Which kinds of warning sign the texts hold, in a fixed order, each at most once.
 * The texts are checked one by one, so a number cannot be pieced together across fields.
 */
export function noteTriggers(texts: readonly string[]): NoteTrigger[] {
  const found = new Set<NoteTrigger>();
  for (const raw of texts) {
    const text = normaliseNote(raw);
    if (text.split('\n').some(hasPhone)) found.add('phone');
    for (const [kind, res] of Object.entries(patterns)) if (res.some((re) => re.test(text))) found.add(kind as NoteTrigger);
  }
  return (['phone', 'web', 'wechat', 'money', 'stop-medicine', 'payment'] as const).filter((k) => found.has(k));
}

/** True when the sender's text needs the warning line. */
export function needsNoteWarning(texts: readonly string[]): boolean {
  return noteTriggers(texts).length > 0;
}
