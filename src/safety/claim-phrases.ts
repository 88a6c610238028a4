/**
 * The phrases clinic ads use for each claim (src/safety/claims.ts), as data for the ad matcher
 * (src/safety/ad-matcher.ts). Language-neutral: one list per claim id, holding patterns for
 * Chinese and for English text alike; an ad may mix both.
 *
 * Patterns are regular-expression sources matched against NORMALISED text (see normaliseAd):
 *  - NFKC (full-width letters, digits and punctuation become half-width: "９２．５％" → "92.5%"),
 *  - lower case, curly quotes and apostrophes straight, dashes "-",
 *  - traditional characters made simplified with `traditionalToSimplified` below,
 *  - no spaces next to a Chinese character ("12 个月" → "12个月"), other space runs one " ",
 *    line breaks kept as "\n" (so "." in a pattern never crosses a line).
 * So write Chinese in simplified characters only, English in lower case, and no lookbehind
 * (older iOS WebViews cannot compile it).
 *
 * A match is dropped when a negation comes just before it in the same clause ("并非无排斥",
 * "not completely safe"), or when its sentence refutes a claim rather than makes it
 * ("没有可靠证据表明…", "… does not mean …"). Those cue lists are at the end.
 */
import type { ClaimId } from './claims';

export const claimPhrases: Record<ClaimId, readonly string[]> = {
  'no-risk': [
    '绝对安全',
    '(百分之百|100%|完全|十分|非常)安全',
    '(没有|无|零|毫无)(任何)?(风险|副作用|毒副作用|不良反应)',
    '安全无(毒|副作用|风险)',
    "\\b(no|zero) (risks?|side[- ]effects?|adverse (effects|reactions))\\b",
    '\\b(completely|totally|100% ?|absolutely|perfectly|entirely|100 percent) safe\\b',
    '\\brisk[- ]free\\b',
    '\\bwithout (any )?(risks?|side[- ]effects?)\\b',
  ],
  'no-rejection': [
    '(无|没有|零|不存在|杜绝)(任何)?(免疫)?排[斥异]',
    '不会(产生|发生|出现|有|被)?(任何)?(免疫)?排[斥异]',
    '不(产生)?排[斥异]反应',
    '免疫豁免',
    '(无需|无须|不需要?|不用|免)(做|进行)?(hla)?配型',
    '\\bno (risk of )?(immune )?rejection\\b',
    "\\b(won't|will not|cannot|can't|don't|do not|never) (be )?reject(ed)?\\b",
    '\\b(without (any )?(immune )?rejection|rejection[- ]free)\\b',
    '\\bimmune[- ]privileged\\b',
    '\\bno (need for|need to|need of) (tissue |hla |donor )?match(ing)?\\b',
    '\\b(tissue |hla |donor )?matching (is )?not (needed|required|necessary)\\b',
  ],
  'no-complications': [
    '(无|零|没有)(任何)?(感染|死亡)',
    '(无|零|没有)(任何)?(严重)?的?并发症',
    '(未|没有)(出现|发生)(过)?(任何)?(严重)?的?(感染|死亡|并发症|不良反应|不良事件)',
    '\\bno (serious )?(complications|infections?|deaths)\\b',
    '\\bzero (complications|infections|deaths|mortality)\\b',
    '\\bwithout (any )?(complications|infections)\\b',
    '\\bcomplication[- ]free\\b',
    '\\bno (one|patient|patients) (has |have )?(ever )?(died|got infected)\\b',
  ],
  'own-cells-safe': [
    '(自体|自身|自己)的?(干)?细胞[^不非未没并但。！？!?;；\\n]{0,8}(更)?(安全|无风险|没有风险|零风险|无排斥|不会排斥|无副作用)',
    '(取自|来自|用)(您)?(自己|自身)[^不非未没并但。！？!?;；\\n]{0,10}(安全|无风险|没有风险|零风险|无排斥|不会排斥|无副作用)',
    "\\b(your|their|his|her|the patient's|patients') own (stem cells|cells|body|fat|blood|bone marrow)\\b(?:(?!\\b(?:not|no|never|but)\\b|n't)[^.!?;\\n]){0,40}\\b(safe|safer|risk[- ]free|no risk|no rejection|no side effects)\\b",
    "\\bautologous\\b(?:(?!\\b(?:not|no|never|but)\\b|n't)[^.!?;\\n]){0,40}\\b(safe|safer|risk[- ]free|no risk|no rejection)\\b",
  ],
  'high-success': [
    '(成功|有效|治愈|好转|显效)率(很|极|非常)?(高|达|高达|超过|可达)',
    '(成功|有效|治愈|好转|显效)率(为|约|在)?\\d',
    '安全(又|而且|且)?有效',
    '(疗效|效果)(显著|确切|明显|非常好|极佳|惊人)',
    '临床(证明|证实|验证)(安全)?有效',
    '\\b(high|excellent|great|impressive|remarkable) (success|cure|response|remission|effectiveness|efficacy) rates?\\b',
    '\\b(success|cure|effectiveness) rates? (of |is |was )?(up to |over |above |as high as |reaching |more than )?\\d',
    '\\b\\d+(\\.\\d+)? ?% (of patients )?(success|effective|cure|improvement|improved)',
    '\\bsafe and effective\\b',
    '\\b(clinically |scientifically )?proven (to work|to be effective|effective|results)\\b',
    '\\bhighly effective\\b',
  ],
  'one-shot': [
    '一针(见效|就好|就灵|治愈|根治|管用|搞定)',
    '(一|1)(针|次)(就|即|即可|便)(能|可)?(见效|好|治愈|根治|康复|管用|搞定|起效)',
    '立竿见影',
    '(打|输|注射|回输)(一|1)(针|次)(就|便|即可)',
    '\\b(one|a single|just one|1) (shot|injection|infusion|jab|treatment|session) (works|is all|is enough|cures?|fixes)\\b',
    '\\bjust (one|a single) (shot|injection|infusion|jab|session)\\b',
    '\\b(results|works|improvement) (after|from|with) (just )?(one|a single) (shot|injection|infusion|jab|session)\\b',
    '\\binstant (results|relief|cure)\\b',
  ],
  'many-diseases': [
    '包治百病',
    '(治|治疗|调理)(上)?(百|几十|数十|上百)(种|多种|余种)?(疾)?病',
    '(治疗|适用于?|可治|能治)\\d+(多|余)?种(疾病|病)',
    '(什么|各种|多种|所有)(疾)?病(都|均)(能|可以?)(治|治疗|调理)',
    '万能(细胞|药|疗法)',
    '\\bcures? (almost )?(everything|all diseases|any disease|all illnesses)\\b',
    '\\bcure[- ]all\\b',
    '\\b(treats?|helps?( with)?) (over |more than |up to )?\\d+ (different )?(diseases|conditions|illnesses)\\b',
    '\\bmiracle (cure|cells?|treatment)\\b',
  ],
  'cells-transform': [
    '(分化|转化|变)(成|为)(新的?)?(心肌|神经|胰岛|肝|肾|β|b)',
    '修复(受损|坏死|损伤|病变)?的?(肾脏|肾|器官|脏器|心脏|心肌|神经|胰岛|肝脏|组织|细胞)',
    '(激活|唤醒|启动|调动)(人体|身体|自身|机体)?的?(自我)?(修复|再生)',
    '再生(出)?(新的)?(肾|器官|胰岛|神经|心肌|组织)',
    '逆转(病情|病变|肾损伤|纤维化|器官损伤)',
    '\\b(turn|turns|change|changes|develop|develops|grow|grows|become|becomes|differentiate|differentiates|transform|transforms) into (new |healthy )?(heart|nerve|brain|liver|insulin|kidney|beta|islet|pancreatic|muscle)',
    '\\b(repair|repairs|regenerate|regenerates|rebuild|rebuilds|restore|restores) (the |your |damaged |injured |diseased )*(kidneys?|organs?|hearts?|nerves?|tissues?|liver|pancreas)\\b',
    "\\b(activate|activates|boost|boosts|wake up|wakes up) (your |the )?(body's )?(own )?(self[- ])?(repair|healing|regeneration)\\b",
    '\\breverses? (the )?(damage|disease|lupus|kidney damage|organ damage)\\b',
  ],
  stories: [
    '(患者|病人|病友|客户)的?(亲身|真实)?(见证|感言|证言|好评|康复故事|康复分享)',
    '(真实|成功|康复|治疗)(案例|病例)',
    '(亲身|亲历)(经历|体验|见证|讲述)',
    '(康复|治愈)(见证|日记|故事)',
    "\\b(patient|patients'|client|customer|real|true|success|recovery) (stories|testimonials?)\\b",
    '\\btestimonials?\\b',
    '\\bhear (it )?from (our )?(patients|clients)\\b',
    '\\b(watch|see|read) (her|his|their) (story|journey)\\b',
  ],
  'study-40': [
    '40(例|名|位|个)[^。！？\\n]{0,12}(狼疮肾炎|狼疮性肾炎|多中心)',
    '(狼疮肾炎|狼疮性肾炎|多中心)[^。！？\\n]{0,12}40(例|名|位|个|人)',
    '\\b40[- ](patient|person|people|subject)s?\\b[^.!?\\n]{0,40}\\b(multi-?cent(er|re)|lupus nephritis)',
    '\\b(multi-?cent(er|re)|lupus nephritis)\\b[^.!?\\n]{0,40}\\b40 (patients|people|subjects|cases)\\b',
  ],
  'survival-92': [
    '92\\.5%',
    '百分之九十二点五',
    '(存活|生存)率(达到?|为|高达|是|超过)?9\\d(\\.\\d+)?%',
    '\\b92\\.5 ?(%|per ?cent)',
    '\\bsurvival (rate )?(of |was |is |reached |reaching )?9\\d(\\.\\d+)? ?%',
    '\\b9\\d(\\.\\d+)? ?% (12-month |one-year |1-year |5-year )?survival\\b',
  ],
  'responses-40': [
    '\\d+(例|名|位)(患者)?(获得|达到|出现)?(显著|主要|明显|部分|完全)(临床)?(缓解|应答|好转|改善)',
    '(显著|主要|部分|完全)(临床)?(缓解|应答)率?(达|为|是)?\\d+(\\.\\d+)?%',
    '\\d+(\\.\\d+)?%的?(患者)?(获得|达到)(显著|主要|部分|完全)?(临床)?(缓解|应答)',
    '\\b\\d+ (patients |people |cases )?(had |achieved |showed |reached )?(a )?(major|partial|complete|significant) (clinical )?(responses?|remissions?)\\b',
    '\\b(major|partial|complete) (clinical )?(response|remission) (rate )?(of |in |was )?\\d+(\\.\\d+)? ?%',
  ],
  'proteinuria-drop': [
    '尿蛋白(明显|显著|大幅|迅速|很快)?(下降|降低|减少|转阴|消失)',
    '蛋白尿(明显|显著|大幅|迅速|很快)?(减少|下降|降低|消失|转阴)',
    '尿蛋白(从|由)\\d',
    '肾功能(明显|显著)?(恢复|改善|好转)',
    '\\b(proteinuria|protein in (the )?urine|urine protein) (dropped|fell|decreased|went down|was reduced|disappeared|improved|(was )?cut)\\b',
    '\\b(reduced|lowered|less|lower) (proteinuria|urine protein)\\b',
    '\\b(proteinuria|urine protein) (from )?\\d+(\\.\\d+)? ?g\\b',
    '\\bkidney function (returned to normal|was restored|restored|improved|recovered)\\b',
  ],
  'only-masks-symptoms': [
    '治标不治本',
    '只能(控制|缓解|压制|掩盖)(住)?(症状|病情)',
    '(从根本上|根本上)(治疗|治愈|解决|修复)',
    '(彻底|完全)(治愈|根治|康复)',
    '根治(红斑)?狼疮',
    '(摆脱|告别|停用|停掉|减停|戒掉)(对)?(激素|西药|药物|免疫抑制剂)',
    '(激素|西药)(副作用大|伤身|有毒|害人)',
    '\\bonly (treat|treats|mask|masks|hide|hides|control|controls|manage|manages|suppress|suppresses) (the )?symptoms\\b',
    '\\b(treats?|fix(es)?|cures?|targets?|addresses) the (root|underlying) cause\\b',
    '\\bcures? (for )?lupus\\b',
    '\\b(permanent|complete|total|real) cure\\b',
    '\\b(get|gets|come|comes|stay|stays) off (your |all )?(steroids|medications?|medicines|drugs)\\b',
    '\\bno (more )?need for (steroids|medications?|medicines|drugs)\\b',
  ],
  'approved-routine': [
    '(国家|官方|卫健委|药监局|fda|nmpa)[^。，！？\\n]{0,4}(批准|认证|认可)的?(干细胞)?(治疗|疗法|技术|项目)',
    '(干细胞|细胞)(治疗|疗法|回输)?(已|已经)?(获|获得|通过)(了)?(国家|官方|fda|nmpa|药监局|卫健委)(的)?(批准|认证|审批)',
    '(正规|常规|成熟)的?(干细胞)?(疗法|治疗手段|治疗方案|治疗技术|医疗技术)',
    '干细胞[^。！？\\n]{0,10}(纳入|列入|进入)(了)?(国家)?(医保|诊疗指南|临床路径)',
    '(医保|保险)(可以?|能|均可|全额)报销',
    '\\b(stem[- ]cell|cell) (therapy|therapies|treatment|treatments|infusion|infusions) (is |are |has been |have been )?(fda[- ]|government[- ]|officially |fully )?(approved|certified|licensed)\\b',
    '\\b(fda|government|state|nmpa)[- ](approved|certified|licensed) (stem[- ]cell |cell )?(therapy|treatment|clinic|procedure)',
    '\\b(routine|established|mainstream) (stem[- ]cell )?(therapy|treatment|procedure) for lupus\\b',
    '\\bcovered by (medical |health )?insurance\\b',
  ],
  'registered-trial': [
    '(fda|美国fda|卫健委|临床试验网站|临床试验注册中心|clinicaltrials\\.gov|chictr|国际)[^。！？\\n]{0,6}(注册|登记)(在案|过|了)?',
    '(fda|国际)认证',
    '\\bregistered (with|on|at) (the )?(fda|clinicaltrials\\.gov|a (clinical )?trials? (website|registry|register|site))\\b',
    '\\blisted on clinicaltrials\\.gov\\b',
    '\\bfda[- ]registered\\b',
    '\\b(fda|clinicaltrials\\.gov) registration\\b',
  ],
  'no-number': [
    '(已|已经)(通过)?(国家|卫健委|省级)?(双)?备案',
    '双备案',
    '备案(项目|机构|医院)',
    '\\b(has been|have been|is|are|was|were|officially|already) (officially )?(filed|registered) with the (nhc|national health commission|health commission|government)\\b',
    '\\bdual[- ]filed\\b',
  ],
  'pay-study': [
    '(临床)?(研究|试验|科研)(项目)?[^。！？不没未非免\\n]{0,10}(费用|自费|优惠价|报名费|入组费)(?!全免|减免|全部减免|由)',
    '(研究|试验|科研)(项目)?(收费|费用)[^。！？\\n]{0,4}\\d',
    '(自费|付费|交钱)(参加|参与|入组)',
    '(入组|参加研究|参与研究|参加试验)(需|需要|要)?(交|缴|付)(费|钱)',
    '(参加|参与|加入)[^。！？\\n]{0,6}(研究|试验)[^。！？不没未非免\\n]{0,6}(交|缴|付)(费|钱)',
    '\\b(pay|paying|fee|fees|cost|costs)\\b[^.!?\\n]{0,30}\\b(join|enter|take part in|participate in|enrol in|enroll in)\\b[^.!?\\n]{0,15}\\b(study|trial|research|program)',
    '\\b(join|enter|take part in|participate in|enrol in|enroll in)\\b[^.!?\\n]{0,20}\\b(study|trial|research|program)\\b[^.!?\\n]{0,30}(\\b(fee|fees|cost|costs)\\b|\\$ ?\\d)',
    '\\b(patient[- ]funded|pay[- ]to[- ]participate|self[- ]funded) (study|studies|trial|trials|research)\\b',
    '\\b(study|trial|research|enrol(l)?ment) (fee|fees)\\b',
  ],
  salon: [
    '(美容院|美容会所|养生馆|养生会所|会所|spa|养生中心|健康管理中心|抗衰中心)[^。！？不没未非\\n]{0,10}(回输|注射|输注|干细胞|提供|开展)',
    '(干细胞|回输|输注)[^。！？不没未非\\n]{0,10}(美容院|养生馆|会所|spa|抗衰中心)',
    "\\b(spas?|salons?|wellness (centers?|centres?|resorts?|clinics?)|beauty (clinics?|centers?|centres?)|med ?spas?|anti-?ag(e)?ing (centers?|centres?|clinics?))\\b(?:(?!\\b(?:not|no|never)\\b|n't)[^.!?\\n]){0,40}\\b(stem cells?|infusions?|injections?|iv|drips?)\\b",
    '\\b(stem[- ]cell|infusion|iv|drip)s?\\b[^.!?\\n]{0,30}\\b(at|in) (our|a|the) (spa|salon|wellness|beauty|med ?spa)',
  ],
  'trip-abroad': [
    '(出国|出境|海外|境外|赴日|赴泰|赴韩)(就医|医疗|治疗|回输)',
    '(干细胞|医疗|抗衰|回输)(之旅|旅游|旅行|游)',
    '(组团|包机|专车|陪同|一站式)[^。！？\\n]{0,6}(出国|出境|赴|去)',
    '(赴|去|到)(日本|泰国|韩国|马来西亚|乌克兰|巴拿马)(做|接受)?(干细胞|回输|治疗)',
    '\\b(medical|treatment|stem[- ]cell) (trips?|travel|tours?|vacations?|holidays?)\\b',
    '\\b(we|our team) (arrange|organi[sz]e|book|handle)s?\\b[^.!?\\n]{0,30}\\b(travel|flights?|trips?|visas?|hotels?|accommodation)\\b',
    '\\bfly (to|in to) (our|the) (clinic|center|centre|hospital)\\b',
    '\\b(travel|trip|go|fly) (abroad|overseas|to (mexico|panama|thailand|japan|malaysia|ukraine|the bahamas))\\b',
  ],
};

