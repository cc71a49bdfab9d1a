package storetest

// Book is the bank's book and LPR fixings (filled in once knowledge/book and
// knowledge/lpr exist).
type Book interface{}

var bookTests = []test{}
