/**
 * Evaluation scoring tables rebuilt from the seed reports (../shared/seeds, text extracted from PDF), as the
 * reports intend them: rows split over page breaks are joined again (A31's text spilled onto the next page,
 * 「B过程 (20分)」 and 「D效益 (25分)」 printed at the top of a page, 「C3产出时效」 with its 「(10分)」 on the
 * next page). Nothing else is changed: the 综合评分表 keeps the rows it prints without a name or numbers
 * (评价要点 of A12 and A22) and prints no C4 label, so C41–C43 stand under C3. Words the PDF broke inside
 * narrow cells ("产出时 效") are joined.
 */
import type { SheetSpec } from '../../helpers/xlsx/buildWorkbook';

type Row = Array<string | number | null>;

const SCORING_HEADER: Row = ['一级指标', '二级指标', '三级指标', '指标解释', '评价标准', '评价过程', '分值', '指标得分'];

/** One 综合评分表 line: level labels (null under a merge), name, a short 指标解释, 分值, 得分. */
const line = (l1: string | null, l2: string | null, name: string | null, explain: string, weight: number | null, score: number | null): Row => [
  l1,
  l2,
  name,
  explain,
  explain ? '评价要点：见指标解释。' : '评价要点：①项目是否按照规定的程序申请设立；②审批文件、材料是否符合相关要求。',
  explain ? `得${score ?? 0}分。` : null,
  weight,
  score,
];

/** 附件1 of the 2022 自治区财政残疾人事业发展补助资金 report, as printed (rows 1-based in the sheet: title 1, header 2). */
export function scoringAsPrinted(): SheetSpec {
  const rows: Row[] = [
    ['2022年自治区财政残疾人事业发展补助资金项目支出绩效评价指标体系及综合评分表'],
    SCORING_HEADER,
    line('A决策 (15分)', 'A1项目立项(5分)', 'A11立项依据充分性(2分)', '项目立项是否符合法律法规、相关政策、发展规划以及部门职责', 3, 3), // row 3
    line(null, null, null, '', null, null), // row 4: A12's 评价要点 only, printed without name or numbers
    line(null, 'A2绩效目标(5分)', 'A21绩效目标合理性(3分)', '项目所设定的绩效目标是否依据充分，是否符合客观实际', 3, 3), // row 5
    line(null, null, null, '', null, null), // row 6: A22's 评价要点 only
    line(null, 'A3资金投入(5分)', 'A31预算编制科学性(3分)', '项目预算编制是否经过科学论证、有明确标准', 3, 3), // row 7
    line(null, null, null, '', null, null), // row 8: A32's 评价要点, printed once more above A32
    line(null, null, 'A32资金分配合理性 (2分)', '项目预算资金分配是否有测算依据', 2, 2), // row 9
    line('B过程 (20分)', 'B1资金管理 (12分)', 'B11资金到位率 (4分)', '实际到位资金与预算资金的比率', 4, 4), // row 10
    line(null, null, 'B12预算执行率 (4分)', '项目预算资金是否按照计划执行', 4, 4),
    line(null, null, 'B13资金使用合规性 (4分)', '项目资金使用是否符合相关的财务管理制度规定', 4, 4),
    line(null, 'B2组织实施 (8分)', 'B21管理制度健全性 (4分)', '项目实施单位的财务和业务管理制度是否健全', 4, 2), // row 13
    line(null, null, 'B22制度执行有效性 (4分)', '项目实施是否符合相关管理规定', 4, 4),
    line('C产出 (40分)', 'C1产出数量 (10分)', 'C11残疾人基本康复服务人数(人)', '残疾人人员基本康复人数达100人', 4, 4), // row 15
    line(null, null, 'C12寄宿制托养人数(人)', '残疾人的寄宿制托养人数50人', 3, 3),
    line(null, null, 'C13残疾儿童康复救助人数(人)', '救助残疾儿童治疗康复人数5人', 3, 3),
    line(null, 'C2产出质量 (10分)', 'C21残疾人康复服务率(%)', '残疾人康复治疗基本达到90%', 5, 5), // row 18
    line(null, null, 'C22寄宿制托养机构服务率(%)', '寄宿托养残疾人机构服务达到95%', 5, 5),
    line(null, 'C3产出时效 (10分)', 'C31完工时间', '项目开工时间为2022年12月份', 5, 5), // row 20
    line(null, null, 'C32资金及时拨付率(%)', '按照项目实施进度，在规定的时间内完成支付', 5, 5),
    line(null, null, 'C41残疾人基本康复(万元/人/年)', '每人每年费用0.02万元，已按照规定全部支付', 4, 4),
    line(null, null, 'C42寄宿制托养(万元/人/年)', '每人每年费用0.3万元，已按照规定全部支付', 3, 3),
    line(null, null, 'C43残疾人儿童康复救助(万元/人/年)', '每人每年治疗费用1.7万元，已按照规定全部支付', 3, 3), // row 24
    line('D效益 (25分)', 'D1经济效益', 'D11实施效益', '本项目未产生经济效益', 0, 0), // row 25
    line(null, 'D2社会效益 (10分)', 'D21有效提高残疾人康复服务水平', '有效提高残疾人康复服务水平', 5, 5),
    line(null, null, 'D22有效降低享受机构托养残疾人家庭照护成本', '有效降低享受机构托养残疾人家庭照护成本', 5, 5),
    line(null, 'D3生态效益', 'D31实施效益', '本项目未产生生态效益', 0, 0),
    line(null, 'D4可持续性影响性(5分)', 'D41项目可持续影响年限(年)', '寄宿托养服务可持续影响达1年以上', 5, 5),
    line(null, 'D5服务对象满意度(10分)', 'D51受益残疾人基本康复满意度(%)', '康复残疾人受益的综合满意度调查', 4, 4), // row 30
    line(null, null, 'D52受益残疾人寄宿制托养服务满意度(%)', '寄宿残疾人受益的综合满意度调查', 3, 3),
    line(null, null, 'D53受益残疾儿童康复满意度(%)', '残疾儿童治疗康复人受益的综合满意度调查', 3, 3), // row 32
    ['合计', null, null, null, null, null, 100, 98], // row 33
  ];
  const merges = ['A1:H1', 'A3:A9', 'B3:B4', 'B5:B6', 'B7:B9', 'A10:A14', 'B10:B12', 'B13:B14', 'A15:A24', 'B15:B17', 'B18:B19', 'B20:B24', 'A25:A32', 'B26:B27', 'B30:B32', 'A33:F33'];
  return { name: '附件1综合评分表', rows, merges };
}

