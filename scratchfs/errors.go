package scratchfs

import (
	"errors"
	"io/fs"
)

// Errno is one of the few reasons an operation fails. The set is small on
// purpose: each value maps to exactly one WASI errno and one Linux errno,
// so the engine's WASI and the x86 emulator's syscalls translate with a
// switch and never need to inspect messages.
type Errno uint8

// The errors every operation returns, possibly wrapped in a *PathError.
// Compare with errors.Is or extract with Code.
const (
	ErrNotExist    Errno = iota + 1 // ENOENT
	ErrExist                        // EEXIST
	ErrNotDir                       // ENOTDIR
	ErrIsDir                        // EISDIR
	ErrNotEmpty                     // ENOTEMPTY
	ErrNoSpace                      // ENOSPC: the byte budget is exhausted
	ErrLoop                         // ELOOP: too many symlinks, or O_NOFOLLOW on a symlink
	ErrNameTooLong                  // ENAMETOOLONG
	ErrInvalid                      // EINVAL
	ErrBadHandle                    // EBADF: closed handle, or no read/write access
	ErrReadOnly                     // EROFS: a read-only seeded node
	ErrPerm                         // EPERM: hard link to a directory, or a path escaping its base in confined mode
	ErrFileTooBig                   // EFBIG: an offset beyond MaxFileSize
	ErrBusy                         // EBUSY: removing or renaming the root
	ErrXDev                         // EXDEV: a link or rename between two file systems
)

var errnoText = [...]string{
	ErrNotExist:    "no such file or directory",
	ErrExist:       "file exists",
	ErrNotDir:      "not a directory",
	ErrIsDir:       "is a directory",
	ErrNotEmpty:    "directory not empty",
	ErrNoSpace:     "no space left on device",
	ErrLoop:        "too many levels of symbolic links",
	ErrNameTooLong: "file name too long",
	ErrInvalid:     "invalid argument",
	ErrBadHandle:   "bad file descriptor",
	ErrReadOnly:    "read-only file system",
	ErrPerm:        "operation not permitted",
	ErrFileTooBig:  "file too large",
	ErrBusy:        "device or resource busy",
	ErrXDev:        "invalid cross-device link",
}

// linuxErrno are the x86-64 Linux numbers of the Errno values.
var linuxErrno = [...]int{
	ErrNotExist:    2,  // ENOENT
	ErrExist:       17, // EEXIST
	ErrNotDir:      20, // ENOTDIR
	ErrIsDir:       21, // EISDIR
	ErrNotEmpty:    39, // ENOTEMPTY
	ErrNoSpace:     28, // ENOSPC
	ErrLoop:        40, // ELOOP
	ErrNameTooLong: 36, // ENAMETOOLONG
	ErrInvalid:     22, // EINVAL
	ErrBadHandle:   9,  // EBADF
	ErrReadOnly:    30, // EROFS
	ErrPerm:        1,  // EPERM
	ErrFileTooBig:  27, // EFBIG
	ErrBusy:        16, // EBUSY
	ErrXDev:        18, // EXDEV
}

// Linux returns the Linux errno (x86-64 numbering) for e, EIO (5) for an
// unknown value: what an emulated system call returns, negated.
func (e Errno) Linux() int {
	if int(e) < len(linuxErrno) && linuxErrno[e] != 0 {
		return linuxErrno[e]
	}
	return 5
}

func (e Errno) Error() string {
	if int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "unknown error"
}

// Is lets errors.Is(err, fs.ErrNotExist) and friends work, so callers
// written against io/fs need not know this package.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrNotExist:
		return e == ErrNotExist
	case fs.ErrExist:
		return e == ErrExist
	case fs.ErrPermission:
		return e == ErrPerm || e == ErrReadOnly
	case fs.ErrInvalid:
		return e == ErrInvalid
	case fs.ErrClosed:
		return e == ErrBadHandle
	}
	return false
}

// PathError records the operation and path that failed. The path is the
// one the caller passed, never a host path.
type PathError struct {
	Op   string
	Path string
	Err  Errno
}

func (e *PathError) Error() string { return "scratchfs: " + e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// Code returns the Errno inside err, or 0 when err is nil or not from this
// package.
func Code(err error) Errno {
	var e Errno
	if errors.As(err, &e) {
		return e
	}
	return 0
}

func pathErr(op, path string, err error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(Errno); ok {
		return &PathError{Op: op, Path: path, Err: e}
	}
	return err
}
