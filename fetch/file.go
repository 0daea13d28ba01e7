package fetch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// readFile reads a local file for a file:// URI. The path must resolve
// (symlinks followed) inside one of FileDirs and be a regular file. Errors
// name the refusal, never the content.
func (p Policy) readFile(ctx context.Context, path string, maxBytes int64) ([]byte, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), unwrapPath(err))
	}
	if !p.inFileDirs(real) {
		return nil, fmt.Errorf("%w: %s is outside the allowed directories", ErrRefused, quote(path))
	}
	// Stat before opening, so devices and FIFOs are never even opened.
	if st, err := os.Stat(real); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), unwrapPath(err))
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is not a regular file", ErrRefused, quote(path))
	}
	// O_NONBLOCK: should the path have been swapped for a FIFO or device
	// since the stat, opening it still returns at once; O_NOFOLLOW: nor a
	// symlink in the last component.
	f, err := os.OpenFile(real, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), unwrapPath(err))
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is not a regular file", ErrRefused, quote(path))
	}
	// Where the descriptor really points (Linux): catches a directory
	// swapped for a symlink between resolution and open.
	if opened, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(int(f.Fd()))); err == nil && !p.inFileDirs(opened) {
		return nil, fmt.Errorf("%w: %s is outside the allowed directories", ErrRefused, quote(path))
	}
	if st.Size() > maxBytes {
		return nil, fmt.Errorf("fetch %s: %w: %d bytes, cap %d", quote(path), ErrTooLarge, st.Size(), maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), err)
	}
	b, err := readCapped(f, maxBytes)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", quote(path), unwrapPath(err))
	}
	return b, nil
}

// inFileDirs reports whether the resolved path real lies inside one of the
// (resolved) FileDirs.
func (p Policy) inFileDirs(real string) bool {
	for _, d := range p.FileDirs {
		rd, err := filepath.EvalSymlinks(d)
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(rd, real); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return true
		}
	}
	return false
}

// unwrapPath drops the *PathError wrapper (its path is already in our
// message) but keeps the cause for errors.Is.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
