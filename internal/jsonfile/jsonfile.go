// Package jsonfile reads a JSON file into a value, with the path in every error: the files
// are configuration and keys a person has to find and fix.
package jsonfile

import (
	"encoding/json"
	"fmt"
	"os"
)

// Read decodes the JSON file at path into v.
func Read(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}
