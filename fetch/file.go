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
	// Lexically outside: refused without touching the file system, so errors
	// cannot tell which paths exist elsewhere.
	if !p.inFileDirs(filepath.Clean(path)) {
		return nil, fmt.Errorf("%w: %s is outside the allowed directories", ErrRefused, quote(path))
	}
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

// inFileDirs reports whether the clean absolute path lies inside one of the
// FileDirs, as written or with their symlinks resolved.
func (p Policy) inFileDirs(path string) bool {
	for _, d := range p.FileDirs {
		if within(filepath.Clean(d), path) {
			return true
		}
		if rd, err := filepath.EvalSymlinks(d); err == nil && within(rd, path) {
			return true
		}
	}
	return false
}

func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// unwrapPath drops the *PathError wrapper (its path is already in our
// message) but keeps the cause for errors.Is.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