/**
 * A negation in the same clause just before a match (last 4 characters before a Chinese match,
 * last 3 words before an English one) means the text denies the claim: "并非无排斥", "is not
 * risk-free". English "no" is not one: ads list "no surgery, no needles" as selling points.
 */
export const negationCues = {
  zh: '不|没|未|非|否|勿|别|无法|难以|须|是否|应该|应当|能否|如果|假如',
  en: "\\b(not|never|cannot|unproven|whether|if|must|should|until)\\b|n't\\b",
} as const;

/**
 * A sentence that refutes a claim, warns about it, quizzes or forbids it is not making it
 * ("没有可靠证据表明…", "… does not mean …", "… is a warning sign", "True or false: …",
 * "Claim: …", "不要…"): no match in it counts. "^" is the start of the sentence.
 */
export const refutationCues = {
  zh: '没有(可靠|任何|足够)?证据|并不代表|不代表|不等于|不是事实|说法(是)?(错误|不对)|说法:|骗局|警惕|谨慎|危险信号|判断对错|^(不要|别|切勿|千万不要|请勿)',
  en: "\\b(no (good |clear |reliable )?evidence|(does|do|did) not mean|doesn't mean|is (false|not true)|not a fact|scams?|beware|caution|warning signs?|true or false)\\b|\\bclaims?:|^(do not|don't|never)\\b",
} as const;

