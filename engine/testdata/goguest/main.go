// Command goguest is a test guest for the engine, built for GOOS=wasip1.
// Its first argument selects what it does; see the engine tests.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand"
	"os"
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
	default:
		fmt.Println("hello from go")
	}
}
