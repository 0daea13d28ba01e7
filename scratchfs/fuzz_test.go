package scratchfs

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The fuzz test runs random operation sequences on an FS and on a naive
// model (a map from path to node) and, after every operation, checks that
// both agree on success, on every directory listing, on file contents and
// on the bytes charged to the budget, which the model recomputes from
// scratch.

type mnode struct {
	kind   Kind
	data   *[]byte // shared by hard links
	target string
	id     int
}

type model struct {
	nodes  map[string]*mnode // "a", "a/b", ...; the root is implicit
	nextID int
}

func (m *model) parentOK(p string) bool {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return true
	}
	n := m.nodes[p[:i]]
	return n != nil && n.kind == KindDir && m.parentOK(p[:i])
}

func base(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func (m *model) children(dir string) []string {
	var out []string
	for p := range m.nodes {
		i := strings.LastIndexByte(p, '/')
		if (i < 0 && dir == "") || (i >= 0 && p[:i] == dir) {
			out = append(out, base(p))
		}
	}
	slices.Sort(out)
	return out
}

// used recomputes the budget charge: nodes once each, entries per name.
func (m *model) used() int64 {
	u := int64(NodeOverhead)
	seen := map[int]bool{}
	for p, n := range m.nodes {
		u += entryCost(base(p))
		if seen[n.id] {
			continue
		}
		seen[n.id] = true
		u += NodeOverhead + int64(len(n.target))
		if n.data != nil {
			u += int64(len(*n.data))
		}
	}
	return u
}

func (m *model) add(p string, n *mnode) {
	m.nextID++
	n.id = m.nextID
	m.nodes[p] = n
}

func (m *model) moveTree(from, to string) {
	moved := map[string]*mnode{}
	for p, n := range m.nodes {
		if p == from || strings.HasPrefix(p, from+"/") {
			moved[to+p[len(from):]] = n
			delete(m.nodes, p)
		}
	}
	for p, n := range moved {
		m.nodes[p] = n
	}
}

func compareTree(t *testing.T, f *FS, m *model, dir string, node *Node) {
	h, err := f.OpenNode(node, ORead)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ents, err := h.ReadDir(0)
	if err != nil {
		t.Fatalf("readdir %q: %v", dir, err)
	}
	var got []string
	for _, e := range ents[2:] {
		got = append(got, e.Name)
	}
	want := m.children(dir)
	if !slices.Equal(got, want) {
		t.Fatalf("readdir %q = %v, model %v", dir, got, want)
	}
	for _, e := range ents[2:] {
		p := e.Name
		if dir != "" {
			p = dir + "/" + e.Name
		}
		mn := m.nodes[p]
		c := node.entries[e.Name]
		if c.kind != mn.kind || e.Kind != mn.kind {
			t.Fatalf("%q kind %v, model %v", p, c.kind, mn.kind)
		}
		switch c.kind {
		case KindDir:
			compareTree(t, f, m, p, c)
		case KindFile:
			if !bytes.Equal(c.data, *mn.data) {
				t.Fatalf("%q holds %q, model %q", p, c.data, *mn.data)
			}
		case KindSymlink:
			if c.target != mn.target {
				t.Fatalf("%q -> %q, model %q", p, c.target, mn.target)
			}
		}
	}
}

func FuzzOps(f *testing.F) {
	f.Add([]byte{0, 0, 1, 1, 9, 2, 0, 50})
	f.Add([]byte{0, 1, 1, 4, 30, 5, 4, 7, 3, 4, 0, 6, 1, 2, 7, 4, 9})
	f.Add(bytes.Repeat([]byte{1, 7, 255, 2, 3, 200}, 20))
	f.Fuzz(checkOps)
}

// TestRandomOps runs long pseudo-random sequences through the same checks
// as FuzzOps, so plain `go test` covers more than the seed corpus.
func TestRandomOps(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		ops := make([]byte, 5000)
		for j := range ops {
			ops[j] = byte(rng.Uint32())
		}
		checkOps(t, ops)
	}
}

