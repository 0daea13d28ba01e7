package modstore

import (
	"bufio"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// MinTokenLength is the shortest upload token LoadTokens accepts.
const MinTokenLength = 16

// LoadTokens reads upload tokens from a file: one "name:token" per line,
// blank lines and lines starting with # ignored. The result maps token to
// uploader name (several tokens may share a name, and its quota). Errors
// name the line, never the token.
func LoadTokens(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("upload tokens: %w", err)
	}
	defer f.Close()
	tokens := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, token, ok := strings.Cut(line, ":")
		name, token = strings.TrimSpace(name), strings.TrimSpace(token)
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("upload tokens %s line %d: want name:token", path, n)
		}
		if len(token) < MinTokenLength {
			return nil, fmt.Errorf("upload tokens %s line %d: token shorter than %d characters", path, n, MinTokenLength)
		}
		if _, dup := tokens[token]; dup {
			return nil, fmt.Errorf("upload tokens %s line %d: token repeated", path, n)
		}
		tokens[token] = name
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("upload tokens %s: %w", path, err)
	}
	return tokens, nil
}

// tokenSet checks bearer tokens in constant time: tokens are kept as sha256
// digests (equal lengths, so the comparison leaks no length either) and
// every one is compared on each request.
type tokenSet []struct {
	hash [32]byte
	name string
}

func newTokenSet(tokens map[string]string) (tokenSet, error) {
	var ts tokenSet
	for tok, name := range tokens {
		if len(tok) < MinTokenLength {
			// Names nothing: with token and name swapped by mistake, the
			// "name" would be the secret.
			return nil, fmt.Errorf("an upload token is shorter than %d characters (Tokens maps token to name)", MinTokenLength)
		}
		if name == "" {
			return nil, errors.New("upload token without an uploader name")
		}
		ts = append(ts, struct {
			hash [32]byte
			name string
		}{sha256.Sum256([]byte(tok)), name})
	}
	return ts, nil
}

// uploader returns the name behind r's "Authorization: Bearer" token.
func (ts tokenSet) uploader(r *http.Request) (string, bool) {
	auth := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || tok == "" {
		return "", false
	}
	h := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	found := ""
	for _, t := range ts {
		if subtle.ConstantTimeCompare(h[:], t.hash[:]) == 1 {
			found = t.name
		}
	}
	return found, found != ""
}
