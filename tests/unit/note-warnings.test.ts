import { describe, expect, it } from 'vitest';
import { needsNoteWarning, normaliseNote, noteTriggers, type NoteTrigger } from '../../src/handout/note-warnings';

/** Each wording, alone, fires exactly this trigger (and maybe others: listed where a wording is two things at once). */
const cases: Record<NoteTrigger, Array<string | [string, NoteTrigger[]]>> = {
  phone: [
    'Call 138 0013 8000 to book',
    '咨询电话：13800138000',
    '电话 138-0013-8000',
    '+86 10 6543 2100',
    '(010) 6543-2100',
    '010-65432100 转 8',
    '护士站 6512 3456',
    '１３８００１３８０００', // full-width digits
    '请拨 幺三八 零零幺三 八零零零',
    '一三八〇〇一三八〇〇〇',
    '400-820-8820',
    '1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣',
    'Tel: 1 3 8 0 0 1 3 8 0 0 0',
  ],
  web: [
    'Book at https://xx-cell.example',
    'see www.xxcell.cn',
    'www。xxcell。com',
    'Visit stemcure.com today',
    '详情见 xxcell.top',
    '官网：干细胞治疗.cn',
    'xx-cell dot com',
    '搜索 xxcell点com',
    'Email info@xx-cell.com',
    'ｗｗｗ．ｘｘｃｅｌｌ．ｃｏｍ', // full-width
    'bit.ly/cure-sle',
  ],
  wechat: [
    'Add me on WeChat: cure_sle',
    'wechat id xxrm-cell',
    '加微信：xxrm-cell',
    '微 信 同 号',
    'wx: xxrm888',
    'VX：xxrm888',
    '加V信咨询',
    '加微了解详情',
    'v x 号 xxrm',
    '关注公众号“干细胞之家”',
    'QQ 12345',
    'WhatsApp us',
  ],
  money: [
    ['Only ¥5,000 per infusion', ['money']],
    '只要￥5000',
    '每次5000元',
    '费用三万元',
    '3万一次',
    '50000 yuan',
    'costs 20000 RMB',
    'USD 3000',
    '$2,999 special offer',
    '现在优惠，打8折',
    '只要800块',
    'price is 3000',
    'only 30k',
  ],
  'stop-medicine': [
    'Stop your medicines 3 days before the infusion',
    'You can stop taking prednisone after treatment',
    'quit your medicine after one session',
    'Come off all your steroids',
    'Cut down on your meds',
    'no more drugs after the infusion',
    'Become drug-free',
    'You will not need dialysis',
    '回输后可以停药',
    '请停用激素',
    '回输前三天停服羟氯喹',
    '以后不用吃药了',
    '可以慢慢减药',
    '激素可以逐渐停掉',
    '从此摆脱激素',
    '不需要吃药',
  ],
  payment: [
    'Pay a deposit to hold your place',
    'payment by bank transfer',
    'Transfer the fee to our account',
    'Send money via Alipay',
    'Prepay now',
    '请先付款',
    '转账到以下账户',
    '交定金预约',
    '押金可退',
    '缴费后安排回输',
    '支付宝支付',
    '汇款后发截图',
    '先交钱后治疗',
  ],
};

/** What clinicians actually write: none of these may fire. */
const ordinary = [
  'Please read parts 1 and 2 before your visit on Monday',
  '请在复诊前阅读第1、2部分',
  'Please read these before your next visit on Friday. Bring all your medicines and your questions too.',
  '请在下次复诊前读完这两部分，并带上您正在用的所有药物。',
  'Keep taking your medicines as usual. Pay attention to fever or swelling.',
  'Clinic hours: Mon–Fri 8:00–11:30, 13:30–17:00. Room 302, building 3.',
  '门诊时间：周一至周五 8:00-11:30，13:30-17:00。3号楼302室。',
  'Your next visit is on 2025-03-14 at 9:30.',
  '下次复诊：2025年3月14日上午9点半。',
  'Rheumatology, Ward 5',
  '风湿免疫科 5病区',
  '抽血前不要吃早饭，正常吃药。',
  '千万不要自己改药，有问题先问我们。',
  'Read part 3. Care at home matters too.',
  'Prednisone 7.5 mg once a day, as before.',
  '激素仍按每天7.5毫克服用。',
  'Ask about the risks and the costs at your visit.',
  '复诊时可以问问风险和费用。',
  'Dr Wang, Lupus clinic',
  '王医生 狼疮门诊',
];

describe('note warning signs', () => {
  for (const [kind, wordings] of Object.entries(cases) as Array<[NoteTrigger, Array<string | [string, NoteTrigger[]]>]>) {
    it.each(wordings.map((w) => (typeof w === 'string' ? [w, [kind]] : w)))(`${kind}: %s`, (text, expected) => {
      expect(noteTriggers([text])).toEqual(expect.arrayContaining(expected));
      expect(needsNoteWarning([text])).toBe(true);
    });
  }

  it.each(ordinary)('an ordinary note does not fire: %s', (text) => {
    expect(noteTriggers([text])).toEqual([]);
  });

  it('a scam link fires every kind, each once, in a fixed order', () => {
    const texts = [
      'APPROVED, cures lupus. Stop your medicines before the infusion. Pay the ¥5,000 deposit at pay.xx-cell.com',
      "XX People's Hospital",
      'WeChat xxrm-cell · 138 0013 8000',
    ];
    expect(noteTriggers(texts)).toEqual(['phone', 'web', 'wechat', 'money', 'stop-medicine', 'payment']);
  });

  it('checks each text on its own: a number is not pieced together across fields', () => {
    expect(noteTriggers(['Room 302', '4455', '12'])).toEqual([]);
    expect(noteTriggers(['Room 302 4455 12'])).toEqual(['phone']);
  });

  it('empty texts need no warning', () => {
    expect(needsNoteWarning(['', '', ''])).toBe(false);
  });

  it('normalises full-width characters and keycaps', () => {
    expect(normaliseNote('ＷｅＣｈａｔ：１２３ ￥')).toBe('wechat:123 ¥');
    expect(normaliseNote('1️⃣2️⃣')).toBe('12');
  });
});
