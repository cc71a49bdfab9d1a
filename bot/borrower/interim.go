package borrower

// faq is interim while knowledge/kb is written.
func (tr *turn) faq() msg { return tr.unknown() }