// checkOps interprets ops as a sequence of operations and checks the FS
// against the model after each.
func checkOps(t *testing.T, ops []byte) {
	const budget = 3000
	fsys, err := New(Options{Budget: budget})
	if err != nil {
		t.Fatal(err)
	}
	m := &model{nodes: map[string]*mnode{}}
	root := fsys.Root()
	pos := 0
	next := func() int {
		if pos >= len(ops) {
			return 0
		}
		pos++
		return int(ops[pos-1])
	}
	path := func() string {
		v := next()
		names := []string{"a", "b", "c"}
		p := names[v%3]
		for d := v / 3 % 3; d > 0; d-- {
			p += "/" + names[next()%3]
		}
		return p
	}
	for pos < len(ops) {
		op := next() % 9
		p := path()
		var err error
		var want bool // the model's prediction of success
		mayNoSpace := false
		cur := m.nodes[p]
		switch op {
		case 0: // mkdir
			want = m.parentOK(p) && cur == nil
			mayNoSpace = true
			err = fsys.Mkdir(root, p)
			if err == nil {
				m.add(p, &mnode{kind: KindDir})
			}
		case 1, 2: // write n bytes, truncating (1) or appending (2)
			n := next()
			flags := OWrite | OCreate | OTrunc
			if op == 2 {
				flags = OWrite | OCreate | OAppend
			}
			want = m.parentOK(p) && (cur == nil || cur.kind == KindFile)
			mayNoSpace = true
			var h *File
			h, err = fsys.Open(root, p, flags)
			if err == nil {
				if cur == nil {
					cur = &mnode{kind: KindFile, data: new([]byte)}
					m.add(p, cur)
				}
				if op == 1 {
					*cur.data = (*cur.data)[:0]
				}
				buf := bytes.Repeat([]byte{byte(n)}, n)
				if _, err = h.Write(buf); err == nil {
					*cur.data = append(*cur.data, buf...)
				}
				if cerr := h.Close(); cerr != nil {
					t.Fatal(cerr)
				}
			}
		case 3: // truncate
			size := next() * 7
			want = cur != nil && cur.kind == KindFile && m.parentOK(p)
			mayNoSpace = true
			var h *File
			if h, err = fsys.Open(root, p, OWrite|ONoFollow); err == nil {
				if err = h.Truncate(int64(size)); err == nil {
					d := *cur.data
					if size <= len(d) {
						*cur.data = d[:size]
					} else {
						*cur.data = append(d, make([]byte, size-len(d))...)
					}
				}
				h.Close()
			}
		case 4: // unlink
			want = cur != nil && cur.kind != KindDir && m.parentOK(p)
			if err = fsys.Unlink(root, p); err == nil {
				delete(m.nodes, p)
			}
		case 5: // rmdir
			want = cur != nil && cur.kind == KindDir && len(m.children(p)) == 0 && m.parentOK(p)
			if err = fsys.Rmdir(root, p); err == nil {
				delete(m.nodes, p)
			}
		case 6: // rename
			q := path()
			dst := m.nodes[q]
			want = cur != nil && m.parentOK(p) && m.parentOK(q)
			if want && dst != cur {
				if cur.kind == KindDir {
					want = !strings.HasPrefix(q+"/", p+"/") &&
						(dst == nil || (dst.kind == KindDir && len(m.children(q)) == 0))
				} else {
					want = dst == nil || dst.kind != KindDir
				}
			}
			if err = fsys.Rename(root, p, root, q); err == nil && dst != cur {
				delete(m.nodes, q)
				m.moveTree(p, q)
			}
		case 7: // symlink below a name that never exists: nothing resolves or is created through it
			want = m.parentOK(p) && cur == nil
			mayNoSpace = true
			if err = fsys.Symlink("zz/nope", root, p); err == nil {
				m.add(p, &mnode{kind: KindSymlink, target: "zz/nope"})
			}
		case 8: // hard link
			q := path()
			want = cur != nil && cur.kind != KindDir && m.parentOK(p) && m.parentOK(q) && m.nodes[q] == nil
			mayNoSpace = true
			if err = fsys.Link(root, p, false, root, q); err == nil {
				m.nodes[q] = cur
			}
		}
		if noSpace := Code(err) == ErrNoSpace; (err == nil) != want && !(noSpace && mayNoSpace && want) {
			t.Fatalf("op %d on %q: error %v, model expected success=%v", op, p, err, want)
		}
		if fsys.Used() != m.used() {
			t.Fatalf("op %d on %q: used %d, model %d", op, p, fsys.Used(), m.used())
		}
		if fsys.Used() > budget || fsys.Used()+fsys.slack > budget+fsys.Used()/8+64*int64(len(m.nodes)+1) {
			t.Fatalf("used %d + slack %d beyond the budget", fsys.Used(), fsys.slack)
		}
		// Comparing opens handles and takes listings, which the budget
		// must not refuse.
		fsys.SetBudget(budget + 1<<20)
		compareTree(t, fsys, m, "", root)
		fsys.SetBudget(budget)
	}
}
