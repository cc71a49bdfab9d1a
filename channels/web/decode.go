package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"
)

// Request bodies are decoded strictly: the body must be one JSON object of
// valid UTF-8 within Config.MaxBodyBytes; every known field is decoded on its
// own so a bad value is answered with invalid_<field>; a field the endpoint
// does not know is refused with unknown_field (a typo such as "term_month"
// must not silently fall back to a default in a loan calculation); null counts
// as absent.

// readBody reads at most limit bytes of r's body.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *apiError) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &apiError{http.StatusRequestEntityTooLarge, codeBodyTooLarge,
				fmt.Sprintf("the body must be at most %d bytes", limit)}
		}
		return nil, errBadRequest(codeInvalidJSON, "could not read the body")
	}
	return body, nil
}

// reqObject is a request's top-level JSON object, field by field.
type reqObject map[string]json.RawMessage

// parseObject checks body is one JSON object of valid UTF-8.
func parseObject(body []byte) (reqObject, *apiError) {
	if !utf8.Valid(body) {
		return nil, errBadRequest(codeInvalidJSON, "the body is not valid UTF-8")
	}
	var obj reqObject
	if err := json.Unmarshal(body, &obj); err != nil || obj == nil {
		return nil, errBadRequest(codeInvalidJSON, "the body must be a JSON object")
	}
	return obj, nil
}

// field names a request field and where its value goes.
type field struct {
	name     string
	dst      any // a pointer json.Unmarshal fills
	required bool
}

func req(name string, dst any) field { return field{name, dst, true} }
func opt(name string, dst any) field { return field{name, dst, false} }

// present reports whether the object carries a non-null value for name.
func (o reqObject) present(name string) bool {
	raw, ok := o[name]
	return ok && strings.TrimSpace(string(raw)) != "null"
}

// decode fills fs from o, refusing unknown fields and naming the first bad one.
func (o reqObject) decode(fs ...field) *apiError {
	known := make([]string, len(fs))
	for i, f := range fs {
		known[i] = f.name
	}
	var unknown []string
	for k := range o {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return errBadRequest(codeUnknownField, fmt.Sprintf("unknown field %q", clip(unknown[0], 40)))
	}
	for _, f := range fs {
		if !o.present(f.name) {
			if f.required {
				return errField(f.name, f.name+" is required")
			}
			continue
		}
		if err := json.Unmarshal(o[f.name], f.dst); err != nil {
			return errField(f.name, describe(f.name, err))
		}
	}
	return nil
}

// decodeRequest reads r's body and decodes fs from it.
func decodeRequest(w http.ResponseWriter, r *http.Request, limit int64, fs ...field) *apiError {
	body, e := readBody(w, r, limit)
	if e != nil {
		return e
	}
	obj, e := parseObject(body)
	if e != nil {
		return e
	}
	return obj.decode(fs...)
}

// describe turns a decoding error into a short message that does not echo input.
func describe(name string, err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("%s must be a %s", name, wantType(te.Type.Kind().String()))
	}
	return fmt.Sprintf("%s: %s", name, clip(err.Error(), 80))
}

func wantType(kind string) string {
	switch {
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"):
		return "whole number in range"
	case kind == "string":
		return "string"
	case kind == "bool":
		return "boolean"
	}
	return "valid value"
}

// clip keeps untrusted text short in messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
