// The assessor's scoring.
const scoringZh = {
  scoring: {
    title: '考核评分',
    nav: '评分',
    progress: '已提交 {{done}} / {{count}}',
    loadFailed: '评分信息加载失败',
    noCampaign: '当前没有进行中的争创活动',
    noAssignments: '您还没有被分配评分的基层组织',
    notAssigned: '您没有被分配为该组织评分',
    start: '评分',
    view: '查看',
    back: '返回评分列表',
    sheetTitle: '评分表',
    points: '{{points}} 分',
    score: '得分（0–{{max}}）',
    comment: '评语',
    commentRequired: '评语（得分低于 60% 时必填）',
    total: '合计 {{total}} / {{max}} 分',
    saveDraft: '保存草稿',
    submit: '提交评分',
    submitTitle: '提交评分',
    submitConfirm: '合计 {{total}} 分。提交后不能再修改，确定提交吗？',
    saved: '草稿已保存',
    submitted: '评分已提交',
    isSubmitted: '评分已提交，不能再修改。',
    required: '请评分',
    missing: '还有 {{count}} 项未评分',
    status: {
      NONE: '未开始',
      DRAFT: '草稿',
      SUBMITTED: '已提交',
    },
    rule: {
      range: '得分须在 0 到 {{max}} 之间',
      step: '得分须为 0.5 的整数倍',
      comment: '得分低于该项分值的 60%，请填写评语',
      commentLong: '评语不能超过 1000 个字符',
    },
  },
};

export default scoringZh;