/**
 * Traditional → simplified, for the characters the Chinese patterns and cues above use (pairs:
 * the traditional character, then its simplified form). Ads pasted from Hong Kong, Taiwan or
 * overseas pages are in traditional characters; the patterns are written once, in simplified.
 * 著 stays as it is: simplified writes 显著 with it too.
 */
export const traditionalToSimplified =
  '絕绝對对險险沒没無无風风應应異异會会產产發发現现須须進进嚴严並并併并過过體体幹干乾干細细來来癒愈' +
  '轉转顯显極极達达為为約约療疗確确驚惊臨临證证實实驗验針针見见靈灵復复複复輸输調调幾几數数種种餘余' +
  '適适於于麼么萬万藥药變变經经島岛腎肾損损壞坏傷伤臟脏髒脏組组織织喚唤啟启動动機机纖纤維维戶户親亲' +
  '評评歷历講讲記记個个瘡疮點点獲获緩缓減减陰阴從从標标隻只壓压蓋盖狀状決决徹彻紅红擺摆脫脱別别劑剂' +
  '國国衛卫監监準准認认術术項项審审規规醫医納纳診诊徑径額额報报銷销試试網网冊册際际級级雙双備备構构' +
  '費费優优價价錢钱參参與与繳缴養养館馆開开韓韩遊游團团專专車车馬马亞亚烏乌蘭兰難难該该當当夠够據据' +
  '說说錯错誤误騙骗謹谨';
