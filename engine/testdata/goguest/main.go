// Command goguest is a test guest for the engine, built for GOOS=wasip1.
// Its first argument selects what it does; see the engine tests.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "sha":
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%x\n", sha256.Sum256(b))
	case "nondet":
		// Everything a default WASI host would make differ between runs.
		m := map[int]int{}
		for i := 0; i < 32; i++ {
			m[i] = i
		}
		var order []string
		for k := range m {
			order = append(order, fmt.Sprint(k))
		}
		t0 := time.Now()
		time.Sleep(2 * time.Second)
		fmt.Println(t0.UTC().Format(time.RFC3339Nano), time.Since(t0) >= 2*time.Second, rand.Int63(), strings.Join(order, ","))
	case "env":
		env := os.Environ()
		sort.Strings(env)
		fmt.Println(strings.Join(os.Args, " "))
		fmt.Println(strings.Join(env, " "))
	case "exit":
		fmt.Println("bye")
		os.Exit(7)
	case "oom":
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 1<<20))
		}
	case "panic":
		panic("boom")
	case "files":
		files()
	default:
		fmt.Println("hello from go")
	}
}

// files uses the scratch file system through Go's os package: a mount at
// /data and the empty /tmp.
func files() {
	var walked []string
	err := filepath.WalkDir("/data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("/data", p)
		walked = append(walked, rel)
		return nil
	})
	fmt.Println("walk /data:", strings.Join(walked, " "), err)
	b, err := os.ReadFile("/data/in.txt")
	fmt.Printf("read /data/in.txt: %s\n", b)
	must := func(what string, err error) {
		if err != nil {
			fmt.Println(what+":", err)
			os.Exit(1)
		}
	}
	must("read", err)
	must("mkdir", os.MkdirAll("/tmp/w/c", 0o755))
	must("write", os.WriteFile("/tmp/w/a", []byte("hello"), 0o644))
	must("rename", os.Rename("/tmp/w/a", "/tmp/w/b"))
	must("symlink", os.Symlink("c/x", "/tmp/w/d"))
	ents, err := os.ReadDir("/tmp/w")
	must("readdir", err)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	fmt.Println("tmp:", names)
	b, err = os.ReadFile("/tmp/w/b")
	must("read back", err)
	fmt.Printf("renamed: %s\n", b)
	l, err := os.Readlink("/tmp/w/d")
	must("readlink", err)
	fmt.Println("readlink:", l)
	st, err := os.Stat("/tmp/w/b")
	must("stat", err)
	fmt.Println("stat:", st.Size(), st.Mode(), st.ModTime().UTC().Format(time.RFC3339Nano))
	f, err := os.OpenFile("/tmp/w/b", os.O_RDWR|os.O_APPEND, 0)
	must("open append", err)
	_, err = f.WriteString(" world")
	must("append", err)
	_, err = f.Seek(0, io.SeekStart)
	must("seek", err)
	all, err := io.ReadAll(f)
	must("readall", err)
	fmt.Printf("appended: %s\n", all)
	must("close", f.Close())
	for i := 0; i < 300; i++ {
		must("many", os.WriteFile(fmt.Sprintf("/tmp/w/c/f%03d", i), []byte{byte(i)}, 0o644))
	}
	ents, err = os.ReadDir("/tmp/w/c")
	must("readdir many", err)
	fmt.Println("many:", len(ents), ents[0].Name(), ents[len(ents)-1].Name())
	must("removeall", os.RemoveAll("/tmp/w"))
	fmt.Println("removeall: ok")
	ents, err = os.ReadDir("/tmp")
	must("readdir tmp", err)
	fmt.Println("tmp after:", ents)
}
