package distribution

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// The JSON form, earners and tokens in ascending address order, addresses in checksummed hex and
// amounts as decimal strings (JSON numbers lose precision above 2^53 in most readers):
//
//	{"earners": [
//	  {"earner": "0x…", "tokens": [{"token": "0x…", "cumulativeEarnings": "1000"}]}
//	]}
type jsonDistribution struct {
	Earners []jsonEarner `json:"earners"`
}

type jsonEarner struct {
	Earner address     `json:"earner"`
	Tokens []jsonToken `json:"tokens"`
}

type jsonToken struct {
	Token              address `json:"token"`
	CumulativeEarnings string  `json:"cumulativeEarnings"`
}

// address is written checksummed (common.Address writes lower case) and read as common.Address
// reads it: 0x and exactly 40 hex digits.
type address common.Address

func (a address) MarshalText() ([]byte, error) { return []byte(common.Address(a).Hex()), nil }

func (a *address) UnmarshalText(b []byte) error { return (*common.Address)(a).UnmarshalText(b) }

// MarshalJSON encodes d in its stable, sorted form.
func (d *Distribution) MarshalJSON() ([]byte, error) {
	out := jsonDistribution{Earners: []jsonEarner{}}
	for _, earner := range d.Earners() {
		je := jsonEarner{Earner: address(earner), Tokens: []jsonToken{}}
		for _, token := range d.Tokens(earner) {
			je.Tokens = append(je.Tokens, jsonToken{Token: address(token), CumulativeEarnings: d.earnings[earner][token].String()})
		}
		out.Earners = append(out.Earners, je)
	}
	return json.Marshal(out)
}

// UnmarshalJSON replaces d with the distribution in b. Unknown fields, repeated earners or
// tokens, malformed addresses and amounts that are not plain decimal uint256 are errors.
func (d *Distribution) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var in jsonDistribution
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("decode distribution: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("decode distribution: data after the object")
	}
	out := New()
	seen := make(map[common.Address]bool, len(in.Earners))
	for i, je := range in.Earners {
		earner := common.Address(je.Earner)
		if seen[earner] {
			return fmt.Errorf("decode distribution: earner %s listed twice", earner.Hex())
		}
		seen[earner] = true
		for j, jt := range je.Tokens {
			token := common.Address(jt.Token)
			amount, err := parseAmount(jt.CumulativeEarnings)
			if err != nil {
				return fmt.Errorf("decode distribution: earners[%d].tokens[%d]: %w", i, j, err)
			}
			if _, dup := out.earnings[earner][token]; dup {
				return fmt.Errorf("decode distribution: earner %s lists token %s twice", earner.Hex(), token.Hex())
			}
			if err := out.Set(earner, token, amount); err != nil {
				return fmt.Errorf("decode distribution: earners[%d].tokens[%d]: %w", i, j, err)
			}
		}
	}
	d.earnings = out.earnings
	return nil
}

// parseAmount accepts only decimal digits: no sign, no 0x, no exponent, no separators.
func parseAmount(s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("%w: empty cumulativeEarnings", ErrInvalidAmount)
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("%w: cumulativeEarnings %q is not a decimal number", ErrInvalidAmount, s)
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%w: cumulativeEarnings %q", ErrInvalidAmount, s)
	}
	return v, nil
}

// WriteFile writes d as indented JSON to path, through a temporary file renamed into place so a
// server reading path never sees half a file.
func (d *Distribution) WriteFile(path string) error {
	raw, err := d.MarshalJSON()
	if err != nil {
		return fmt.Errorf("encode distribution: %w", err)
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return fmt.Errorf("encode distribution: %w", err)
	}
	buf.WriteByte('\n')
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// ReadFile reads a distribution written by WriteFile (or any JSON in the same form).
func ReadFile(path string) (*Distribution, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d := New()
	if err := d.UnmarshalJSON(raw); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return d, nil
}
