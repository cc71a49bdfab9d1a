package kb

// source names the bank's own customer guide the answers summarise.
const source = "个人贷款客户服务指南 / Personal Loan Customer Guide (v1)"

// Defaults is the shipped FAQ. The prepayment fee answer matches the
// catalogue default (1% of the amount prepaid within the first 12 months).
func Defaults() []Entry {
	return []Entry{
		{ID: "prepay-fee", TitleZh: "提前还款有违约金吗？", TitleEn: "Is there a fee for prepaying?",
			AnswerZh: "贷款发放后12个月内提前还款，按提前还款金额的1%收取违约金；满12个月后提前还款不收取违约金。具体以借款合同约定为准，费用会在办理前明确告知。",
			AnswerEn: "Within the first 12 months of the loan, prepaying costs 1% of the amount prepaid; after 12 months there is no fee. Your loan contract governs, and any fee is shown before you confirm.",
			Source:   source, Keywords: []string{"违约金", "手续费", "罚息", "提前还款费用", "收费", "提前还款", "prepayment fee", "penalty", "fee", "prepay"}},
		{ID: "prepay-appointment", TitleZh: "提前还款需要预约吗？", TitleEn: "Do I need to book a prepayment?",
			AnswerZh: "需要。请在手机银行“贷款—提前还款”或联系客户经理预约，通常需在还款日前3个工作日提交申请；预约后按约定日期从还款账户扣款。",
			AnswerEn: "Yes. Book it in the mobile bank (Loans › Prepayment) or through your relationship manager, usually at least 3 working days before the chosen date; the amount is then debited from your repayment account on that date.",
			Source:   source, Keywords: []string{"预约", "提前多久", "多久", "怎么申请", "办理", "提前还款", "appointment", "book", "how long", "in advance", "prepay"}},
		{ID: "overdue-credit", TitleZh: "逾期一天会上征信吗？", TitleEn: "Does one day overdue reach my credit report?",
			AnswerZh: "逾期记录会按规定报送中国人民银行征信系统，即使只逾期一天也可能留下记录。请在还款日前确保账户余额充足；如已逾期，请尽快还清并联系我们。",
			AnswerEn: "Overdue records are reported to the PBOC credit reference system as regulations require; even one day overdue can leave a record. Keep enough in your repayment account before the due date, and if a payment is late, repay as soon as you can and contact us.",
			Source:   source, Keywords: []string{"征信", "信用记录", "逾期一天", "晚还", "一天", "逾期", "credit report", "credit record", "late", "overdue"}},
		{ID: "overdue-90", TitleZh: "逾期超过90天会怎样？", TitleEn: "What happens after 90 days overdue?",
			AnswerZh: "逾期超过90天的贷款将被列为不良贷款，逾期记录会进入征信报告，银行可能依合同采取催收或法律措施，抵押物可能被依法处置。如果还款有困难，请尽早联系我们商量还款安排。",
			AnswerEn: "Beyond 90 days overdue the loan becomes non-performing: the record stays on your credit report, and the bank may pursue collection or legal steps under the contract, including enforcing collateral. If you are struggling, contact us early to discuss a repayment arrangement.",
			Source:   source, Keywords: []string{"90天", "超过90", "三个月", "不良", "逾期很久", "逾期", "90 days", "non-performing", "overdue"}},
		{ID: "lpr", TitleZh: "LPR是什么？", TitleEn: "What is the LPR?",
			AnswerZh: "LPR即贷款市场报价利率，每月20日（遇节假日顺延）9时15分公布，分1年期和5年期以上两个品种。浮动利率贷款的利率 = LPR + 合同约定的加点（基点），加点在合同期内固定不变。",
			AnswerEn: "The LPR (Loan Prime Rate) is published on the 20th of each month (next working day on holidays) at 09:15, for 1-year and 5-year-plus terms. A floating-rate loan pays LPR plus the spread in its contract, which stays fixed for the loan's life.",
			Source:   source, Keywords: []string{"lpr", "贷款市场报价利率", "报价利率", "基点", "loan prime rate"}},
		{ID: "repricing-date", TitleZh: "重定价日是什么？", TitleEn: "What is a repricing date?",
			AnswerZh: "重定价日是浮动利率贷款按最新LPR调整利率的日子，默认为每年1月1日，也可以是贷款发放的周年日等合同约定日期。调整时采用该日之前最近一次公布的LPR，并按当时的剩余本金和剩余期数重新计算月供。",
			AnswerEn: "The repricing date is when a floating-rate loan's rate is reset to the latest LPR: January 1 by default, or another date in your contract such as the loan's anniversary. The LPR published most recently before that date applies, and the payment is recalculated on the remaining balance and months.",
			Source:   source, Keywords: []string{"重定价", "重定价日", "利率调整日", "调整日", "repricing", "reprice"}},
		{ID: "documents", TitleZh: "申请贷款需要哪些材料？", TitleEn: "What documents do I need to apply?",
			AnswerZh: "一般需要：本人有效身份证件、收入证明或近6个月银行流水、婚姻状况证明；房贷还需购房合同和首付款凭证；经营贷还需营业执照和经营流水；抵押类贷款需提供抵押物权属证明。具体以客户经理告知为准。",
			AnswerEn: "Usually: your valid ID, proof of income or 6 months of bank statements, and marital status documents; for a mortgage, the purchase contract and down-payment receipt; for a business loan, the business licence and business statements; for secured loans, proof of ownership of the collateral. Your relationship manager will confirm the list.",
			Source:   source, Keywords: []string{"材料", "资料", "证件", "证明", "准备什么", "准备哪些", "documents", "paperwork", "what do i need"}},
		{ID: "contact-change", TitleZh: "如何更改联系方式？", TitleEn: "How do I change my contact details?",
			AnswerZh: "请在手机银行“我的—个人信息”中更新手机号和地址，或携带身份证到任一网点办理。联系方式变更后，请确认能收到还款提醒短信。",
			AnswerEn: "Update your phone number and address in the mobile bank (Me › Personal details) or at any branch with your ID. Afterwards, check that repayment reminders reach you.",
			Source:   source, Keywords: []string{"换手机号", "换号", "手机号", "联系方式", "搬家", "地址", "新号码", "change my phone", "contact details", "new number", "address"}},
		{ID: "anti-fraud", TitleZh: "银行会让我提供验证码或转账到安全账户吗？", TitleEn: "Will the bank ask for a code or a transfer to a safe account?",
			AnswerZh: "不会。本行绝不会索要短信验证码、密码，不会要求转账到所谓“安全账户”，也不会在放款前收取任何费用；“包装流水、提高额度”的中介是诈骗。遇到此类要求请立即停止操作并拨打本行官方客服电话核实。",
			AnswerEn: "Never. The bank never asks for SMS codes or passwords, never asks you to move money to a so-called safe account, and never charges a fee before a loan is paid out; agents offering to dress up your statements for a bigger loan are fraudsters. Stop and call the bank's official service number.",
			Source:   source, Keywords: []string{"验证码", "安全账户", "包装流水", "中介", "先交费", "保证金", "解冻费", "转账", "verification code", "safe account", "upfront fee", "scam", "fraud"}},
		{ID: "hardship", TitleZh: "还款有困难怎么办？", TitleEn: "What if I can't keep up with repayments?",
			AnswerZh: "请尽早联系我们。根据情况，可以申请部分还款安排、延长期限（展期）或重组还款计划，由专人评估办理。逾期记录会报送征信，超过90天将成为不良贷款，所以越早沟通选择越多。",
			AnswerEn: "Contact us early. Depending on your situation we can look at a partial-payment arrangement, a term extension or a restructured plan, assessed by a specialist. Overdue records reach your credit report and beyond 90 days a loan becomes non-performing, so the earlier we talk the more options there are.",
			Source:   source, Keywords: []string{"困难", "还不上", "还不起", "失业", "裁员", "收入减少", "延期", "展期", "政策", "hardship", "can't pay", "cannot pay", "lost my job", "struggling"}},
	}
}
