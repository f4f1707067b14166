package runner

import (
	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
)

// requestSpec is the resolved request's definition as the reports show it.
func requestSpec(r *collections.Request) *events.RequestSpec {
	s := &events.RequestSpec{Description: r.Description, Proxy: r.Proxy, Certificate: r.Certificate,
		FalsyProxy: r.FalsyProxy, FalsyCertificate: r.FalsyCertificate}
	for _, h := range r.Headers {
		s.Headers = append(s.Headers, events.SpecField{Key: h.Key, Value: h.Value, JSON: h.JSON, Disabled: h.Disabled})
	}
	if b := r.Body; b != nil {
		bs := &events.BodySpec{Mode: b.Mode, Raw: b.Raw, RawJSON: b.RawJSON, Options: b.Options, Disabled: b.Disabled}
		fields := b.URLEncoded
		if b.Mode == "formdata" {
			fields = b.FormData
		}
		if b.Mode == "urlencoded" || b.Mode == "formdata" {
			bs.Fields = specFields(fields)
		}
		if b.Mode != "urlencoded" && b.URLEncoded != nil {
			bs.URLEncoded = specFields(b.URLEncoded)
		}
		if b.File != nil {
			bs.FileSrc = b.File.Src
		}
		if b.GraphQL != nil {
			g := b.GraphQL
			bs.GraphQL = &events.GraphQLSpec{Query: g.Query, Variables: g.Variables, NoQuery: g.NoQuery, QueryJSON: g.QueryJSON,
				OperationName: g.OperationName, HasOperationName: g.HasOperationName, VariablesJSON: g.VariablesJSON, HasVariables: g.HasVariables}
		}
		s.Body = bs
	}
	if a := r.Auth; a != nil {
		as := &events.AuthSpec{Type: a.Type}
		for _, p := range a.Params {
			as.Params = append(as.Params, events.AuthParam{Key: p.Key, Value: p.Value, Type: p.Type, NoValue: p.NoValue})
		}
		s.Auth = as
	}
	return s
}

func specFields(fs []collections.FormParam) []events.SpecField {
	out := make([]events.SpecField, 0, len(fs))
	for _, f := range fs {
		out = append(out, events.SpecField{Key: f.Key, Value: f.Value, JSON: f.JSON, NoValue: f.NoValue, NoKey: f.NoKey, Type: f.Type, Src: f.Src,
			ContentType: f.ContentType, Disabled: f.Disabled})
	}
	return out
}
