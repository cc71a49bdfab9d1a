package borrower

import (
	"strconv"

	"github.com/loandesk/loandesk/bot/reply"
)

// neutral reports whether s reads the same in both Chinese scripts ("20年"),
// so it says nothing about which one the customer writes.
func (a *Assistant) neutral(s string) bool {
	return a.reply.Script(reply.Hant, s) == s
}

// months in Chinese and English.
func zhMonths(n int) string {
	if n%12 == 0 && n >= 12 {
		return strconv.Itoa(n/12) + " 年（" + strconv.Itoa(n) + " 期）"
	}
	return strconv.Itoa(n) + " 个月"
}

func enMonths(n int) string {
	if n == 1 {
		return "1 month"
	}
	if n%12 == 0 && n >= 12 {
		y := n / 12
		if y == 1 {
			return "1 year (12 months)"
		}
		return strconv.Itoa(y) + " years (" + strconv.Itoa(n) + " months)"
	}
	return strconv.Itoa(n) + " months"
}

func zhMethod(m string) string {
	switch m {
	case "equal_installment":
		return "等额本息"
	case "equal_principal":
		return "等额本金"
	case "interest_only":
		return "先息后本"
	}
	return m
}

func enMethod(m string) string {
	switch m {
	case "equal_installment":
		return "equal installments"
	case "equal_principal":
		return "equal principal"
	case "interest_only":
		return "interest only"
	}
	return m
}
