// Command hashutil is the hashing/compression template.
//
// Usage (argv[1] selects the mode, default sha256):
//
//	sha256 | sha512 | crc32   print the lower-case hex digest of stdin and a newline
//	gzip                      write stdin gzip-compressed (no name, mtime 0: deterministic)
//	gunzip                    write the decompressed stdin
//
// Exit 1 on bad input or an unknown mode.
package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
)

func main() {
	mode := "sha256"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	if err := run(mode, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hashutil:", err)
		os.Exit(1)
	}
}

func run(mode string, in io.Reader, out io.Writer) error {
	var h hash.Hash
	switch mode {
	case "sha256":
		h = sha256.New()
	case "sha512":
		h = sha512.New()
	case "crc32":
		h = crc32.NewIEEE()
	case "gzip":
		w := bufio.NewWriterSize(out, 64<<10)
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := io.Copy(zw, in); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		return w.Flush()
	case "gunzip":
		zr, err := gzip.NewReader(in)
		if err != nil {
			return err
		}
		_, err = io.Copy(out, zr)
		return err
	default:
		return fmt.Errorf("unknown mode %q (sha256, sha512, crc32, gzip, gunzip)", mode)
	}
	// Large reads: stdin is in memory, so fewer host calls is all that matters.
	if _, err := io.CopyBuffer(h, in, make([]byte, 1<<20)); err != nil {
		return err
	}
	_, err := fmt.Fprintf(out, "%x\n", h.Sum(nil))
	return err
}
