package collections

import (
	"os"
	"testing"
)

// BenchmarkDecodePartner is start-up work: decoding a 60 KB collection.
func BenchmarkDecodePartner(b *testing.B) {
	data, err := os.ReadFile("../examples/contio/partner_postman_collection.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode("p.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeV1 converts and decodes the v1 test collection.
func BenchmarkDecodeV1(b *testing.B) {
	data, err := os.ReadFile("testdata/v1/features.json")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Decode("v1.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeCSV parses a 1000-row data file.
func BenchmarkDecodeCSV(b *testing.B) {
	var data []byte
	data = append(data, "id,name,price,note\n"...)
	for i := range 1000 {
		data = append(data, []byte(string(rune('0'+i%10))+`,"name, quoted",12.5,  plain text  `+"\n")...)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := DecodeCSV("d.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}
