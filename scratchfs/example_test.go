package scratchfs_test

import (
	"fmt"
	"testing/fstest"

	"github.com/blockless/avs/scratchfs"
)

func Example() {
	var now int64 = 1_700_000_000_000_000_000 // the caller's virtual clock, in ns
	fsys, err := scratchfs.New(scratchfs.Options{Budget: 1 << 20, Clock: func() int64 { return now }})
	if err != nil {
		panic(err)
	}
	// A copy of a host tree (os.DirFS(dir) in real use), writable in memory.
	data, _ := fsys.MkdirAll(fsys.Root(), "/data")
	if err := fsys.Seed(data, fstest.MapFS{"in.txt": {Data: []byte("input")}}, false); err != nil {
		panic(err)
	}
	f, _ := fsys.Open(fsys.Root(), "/data/out.txt", scratchfs.OWrite|scratchfs.OCreate|scratchfs.OExcl)
	f.Write([]byte("result"))
	f.Close()

	d, _ := fsys.Open(fsys.Root(), "/data", scratchfs.ORead|scratchfs.ODirectory)
	ents, _ := d.ReadDir(0)
	for _, e := range ents {
		st, _ := fsys.Stat(data, e.Name, false)
		fmt.Println(e.Name, st.Ino, st.Size)
	}
	d.Close()

	_, err = fsys.Open(fsys.Root(), "/data/missing", scratchfs.ORead)
	fmt.Println(scratchfs.Code(err) == scratchfs.ErrNotExist, err)
	// Output:
	// . 2 0
	// .. 1 0
	// in.txt 3 5
	// out.txt 4 6
	// true scratchfs: open /data/missing: no such file or directory
}
