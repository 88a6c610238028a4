import type { ClaimId } from '../../src/safety/claims';

/**
 * How real clinic ads put each claim, written for the matcher's tests (and its benchmark):
 * Chinese in simplified and traditional characters, half- and full-width; English as ads
 * write it. Each must be recognised as its claim.
 */
export const adWordings: Record<ClaimId, { zh: string[]; en: string[] }> = {
  'no-risk': {
    zh: ['我们的干细胞回输技术绝对安全，请您放心。', '幹細胞治療安全無副作用，老人小孩都適用。', '全程无任何风险，当天即可出院。'],
    en: ['Our stem cell therapy is 100% safe with no side effects.', 'This treatment is completely safe for seniors.', 'Risk-free, natural healing with your body’s own power.'],
  },
  'no-rejection': {
    zh: ['脐带间充质干细胞虽是异体细胞，但无排斥反应，无需配型。', '臍帶幹細胞具有免疫豁免特性，不會產生排斥。'],
    en: ['Umbilical cord MSCs are immune privileged, so there is no rejection.', 'No need for HLA matching: your body won’t reject the donor cells.'],
  },
  'no-complications': {
    zh: ['多年临床应用，无感染、无死亡等并发症。', '迄今為止未出現任何嚴重併發症。'],
    en: ['Over 2,000 infusions with zero complications.', 'No infections and no deaths have been reported in our patients.'],
  },
  'own-cells-safe': {
    zh: ['采用您自己的脂肪干细胞，安全无排斥。', '自體細胞回輸，零風險。'],
    en: ['Because we use your own stem cells, the treatment is completely safe.', 'Autologous therapy: there is no risk of rejection.'],
  },
  'high-success': {
    zh: ['临床有效率高达95%，安全有效。', '成功率極高，療效確切。'],
    en: ['Success rate of over 90% in lupus patients.', 'A safe and effective treatment with a high success rate.'],
  },
  'one-shot': {
    zh: ['一针见效，告别病痛！', '只需回输一次就能见效。', '一針見效，立竿見影。'],
    en: ['Just one infusion and you will feel the difference.', 'One shot works for years.'],
  },
  'many-diseases': {
    zh: ['干细胞包治百病，可治疗100多种疾病。', '可調理上百種疾病，延緩衰老。'],
    en: ['Stem cells can treat over 80 diseases.', 'A miracle cure for arthritis, lupus and diabetes.'],
  },
  'cells-transform': {
    zh: ['干细胞可分化为胰岛细胞、心肌细胞，修复受损的肾脏。', '激活自身修復能力，逆轉病情。'],
    en: ['The stem cells turn into new kidney cells and repair damaged organs.', 'MSCs regenerate your kidneys and reverse the damage.'],
  },
  stories: {
    zh: ['请看患者真实见证：张阿姨回输三次后重获健康。', '更多成功案例，请咨询客服。', '康復見證：李先生的故事。'],
    en: ['Read our patient testimonials.', 'Watch her story: Mary got her life back after two infusions.'],
  },
  'study-40': {
    zh: ['一项40例多中心临床研究证实，干细胞治疗狼疮肾炎有效。', '多中心研究納入４０例患者。'],
    en: ['A multicenter study of 40 patients with lupus nephritis showed great results.', 'In a 40-patient multi-centre trial, lupus nephritis improved.'],
  },
  'survival-92': {
    zh: ['12个月生存率高达92.5%！', '存活率９２．５％，遠超預期。'],
    en: ['92.5% survival at 12 months.', 'A survival rate of 92.5 percent in one year.'],
  },
  'responses-40': {
    zh: ['13例患者获得显著缓解，11例部分缓解。', '主要臨床緩解率達32.5%。'],
    en: ['13 patients achieved a major clinical response and 11 a partial response.', 'Complete remission in 60% of patients.'],
  },
  'proteinuria-drop': {
    zh: ['治疗后尿蛋白从2.24g降到1.41g。', '蛋白尿明顯減少，腎功能恢復。'],
    en: ['Proteinuria dropped from 2.24 g to 1.41 g.', 'Kidney function returned to normal after treatment.'],
  },
  'only-masks-symptoms': {
    zh: ['激素只能控制症状，治标不治本。', '干细胞从根本上治疗，帮您摆脱激素。', '徹底治癒紅斑狼瘡。'],
    en: ['Steroids only mask the symptoms; stem cells treat the root cause.', 'Get off steroids for good.'],
  },
  'approved-routine': {
    zh: ['国家批准的干细胞治疗项目，正规可靠。', '干细胞回输已获得国家批准，醫保可以報銷。'],
    en: ['Our stem cell therapy is FDA-approved.', 'Now a routine treatment for lupus in our hospital.'],
  },
  'registered-trial': {
    zh: ['本项目已在美国FDA注册。', '已在clinicaltrials.gov登记，國際認證。'],
    en: ['Registered with the FDA.', 'Our study is listed on ClinicalTrials.gov.'],
  },
  'no-number': {
    zh: ['本院已通过国家双备案。', '備案項目，正規可靠。'],
    en: ['Our centre is officially registered with the National Health Commission.', 'This project has been filed with the NHC.'],
  },
  'pay-study': {
    zh: ['临床研究项目，费用仅需9.8万元。', '自費參加臨床試驗，名額有限。', '现在参加临床研究只需交费5万元。'],
    en: ['Join our clinical trial for a fee of $15,000.', 'This is a patient-funded study.', 'Join our study for only $5,000.'],
  },
  salon: {
    zh: ['在我们的养生会所即可完成干细胞回输。', '養生館提供幹細胞回輸服務。'],
    en: ['Stem cell IV drips at our wellness spa.', 'Visit our med spa for stem cell injections.'],
  },
  'trip-abroad': {
    zh: ['组团赴日本干细胞之旅，专车接送。', '一站式出國治療服務。', '赴泰國回輸，包機往返。'],
    en: ['Join our medical tour to Mexico.', 'We arrange flights, hotels and transfers for you.'],
  },
};