/**
 * The same table with its labels and rows agreeing, as 表4-1…4-4 of the report give them: A11 weighs 2,
 * A12立项程序规范性 (3) and A22绩效指标明确性 (2) carry their names and numbers, C41–C43 stand under
 * C4产出成本(10分). Still holds one row of 评价要点 alone (row 8).
 */
export function scoringCorrected(): SheetSpec {
  const printed = scoringAsPrinted();
  const rows = printed.rows.map((r) => [...r]) as Row[];
  rows[2] = line('A决策 (15分)', 'A1项目立项(5分)', 'A11立项依据充分性(2分)', '项目立项是否符合法律法规、相关政策、发展规划以及部门职责', 2, 2);
  rows[3] = line(null, null, 'A12立项程序规范性(3分)', '项目申请、设立过程是否符合相关要求', 3, 3);
  rows[5] = line(null, null, 'A22绩效指标明确性(2分)', '依据绩效目标设定的绩效指标是否清晰、细化、可衡量', 2, 2);
  rows[21][1] = 'C4产出成本(10分)';
  const merges = printed.merges!.filter((m) => m !== 'B20:B24').concat(['B20:B21', 'B22:B24']);
  return { name: '附件1综合评分表', rows, merges };
}

/** 表3-1 of the same report: 得分率 98.00 % for 项目过程, whose 分值 (its score here) is 18 of 20. D prints "100.00" without %. */
export function table31(processRate = 0.98): SheetSpec {
  return {
    name: '表3-1',
    rows: [
      ['表3-1：2022年自治区财政残疾人事业发展补助资金项目整体绩效分值'],
      ['指标类别', 'A项目决策', 'B项目过程', 'C项目产出', 'D项目效益', '合计'],
      ['权重', 15, 20, 40, 25, 100],
      ['分值', 15, 18, 40, 25, 98],
      ['得分率', 1, processRate, 1, '100.00', 0.98],
    ],
    merges: ['A1:F1'],
    numFmts: { B3: '0.00', C3: '0.00', D3: '0.00', E3: '0.00', F3: '0.00', B4: '0.00', C4: '0.00', D4: '0.00', E4: '0.00', F4: '0.00', B5: '0.00%', C5: '0.00%', D5: '0.00%', F5: '0.00%' },
  };
}

