package scratchfs

import (
	"fmt"
	"io/fs"
	"path"
)

// Seed copies the tree of src (files, directories and symlinks; other node
// types are skipped) into the directory dir, reading each file once, in
// lexical order, so that inode numbers are assigned the same way on every
// host given the same tree. Only names and contents are copied: times are
// the clock's, permissions and host inode numbers are dropped. Everything
// copied counts in the budget (a tree too large fails with ErrNoSpace
// before its files are read). With readOnly, dir and the copied nodes
// refuse changes (ErrReadOnly); otherwise the guest changes its copy and
// src is never written.
func (f *FS) Seed(dir *Node, src fs.FS, readOnly bool) error {
	if dir.kind != KindDir {
		return pathErr("seed", ".", ErrNotDir)
	}
	dirs := map[string]*Node{".": dir}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		parent := dirs[path.Dir(p)]
		name := path.Base(p)
		if parent == nil {
			return nil // below a skipped directory
		}
		if err := f.checkName(name); err != nil {
			return err
		}
		if parent.entries[name] != nil {
			return ErrExist
		}
		var n *Node
		switch t := d.Type(); {
		case t.IsDir():
			if err := f.reserve(NodeOverhead + entryCost(name)); err != nil {
				return err
			}
			n = f.newNode(KindDir)
			dirs[p] = n
		case t.IsRegular():
			info, err := d.Info()
			if err != nil {
				return err
			}
			if err := f.reserve(NodeOverhead + entryCost(name) + info.Size()); err != nil {
				return err
			}
			data, err := fs.ReadFile(src, p)
			if err == nil && int64(len(data)) != info.Size() {
				err = fmt.Errorf("changed size while being read (%d, then %d bytes)", info.Size(), len(data))
			}
			if err != nil {
				f.release(NodeOverhead + entryCost(name) + info.Size())
				return err
			}
			n = f.newNode(KindFile)
			n.data = data
			f.slack += int64(cap(data) - len(data))
		case t&fs.ModeSymlink != 0:
			target, err := fs.ReadLink(src, p)
			if err != nil {
				return err
			}
			if target == "" || len(target) > f.maxPath {
				return ErrInvalid
			}
			if err := f.reserve(NodeOverhead + entryCost(name) + int64(len(target))); err != nil {
				return err
			}
			n = f.newNode(KindSymlink)
			n.target = target
		default:
			return nil // devices, sockets, pipes: nothing a guest could use
		}
		n.nlink, n.readOnly = 1, readOnly
		f.addEntry(parent, name, n)
		return nil
	})
	if err != nil {
		return fmt.Errorf("scratchfs: seed: %w", err)
	}
	if readOnly {
		dir.readOnly = true
	}
	return nil
}
