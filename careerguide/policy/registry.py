"""Every number the five documents fix, as a named, typed setting with its clause.

Pure module (no Django import): the policy app stores a city's or a district's
overrides and resolves them; rules receive the resolved values as parameters.

Keys are stable snake_case names grouped by document prefix (``bj.``, ``cq.``,
``cz.``, ``hn.``, ``sd.``). ``clause`` is the catalogue ID the default comes from
(shared/spec/requirements/*.md). Defaults whose note says "建议值" are the
catalogue's proposed readings of "及时"/"定期" and similar; the others are written
in the document text.

``loosen_direction`` marks a limit that the document text itself fixes and that
an override must not loosen (BJ-5-8: "that value is the default and cannot be
loosened"). It names the direction that would make the service slower or thinner,
or oversight weaker: "up" for deadlines, maximum intervals and quotas; "down" for
minimum counts, hours, notice periods and lead times. Eligibility thresholds on
people (years of experience, certificate levels, age) cut both ways and carry no
direction; proposals carry none either. Loosening is judged against the document
default, so a tighter override can always be replaced by another tighter one.
"""
from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import Any, Mapping

from .definition import DOCUMENTS, SettingDef, gettext_noop

# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------

_S = SettingDef

_SETTINGS: tuple[SettingDef, ...] = (
    # ---- BJ: Beijing refined public employment service rules -------------------------------
    _S("bj.ledger_creation_days", gettext_noop("个人服务台账建立时限（采集信息当天）"), "int", 0, "calendar_days", "BJ-11-1",
       minimum=0, loosen_direction="up", note=gettext_noop("0 = 采集信息当天建立台账（BJ-11-4 按北京时间判断）。")),
    _S("bj.key_tier_min_level", gettext_noop("重点帮扶对象最低等级"), "int", 3, "none", "BJ-12-2",
       minimum=1, maximum=4, loosen_direction="up", note=gettext_noop("3、4级为重点帮扶对象等级。")),
    _S("bj.no_contact_stop_months", gettext_noop("登记失业人员未联系停止服务月数（超过）"), "int", 6, "months", "BJ-13-5",
       minimum=1, loosen_direction="down", note=gettext_noop("“超过6个月”为严格大于（BJ-13-6）。")),
    _S("bj.job_ready_start_days", gettext_noop("具备上岗条件：收到聘用通知后可上岗天数"), "int", 14, "calendar_days", "BJ-15-1",
       minimum=1, note=gettext_noop("“2周内”，含第14天。")),
    _S("bj.recommendation_outcome_check_workdays", gettext_noop("求职者匹配推荐结果跟进提醒时限"), "int", 5, "working_days", "BJ-16-1",
       minimum=1, note=gettext_noop("建议值，仅作提醒。")),
    _S("bj.ledger_entry_lag_workdays", gettext_noop("台账记录及时录入时限"), "int", 1, "working_days", "BJ-17-1",
       minimum=0, note=gettext_noop("建议值：服务发生后超过该工作日数录入即标记。")),
    _S("bj.survey_ledger_creation_days", gettext_noop("摸查当天建立台账和就业需求档案时限"), "int", 0, "calendar_days", "BJ-20-1",
       minimum=0, loosen_direction="up", note=gettext_noop("0 = 摸查当天。")),
    _S("bj.follow_up_survey_workdays", gettext_noop("有就业意愿未登记人员跟踪摸查时限"), "int", 10, "working_days", "BJ-21-2",
       minimum=1, loosen_direction="up"),
    _S("bj.survey_max_interval_days", gettext_noop("两次摸查最长间隔"), "int", 30, "calendar_days", "BJ-21-3",
       minimum=1, loosen_direction="up"),
    _S("bj.willing_stop_min_follow_up_surveys", gettext_noop("有意愿未登记人员停止服务所需跟踪摸查次数（含）"), "int", 3, "count", "BJ-21-4",
       minimum=1, loosen_direction="down"),
    _S("bj.unwilling_stop_min_follow_up_surveys", gettext_noop("无就业意愿人员停止服务所需跟踪摸查次数（含）"), "int", 3, "count", "BJ-21-5",
       minimum=1, loosen_direction="down"),
    _S("bj.unwilling_follow_up_workdays", gettext_noop("无就业意愿人员跟踪摸查时限"), "int", 10, "working_days", "BJ-21-7",
       minimum=1, note=gettext_noop("建议值，与BJ-21-2一致。")),
    _S("bj.assistance_agreement_signing_workdays", gettext_noop("签订就业援助服务协议提醒时限"), "int", 10, "working_days", "BJ-23-1",
       minimum=1, note=gettext_noop("建议值，自求职登记起。")),
    _S("bj.transfer_new_agreement_workdays", gettext_noop("服务关系转移后重新签订协议提醒时限"), "int", 10, "working_days", "BJ-24-6",
       minimum=1, note=gettext_noop("建议值，自批准之日起。")),
    _S("bj.certification_review_workdays", gettext_noop("认定状态变化后复核援助协议和方案提醒时限"), "int", 5, "working_days",
       "BJ-26-2", minimum=1, note=gettext_noop("建议值。")),
    _S("bj.guidance_follow_up_workdays", gettext_noop("就业指导服务后跟踪时限"), "int", 5, "working_days", "BJ-27-1",
       minimum=1, loosen_direction="up"),
    _S("bj.programme_checkpoint_window_workdays", gettext_noop("培训、见习初期/中期/终期进展了解窗口"), "int", 3, "working_days", "BJ-27-2",
       minimum=1, loosen_direction="up"),
    _S("bj.programme_readiness_assessment_workdays", gettext_noop("培训、见习结束后就业准备评估时限"), "int", 5, "working_days", "BJ-27-3",
       minimum=1, note=gettext_noop("建议值。")),
    _S("bj.recommendation_follow_up_workdays", gettext_noop("匹配推荐服务后了解应聘结果时限"), "int", 5, "working_days", "BJ-27-5",
       minimum=1, loosen_direction="up"),
    _S("bj.job_start_follow_up_workdays", gettext_noop("应聘上岗后跟踪回访时限"), "int", 10, "working_days", "BJ-27-6",
       minimum=1, loosen_direction="up"),
    _S("bj.stability_follow_up_months", gettext_noop("上岗后稳定性回访节点"), "int_list", [1, 3, 6], "months", "BJ-27-7",
       minimum=1, note=gettext_noop("上岗后1个月、3个月、6个月左右。")),
    _S("bj.followup_window_days", gettext_noop("稳定性回访“左右”容许天数（前后）"), "int", 7, "calendar_days", "BJ-27-7",
       minimum=0, note=gettext_noop("建议值：节点前后各7天。")),
    _S("bj.expert_consultation_min_failed_recommendations", gettext_noop("申请专家会诊所需未成功匹配推荐次数（含）"), "int", 3, "count",
       "BJ-28-1", minimum=1, loosen_direction="up"),
    _S("bj.expert_panel_report_interval_months", gettext_noop("向专家小组定期反馈间隔"), "int", 1, "months", "BJ-28-6",
       minimum=1, note=gettext_noop("建议值：会诊期间至少每月一次。")),
    _S("bj.plan_revision_after_expert_opinion_workdays", gettext_noop("专家意见后修订援助计划时限"), "int", 5, "working_days", "BJ-28-7",
       minimum=1, loosen_direction="up"),
    _S("bj.welfare_post_min_service_months", gettext_noop("公益性岗位托底安置所需专门服务月数（含）"), "int", 6, "months", "BJ-30-1",
       minimum=1, loosen_direction="up", note=gettext_noop("“达到6个月以上”为大于等于（BJ-30-2）。")),
    _S("bj.welfare_post_min_failed_recommendations", gettext_noop("公益性岗位托底安置所需非本人原因未成功推荐次数（含）"), "int", 5,
       "count", "BJ-30-1", minimum=1, loosen_direction="up"),
    _S("bj.placement_end_review_days", gettext_noop("托底安置期满前复核提醒天数"), "int", 30, "calendar_days", "BJ-30-7",
       minimum=0, note=gettext_noop("建议值。")),
    _S("bj.posting_max_validity_days", gettext_noop("招聘信息有效期上限"), "int", 90, "calendar_days", "BJ-41-2",
       minimum=1, note=gettext_noop("建议值（开放问题21）。")),
    _S("bj.job_fair_prepublication_workdays", gettext_noop("招聘会信息预发布提前工作日数"), "int", 3, "working_days", "BJ-43-2",
       minimum=1, loosen_direction="down"),
    _S("bj.key_enterprise_min_contacts_per_quarter", gettext_noop("重点企业每季度最少联系次数"), "int", 1, "count", "BJ-48-5",
       minimum=1, loosen_direction="down"),
    _S("bj.key_enterprise_quarter_warning_days", gettext_noop("重点企业季度未联系预警天数（季末前）"), "int", 15, "calendar_days", "BJ-48-7",
       minimum=0, note=gettext_noop("建议值。")),
    _S("bj.key_enterprise_guidance_follow_up_workdays", gettext_noop("重点企业用人指导服务后跟踪时限"), "int", 5, "working_days", "BJ-49-1",
       minimum=1, loosen_direction="up"),
    _S("bj.key_enterprise_recommendation_follow_up_workdays", gettext_noop("重点企业匹配推荐服务后跟踪时限"), "int", 5, "working_days",
       "BJ-49-2", minimum=1, loosen_direction="up"),
    _S("bj.key_enterprise_recruitment_follow_up_workdays", gettext_noop("重点企业招聘完成后跟踪时限"), "int", 10, "working_days", "BJ-49-3",
       minimum=1, loosen_direction="up"),
    _S("bj.monthly_spot_check_notice_workdays", gettext_noop("月度抽查通报发布时限（次月前若干工作日）"), "int", 5, "working_days", "BJ-56-4",
       minimum=1, note=gettext_noop("建议值（开放问题23）。")),
    _S("bj.archive_upload_max_mb", gettext_noop("电子档案单个上传文件大小上限"), "int", 10, "none", "BJ-9-2",
       minimum=1, maximum=100, note=gettext_noop("建议值（单位：MB）。")),
    _S("bj.key_enterprise_request_workdays", gettext_noop("重点企业诉求协调办理时限"), "int", 2, "working_days", "BJ-47-3",
       minimum=1, note=gettext_noop("建议值，仅作提醒。")),
    _S("bj.job_fair_follow_up_workdays", gettext_noop("招聘会后跟踪录入达成意向和上岗情况时限"), "int", 10, "working_days",
       "BJ-43-5", minimum=1, note=gettext_noop("建议值（开放问题16），仅作提醒。")),
    _S("bj.employer_recommendation_outcome_check_workdays", gettext_noop("了解用人单位匹配推荐情况时限"), "int", 5,
       "working_days", "BJ-41-1", minimum=1, note=gettext_noop("建议值，与求职者一侧一致，仅作提醒。")),
    _S("bj.early_warning_min_on_time_percent", gettext_noop("质量监测预警：按时完成率低于此值时预警"), "int", 90, "percent",
       "BJ-58-2", minimum=0, maximum=100, note=gettext_noop("建议值；各区可按本区情况设定自己的预警阈值。")),
    _S("bj.warning_interview_min_notices", gettext_noop("警示约谈所需通报次数（含）"), "int", 3, "count", "BJ-58-4",
       minimum=1, loosen_direction="up"),
    _S("bj.star_counsellor_min_years", gettext_noop("星级职业指导师一线工作年限（含）"), "int", 5, "years", "BJ-63-2", minimum=0),
    _S("bj.chief_counsellor_min_years", gettext_noop("首席职业指导师一线工作年限（含）"), "int", 10, "years", "BJ-63-3", minimum=0),
    _S("bj.chief_star_min_specialised_workdays_per_week", gettext_noop("首席、星级职业指导师平均每周专门指导工作日"), "decimal",
       Decimal("2"), "working_days", "BJ-64-1", minimum=Decimal("0"), maximum=Decimal("5"), loosen_direction="down"),
    _S("bj.chief_star_min_papers_per_year", gettext_noop("首席、星级职业指导师每年论文数"), "int", 1, "count", "BJ-64-2",
       minimum=0, loosen_direction="down"),
    _S("bj.chief_star_min_cases_per_year", gettext_noop("首席、星级职业指导师每年代表性案例数"), "int", 5, "count", "BJ-64-2",
       minimum=0, loosen_direction="down"),
    _S("bj.senior_counsellor_min_papers_per_year", gettext_noop("高级职业指导师每年论文数"), "int", 1, "count", "BJ-64-3",
       minimum=0, loosen_direction="down"),
    _S("bj.senior_counsellor_min_cases_per_year", gettext_noop("高级职业指导师每年代表性案例数"), "int", 3, "count", "BJ-64-3",
       minimum=0, loosen_direction="down"),
    _S("bj.excellent_analyst_min_years", gettext_noop("优秀职业信息分析师工作年限（含）"), "int", 2, "years", "BJ-67-1", minimum=0),
    _S("bj.analyst_outside_pes_work_counts", gettext_noop("职业信息分析师：公共就业服务机构以外的分析工作是否计入年限"), "bool", None,
       "none", "BJ-67-1", note=gettext_noop("无默认值，须按市级评价办法（BJ-68-1）设定后方可计算。")),
    _S("bj.chief_analyst_min_years", gettext_noop("首席职业信息分析师工作年限（含）"), "int", 5, "years", "BJ-67-2", minimum=0),
    _S("bj.chief_excellent_analyst_min_reports_per_year", gettext_noop("首席、优秀职业信息分析师每年分析报告数"), "int", 4, "count",
       "BJ-67-3", minimum=0, loosen_direction="down"),
    _S("bj.chief_excellent_analyst_min_excellent_articles_per_year", gettext_noop("首席、优秀职业信息分析师每年优秀文章数"), "int", 1,
       "count", "BJ-67-3", minimum=0, loosen_direction="down"),
    _S("bj.senior_analyst_min_reports_per_year", gettext_noop("高级职业信息分析师每年分析报告数"), "int", 2, "count", "BJ-67-4",
       minimum=0, loosen_direction="down"),
    _S("bj.annual_training_hours", gettext_noop("职业指导人员、信息分析人员每年培训学时"), "int", 60, "hours", "BJ-69-1",
       minimum=0, loosen_direction="down"),
    _S("bj.staff_filing_workdays", gettext_noop("人员信息变更报市级备案时限"), "int", 10, "working_days", "BJ-71-1",
       minimum=1, note=gettext_noop("建议值。")),
    _S("bj.spot_check_sample_size_personal_ledger", gettext_noop("月度抽查样本量：求职者个人服务台账"), "int", 10, "count",
       "BJ-56-6", minimum=1, note=gettext_noop("建议值。")),
    _S("bj.spot_check_sample_size_needs_archive", gettext_noop("月度抽查样本量：就业困难人员就业需求档案"), "int", 10, "count",
       "BJ-56-6", minimum=1, note=gettext_noop("建议值。")),
    _S("bj.spot_check_sample_size_posting", gettext_noop("月度抽查样本量：单位招聘信息"), "int", 10, "count", "BJ-56-6",
       minimum=1, note=gettext_noop("建议值。")),
    _S("bj.spot_check_sample_size_employer_ledger", gettext_noop("月度抽查样本量：用人单位服务台账"), "int", 5, "count",
       "BJ-56-6", minimum=1, note=gettext_noop("建议值。")),
    _S("bj.spot_check_sample_size_demand_archive", gettext_noop("月度抽查样本量：重点企业用人需求档案"), "int", 5, "count",
       "BJ-56-6", minimum=1, note=gettext_noop("建议值。")),
    _S("bj.key_enterprise_transfer_new_agreement_workdays", gettext_noop("重点企业划转后新服务机构签订日常服务协议时限"), "int",
       10, "working_days", "BJ-45-3", minimum=1, note=gettext_noop("建议值：“及时”签订，自批准划转之日起。")),
    _S("bj.subject_request_workdays", gettext_noop("本人查阅、更正个人信息申请答复时限"), "int", 15, "working_days",
       "BJ-51-2", minimum=1, loosen_direction="up",
       note=gettext_noop("建议值：个人信息保护法第44–46条规定个人有权查阅、复制、更正其个人信息，答复时限按15个工作日。")),
    _S("bj.log_retention_days", gettext_noop("个人信息查阅记录保存天数"), "int", 183, "calendar_days", "BJ-51-2",
       minimum=183, loosen_direction="down",
       note=gettext_noop("至少6个月（183天）：查阅记录超过该天数后方可清理，不足该天数的记录一律保留。")),
    _S("bj.archive_retention_review_workdays", gettext_noop("电子档案保管期满后鉴定时限"), "int", 20, "working_days", "BJ-9-2",
       minimum=1, note=gettext_noop("建议值：保管期满后若干工作日内鉴定继续保管或销毁。")),
    _S("bj.dissatisfaction_follow_up_workdays", gettext_noop("满意度调查不满意的整改处理时限"), "int", 5, "working_days",
       "BJ-57-1", minimum=1, note=gettext_noop("建议值：不满意评价形成整改事项。")),
    _S("bj.community_assistant_min_per_station", gettext_noop("社区（村）就业服务站最少专职劳动保障协理员人数"), "int", 1,
       "count", "BJ-60-2", minimum=0, note=gettext_noop("建议值：社区就业服务站“配备专职劳动保障协理员”。")),
    _S("bj.community_assistant_households_per_assistant", gettext_noop("每名劳动保障协理员服务户数"), "int", None, "count",
       "BJ-60-2", minimum=1, note=gettext_noop("文件未规定数值，由市级按社区规模确定；未设定时不按户数测算。")),
    _S("bj.community_assistant_grids_per_assistant", gettext_noop("每名劳动保障协理员负责网格数"), "int", None, "count",
       "BJ-60-2", minimum=1, note=gettext_noop("文件未规定数值，由市级按网格化管理确定；未设定时不按网格测算。")),
    _S("bj.wage_guide_min_postings", gettext_noop("市场工资指导价位：职业最少招聘岗位样本数"), "int", 10, "count", "BJ-53-2",
       minimum=1, note=gettext_noop("建议值：样本不足的职业不发布工资指导价位。")),
    _S("bj.wage_guide_low_percentile", gettext_noop("市场工资指导价位：低位数百分位"), "int", 10, "percent", "BJ-53-2",
       minimum=1, maximum=49, note=gettext_noop("建议值：按通行做法取第10百分位为低位数。")),
    _S("bj.wage_guide_high_percentile", gettext_noop("市场工资指导价位：高位数百分位"), "int", 90, "percent", "BJ-53-2",
       minimum=51, maximum=99, note=gettext_noop("建议值：按通行做法取第90百分位为高位数。")),
    _S("bj.early_warning_satisfaction_window_days", gettext_noop("预警：服务满意率统计近若干天的满意度调查"), "int", 30,
       "calendar_days", "BJ-58-1", minimum=1, note=gettext_noop("建议值：未选统计期时，按最近30天答复的满意度调查计算。")),
    _S("bj.front_desk_handover_accept_workdays", gettext_noop("前台受理转办后台接收时限"), "int", 1, "working_days", "BJ-5-9",
       minimum=1, note=gettext_noop("建议值：后台在移交后若干工作日内接收并确定负责人。")),
    _S("bj.standard_working_day_hours", gettext_noop("专门职业指导服务时长折算工作日的标准工作日时长"), "int", 8, "hours", "BJ-64-1",
       minimum=1, maximum=24, note=gettext_noop("按服务时长计算时，每8小时折算为一个工作日。")),

    # ---- CQ: Chongqing vocational guidance service specification ---------------------------
    _S("cq.rules_enabled", gettext_noop("启用重庆职业指导服务规范规则"), "bool", True, "none", "CQ-1-1",
       note=gettext_noop("团体标准，按机构开关；本系统默认启用。")),
    _S("cq.qualification_expiry_warning_days", gettext_noop("机构资质到期前预警天数"), "int", 30, "calendar_days", "CQ-4.1-1",
       minimum=0, note=gettext_noop("建议值。")),
    _S("cq.min_public_computers", gettext_noop("公共区域联网计算机最少台数"), "int", 3, "count", "CQ-4.2-3",
       minimum=0, loosen_direction="down"),
    _S("cq.record_reverification_days", gettext_noop("服务对象和人员信息复核周期"), "int", 180, "calendar_days", "CQ-4.4-3",
       minimum=1, note=gettext_noop("建议值：超过该天数未核实即列入复核清单。")),
    _S("cq.backup_interval_days", gettext_noop("数据库备份间隔"), "int", 1, "calendar_days", "CQ-4.4-4", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.backup_retained_copies", gettext_noop("保留每日备份份数"), "int", 30, "count", "CQ-4.4-4", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.restore_test_interval_months", gettext_noop("恢复测试间隔"), "int", 3, "months", "CQ-4.4-4", minimum=1,
       note=gettext_noop("建议值：至少每季度一次。")),
    _S("cq.management_staff_min_years", gettext_noop("专业管理人员职业指导工作经验年限（含）"), "int", 3, "years", "CQ-4.6.1-3", minimum=0),
    _S("cq.guidance_staff_min_consulting_years", gettext_noop("职业指导人员咨询或培训相关工作年限（含）"), "int", 3, "years",
       "CQ-4.6.1-5", minimum=0),
    _S("cq.guidance_staff_min_industry_years", gettext_noop("职业指导人员相关行业从业年限（含）"), "int", 5, "years", "CQ-4.6.1-5",
       minimum=0),
    _S("cq.annual_training_hours", gettext_noop("职业指导人员每年业务培训课时"), "int", 60, "hours", "CQ-4.6.2-4",
       minimum=0, note=gettext_noop("建议值，参照北京细则每年60学时。")),
    _S("cq.training_shortfall_check_date", gettext_noop("培训课时不足检查日（月-日）"), "str", "12-01", "none", "CQ-4.6.2-4",
       note=gettext_noop("每年12月1日仍不足者提示专业管理人员。")),
    _S("cq.withdrawal_unreachable_days", gettext_noop("无法联系视为退出的天数"), "int", 60, "calendar_days", "CQ-6.1-4",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.withdrawal_min_contact_attempts", gettext_noop("视为退出前最少联系尝试次数"), "int", 3, "count", "CQ-6.1-4",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.plan_period_days", gettext_noop("就业计划默认期限"), "int", 90, "calendar_days", "CQ-6.1.4-1", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.plan_first_follow_up_workdays", gettext_noop("就业计划首次跟进时限"), "int", 5, "working_days", "CQ-6.1.5-1",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.plan_follow_up_max_interval_days", gettext_noop("就业计划跟进最长间隔"), "int", 30, "calendar_days", "CQ-6.1.5-1",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.vacancy_overdue_days", gettext_noop("岗位未能及时招聘到人的天数"), "int", 30, "calendar_days", "CQ-6.2.3-1",
       minimum=1, note=gettext_noop("建议值，自开始招聘起。")),
    _S("cq.policy_display_update_workdays", gettext_noop("政策宣传内容更新时限"), "int", 5, "working_days", "CQ-7.1.1-3",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.material_lead_workdays", gettext_noop("团体指导宣讲材料提前送达工作日数"), "int", 2, "working_days", "CQ-7.1.2-1",
       minimum=1, loosen_direction="down"),
    _S("cq.report_feedback_workdays", gettext_noop("测评报告反馈时限"), "int", 5, "working_days", "CQ-7.1.7-2", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.archive_retention_years", gettext_noop("档案保存期限（结案后）"), "int", 5, "years", "CQ-7.2.2-4", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.referral_initiation_workdays", gettext_noop("发起转介时限"), "int", 1, "working_days", "CQ-8.1.1-2", minimum=1, note=gettext_noop("建议值。")),
    _S("cq.referral_appointment_workdays", gettext_noop("接受转介后预约访谈时限"), "int", 3, "working_days", "CQ-8.1.4-1",
       minimum=1, note=gettext_noop("建议值。")),
    _S("cq.experience_summary_interval_months", gettext_noop("指导经验总结周期"), "int", 3, "months", "CQ-9.2.1-2", minimum=1,
       note=gettext_noop("建议值：每季度。")),
    _S("cq.self_evaluation_interval_months", gettext_noop("自我评价周期"), "int", 12, "months", "CQ-9.2.2-1", minimum=1,
       note=gettext_noop("建议值：每年。")),

    # ---- CZ: Changzhou career-guidance expert team rules -----------------------------------
    _S("cz.max_age", gettext_noop("专家年龄原则上不超过（周岁）"), "int", 65, "years", "CZ-4-6", minimum=18,
       note=gettext_noop("“不超过”含本数；超过仅提示，须书面说明。")),
    _S("cz.c1a_min_years", gettext_noop("公共就业服务机构工作人员从事就业服务年限（含）"), "int", 3, "years", "CZ-5-2", minimum=0),
    _S("cz.c1a_lowest_certificate_level", gettext_noop("公共就业服务机构人员证书最低等级（三级以上）"), "int", 3, "none", "CZ-5-3",
       minimum=1, maximum=5, note=gettext_noop("等级数字越小级别越高，“三级以上”即等级≤3。")),
    _S("cz.c1b_min_years", gettext_noop("经营性人力资源服务机构工作经验年限（含）"), "int", 3, "years", "CZ-5-5", minimum=0),
    _S("cz.c1b_lowest_certificate_level", gettext_noop("经营性人力资源服务机构人员证书最低等级（二级以上）"), "int", 2, "none", "CZ-5-5",
       minimum=1, maximum=5),
    _S("cz.c2_min_years", gettext_noop("相关专业人员从业年限（含）"), "int", 5, "years", "CZ-5-7", minimum=0),
    _S("cz.c3_min_years", gettext_noop("企业管理人员管理企业年限（含）"), "int", 5, "years", "CZ-5-8", minimum=0),
    _S("cz.c4_min_years", gettext_noop("“1028”产业体系从业年限（含）"), "int", 5, "years", "CZ-5-11", minimum=0),
    _S("cz.application_round_interval_years", gettext_noop("集中申请周期"), "int", 2, "years", "CZ-6-4", minimum=1,
       note=gettext_noop("“一般每两年”，提前开展须说明理由。")),
    _S("cz.batch_deadline_workdays", gettext_noop("推荐单位报送截止（申报截止后）"), "int", 10, "working_days", "CZ-6-10",
       minimum=0, note=gettext_noop("建议值。")),
    _S("cz.notice_period_workdays", gettext_noop("拟聘专家公示期"), "int", 5, "working_days", "CZ-7-7", minimum=1, loosen_direction="down"),
    _S("cz.term_years", gettext_noop("专家聘期"), "int", 5, "years", "CZ-7-14", minimum=1),
    _S("cz.renewal_window_days", gettext_noop("续聘申请窗口（聘期届满前）"), "int", 90, "calendar_days", "CZ-8-2", minimum=1,
       note=gettext_noop("建议值。")),
    _S("cz.renewal_reminder_days", gettext_noop("续聘再次提醒（聘期届满前）"), "int", 30, "calendar_days", "CZ-8-2", minimum=0,
       note=gettext_noop("建议值。")),
    _S("cz.barring_exit_grounds", gettext_noop("导致不再聘任的解聘情形（G编号）"), "int_list", [1, 2, 3, 4, 7], "none", "CZ-9-7",
       minimum=1, maximum=7, note=gettext_noop("默认G1、G2、G3、G4、G7；加入5、6即为字面解释。")),
    _S("cz.unreachable_min_failed_attempts", gettext_noop("长期无法联系：最少失败联系次数"), "int", 3, "count", "CZ-9-11",
       minimum=1, note=gettext_noop("建议值，仅作标记。")),
    _S("cz.unreachable_min_days", gettext_noop("长期无法联系：最少持续天数"), "int", 90, "calendar_days", "CZ-9-11",
       minimum=1, note=gettext_noop("建议值，仅作标记。")),
    _S("cz.archive_retention_years", gettext_noop("专家档案保存期限（聘期结束后）"), "int", 10, "years", "CZ-11-3", minimum=1,
       note=gettext_noop("建议值。")),
    _S("cz.feedback_reply_workdays", gettext_noop("反馈意见答复时限"), "int", 15, "working_days", "CZ-11-9", minimum=1, note=gettext_noop("建议值。")),
    _S("cz.service_log_entry_workdays", gettext_noop("服务日志填报时限"), "int", 5, "working_days", "CZ-A2-1", minimum=1, note=gettext_noop("建议值。")),

    # ---- HN: Huainan master studio rules ---------------------------------------------------
    _S("hn.rounds_per_year", gettext_noop("每年评审认定次数"), "int", 1, "count", "HN-3-2", minimum=1),
    _S("hn.lead_master_min_years", gettext_noop("领衔职业指导大师就业服务工作年限（含）"), "int", 10, "years", "HN-5-1", minimum=0),
    _S("hn.min_lead_masters", gettext_noop("工作室领衔大师最少人数"), "int", 1, "count", "HN-5-7", minimum=1),
    _S("hn.min_staff", gettext_noop("工作室工作人员最少人数（不含大师）"), "int", 2, "count", "HN-5-7", minimum=0),
    _S("hn.min_panel_experts", gettext_noop("评审专家最少人数"), "int", 7, "count", "HN-6-6", minimum=1, loosen_direction="down"),
    _S("hn.pass_threshold_fraction", gettext_noop("票决通过比例（分子、分母）"), "int_list", [2, 3], "none", "HN-6-11",
       minimum=1, note=gettext_noop("建议值：同意票不少于到会且未回避专家的三分之二，向上取整。")),
    _S("hn.notice_period_workdays", gettext_noop("拟认定工作室公示期"), "int", 5, "working_days", "HN-6-14", minimum=1,
       loosen_direction="down"),
    _S("hn.material_copies", gettext_noop("申报材料纸质份数"), "int", 2, "count", "HN-7-1", minimum=1),
    _S("hn.one_time_subsidy_yuan", gettext_noop("市级工作室一次性补助金额"), "int", 50000, "yuan", "HN-8-2", minimum=0),
    _S("hn.min_regional_exchanges_per_quarter", gettext_noop("每季度区域性服务交流活动次数"), "int", 1, "count", "HN-10-1",
       minimum=0, loosen_direction="down"),
    _S("hn.min_theme_activities_per_year", gettext_noop("每年“四进”主题活动次数"), "int", 2, "count", "HN-10-2",
       minimum=0, loosen_direction="down"),
    _S("hn.min_backbone_trainees_per_year", gettext_noop("每年培养公共就业服务骨干人数"), "int", 2, "count", "HN-10-3",
       minimum=0, loosen_direction="down"),
    _S("hn.target_warning_days", gettext_noop("目标未完成预警天数（周期结束前）"), "int", 30, "calendar_days", "HN-10-8", minimum=0,
       note=gettext_noop("建议值。")),
    _S("hn.evaluation_term_years", gettext_noop("期满评估周期"), "int", 2, "years", "HN-11-4", minimum=1, note=gettext_noop("建议值，与两年规划一致。")),
    _S("hn.work_plan_due_days", gettext_noop("首个两年工作规划提交时限（认定后）"), "int", 30, "calendar_days", "HN-11-5", minimum=1,
       note=gettext_noop("建议值。")),
    _S("hn.master_absence_exit_years", gettext_noop("领衔大师空缺达到该年限提示自然退出"), "int", 1, "years", "HN-11-10", minimum=1),
    _S("hn.rectification_months", gettext_noop("考核不合格限期整改期限"), "int", 3, "months", "HN-11-14", minimum=1, note=gettext_noop("建议值。")),
    _S("hn.id_copy_retention_years", gettext_noop("未获认定申报的身份证复印件保存期限（批次结束后）"), "int", 1, "years", "HN-7-5",
       minimum=0, note=gettext_noop("建议值；已认定工作室的复印件随工作室档案保存。")),
    _S("hn.min_sample_size", gettext_noop("资金抽检每次最少抽取工作室数"), "int", 1, "count", "HN-9-2", minimum=1,
       note=gettext_noop("建议值；每次抽取数量由市人社局确定。")),
    _S("hn.continuation_decision_window_days", gettext_noop("空缺满一年后作出是否存续决定的期限"), "int", 30, "calendar_days",
       "HN-11-10", minimum=0, note=gettext_noop("建议值；原文未规定时限，到期未决定显示为逾期。")),

    # ---- SD: Shandong opinion on the career-guidance workforce -----------------------------
    _S("sd.target_period_start", gettext_noop("“十四五”目标期开始日期"), "str", "2021-01-01", "none", "SD-G-8"),
    _S("sd.target_period_end", gettext_noop("“十四五”目标期结束日期"), "str", "2025-12-31", "none", "SD-G-8"),
    _S("sd.studio_reassessment_months", gettext_noop("职业指导工作室规范化建设复评周期"), "int", 12, "months", "SD-8-2",
       minimum=1, note=gettext_noop("建议值：每年复评一次。")),
    _S("sd.training_plan_cycle_months", gettext_noop("分级分类培训计划周期"), "int", 12, "months", "SD-1-2", minimum=1,
       note=gettext_noop("建议值：每年。")),
    _S("sd.hei_max_graduates_per_counsellor", gettext_noop("高校每名专职职业指导人员对应毕业生上限"), "int", 500, "count", "SD-4-2",
       minimum=1, note=gettext_noop("建议值，来自全国1:500标准，须经确认。")),
    _S("sd.chief_counsellor_certificate_level", gettext_noop("首席职业指导师所需证书等级"), "int", 1, "none", "SD-5-1",
       minimum=1, maximum=5, note=gettext_noop("一级为最高等级。")),
    _S("sd.chief_counsellor_warning_min_years", gettext_noop("首席职业指导师实践经验提示年限"), "int", 10, "years", "SD-5-1", minimum=0,
       note=gettext_noop("建议值，仅提示。")),
    _S("sd.chief_counsellor_term_years", gettext_noop("首席职业指导师任期"), "int", 1, "years", "SD-5-3", minimum=1, note=gettext_noop("建议值。")),
    _S("sd.min_school_studios_per_hei", gettext_noop("每所高校校级职业生涯咨询工作室最少数"), "int", 1, "count", "SD-8-5",
       minimum=0, loosen_direction="down"),
    _S("sd.course_start_year_of_study", gettext_noop("职业发展与就业指导课程开设起始年级"), "int", 1, "none", "SD-13-3",
       minimum=1, loosen_direction="up"),
    _S("sd.gold_studio_quota", gettext_noop("全省职业指导金牌工作室数量（家）"), "int", 30, "count", "SD-20-2",
       minimum=0, loosen_direction="up"),
    _S("sd.golden_course_quota", gettext_noop("全省职业指导金课数量（门）"), "int", 30, "count", "SD-20-2",
       minimum=0, loosen_direction="up"),
    _S("sd.career_guidance_star_quota", gettext_noop("全省职业指导之星数量（名）"), "int", 50, "count", "SD-20-2",
       minimum=0, loosen_direction="up"),
    _S("sd.results_summary_interval_months", gettext_noop("职业指导服务成果总结周期"), "int", 12, "months", "SD-S-3", minimum=1,
       note=gettext_noop("建议值。")),
)


def _index(settings: tuple[SettingDef, ...]) -> Mapping[str, SettingDef]:
    index: dict[str, SettingDef] = {}
    for setting in settings:
        if setting.key in index:
            raise ValueError(f"duplicate policy setting key {setting.key!r}")
        if setting.document not in DOCUMENTS:
            raise ValueError(f"{setting.key}: key must start with a document prefix")
        index[setting.key] = setting
    return MappingProxyType(index)


#: key -> SettingDef, in registry order.
SETTINGS: Mapping[str, SettingDef] = _index(_SETTINGS)


def setting_get(key: str) -> SettingDef:
    """The setting named ``key``; an unknown key is a programming error."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"unknown policy setting {key!r}: add it to careerguide/policy/registry.py with its clause") from None


def defaults() -> dict[str, Any]:
    """Every setting's document default, keyed by setting key."""
    return {key: setting.default for key, setting in SETTINGS.items()}
