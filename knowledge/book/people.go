// Package book is the bank's customer book as LoanDesk sees it: customers,
// staff, loan accounts as the core banking system hands them over, the live
// view of an account on a date (the PROTOCOL "loan" object), customer tiers,
// and the demo book.
package book

// Languages a customer may prefer.
const (
	LangZhHans = "zh-Hans"
	LangZhHant = "zh-Hant"
	LangEn     = "en"
)

// Staff roles.
const (
	RoleManager = "manager"
	RoleAgent   = "agent"
	RoleAdmin   = "admin"
)

// Customer is a borrower. Phone is raw: mask it before it leaves for a log or an LLM.
type Customer struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	NameEn    string `json:"name_en,omitempty"`
	Lang      string `json:"lang"`
	ManagerID string `json:"manager_id"`
	Phone     string `json:"phone"`
	Segment   string `json:"segment"`
}

// Staff is a bank employee using LoanDesk; Skills route handoffs to agents
// ("hardship", "complaints", "mortgage", "general").
type Staff struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Role   string   `json:"role"`
	Skills []string `json:"skills,omitempty"`
}