/** The 江岸 评分结果一览表 (武汉市江岸区残疾人联合会 2024 残疾儿童精准康复服务): parts add up to 96.10, 优. */
export function jiangAnSummary(overrides: { total?: string; grade?: string } = {}): SheetSpec {
  return {
    name: '评分结果',
    start: 'B2',
    rows: [
      ['评分结果一览表'],
      ['评价准则', '准则分值', '评价得分'],
      ['整体投入', '20分', '18.52分'],
      ['整体过程', '20分', '19.00分'],
      ['整体产出', '30分', '28.58分'],
      ['整体效果', '30分', '30分'],
      ['综合绩效', '100分', overrides.total ?? '96.10分'],
      ['评价等级', null, overrides.grade ?? '优'],
    ],
    merges: ['B2:D2'],
  };
}

/** 表4-1 (项目决策指标得分情况): one 一级指标, closed by 小计; a part of the evaluation, not the whole. */
export function table41(): SheetSpec {
  return {
    name: '表4-1',
    rows: [
      ['表4-1：项目决策指标得分情况'],
      ['一级指标', '二级指标', '三级指标', '权重', '标杆值', '业绩值', '得分'],
      ['A项目决策 (15分)', 'A1项目立项 (5分)', 'A11立项依据充分性', 2, '适应', '适应', 2],
      [null, null, 'A12立项程序规范性', 3, '合规', '合规', 3],
      [null, 'A2绩效目标 (5分)', 'A21绩效目标合理性', 3, '充分', '充分', 3],
      [null, null, 'A22绩效指标明确性', 2, '规范', '规范', 2],
      [null, 'A3资金投入 (5分)', 'A31预算编制科学性', 3, '合理', '合理', 3],
      [null, null, 'A32资金分配合理性', 2, '明确', '明确', 2],
      ['小计', null, null, 15, '—', '—', 15],
    ],
    merges: ['A1:G1', 'A3:A8', 'B3:B4', 'B5:B6', 'B7:B8', 'A9:C9'],
  };
}

/** 表4-2 (项目管理指标得分情况): level labels state weights without 分 ("B1 资金管理(12)"). */
export function table42(): SheetSpec {
  return {
    name: '表4-2',
    rows: [
      ['表4-2：项目管理指标得分情况'],
      ['一级指标', '二级指标', '三级指标', '权重', '标杆值', '业绩值', '得分'],
      ['B. 项目管理(20分)', 'B1 资金管理(12)', 'B11. 资金到位率', 4, '100%', '100%', 4],
      [null, null, 'B12. 资金执行率', 4, '100%', '100%', 4],
      [null, null, 'B13. 资金使用合规性', 4, '合规', '合规', 4],
      [null, 'B2 组织实施(8)', 'B21. 管理制度健全性', 4, '健全', '待完善', 2],
      [null, null, 'B22. 制度执行有效性', 4, '有效', '有效', 4],
      ['小计', null, null, 20, '—', '—', 18],
    ],
    merges: ['A1:G1', 'A3:A7', 'B3:B5', 'B6:B7', 'A8:C8'],
  };
}

/** 项目绩效指标体系得分情况 of the 2022 昆明市 残疾人托养 report: 项目 · 权重分 · 得分 · 扣分 · 得分率. */
export function kunmingSummary(): SheetSpec {
  return {
    name: '得分情况',
    rows: [
      ['项目绩效指标体系得分情况'],
      ['项目', '权重分', '得分', '扣分', '得分率'],
      ['A项目决策', '20.00', '20.00', '0.00', '100.00%'],
      ['B项目管理', '20.00', '19.00', '1.00', '95.00%'],
      ['C项目绩效', '60.00', '56.00', '4.00', '93.33%'],
      ['合计', '100.00', '95.00', '5.00', '95.00%'],
    ],
  };
}
