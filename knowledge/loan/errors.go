package loan

// FieldError reports an invalid input field. Field is the wire name
// ("term_months"), so the HTTP layer answers 400 with code "invalid_"+Field.
// The other knowledge packages (lpr, product, book) return this same type.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return "invalid " + e.Field + ": " + e.Msg }

// fieldErr builds a *FieldError; a helper so validation reads as a list.
func fieldErr(field, msg string) error { return &FieldError{Field: field, Msg: msg} }
