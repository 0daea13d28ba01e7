package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/blockless/avs/committee"
)

func TestResolveCapacity(t *testing.T) {
	benchRuns := 0
	m := machine{cores: 8, memoryMiB: 16384, benchmark: func(cores int) (uint32, error) {
		benchRuns++
		if cores != 4 && cores != 8 {
			t.Errorf("benchmark on %d cores", cores)
		}
		return 1234, nil
	}}
	i64 := func(v int64) *int64 { return &v }
	u64 := func(v uint64) *uint64 { return &v }

	got, err := resolveCapacity(capacityInput{runtimes: "wasm,x86"}, m)
	want := committee.Capacity{Cores: 8, MemoryMiB: 16384, FuelRate: 1234, Runtimes: committee.RuntimeWasm | committee.RuntimeX86}
	if err != nil || got != want || benchRuns != 1 {
		t.Fatalf("defaults: %+v, %v (benchmark runs %d); want %+v", got, err, benchRuns, want)
	}
	got, err = resolveCapacity(capacityInput{cores: i64(4), memoryMiB: u64(512), fuelRate: u64(99), runtimes: "zk,wasm"}, m)
	want = committee.Capacity{Cores: 4, MemoryMiB: 512, FuelRate: 99, Runtimes: committee.RuntimeWasm | committee.RuntimeZK}
	if err != nil || got != want || benchRuns != 1 {
		t.Fatalf("explicit: %+v, %v (benchmark runs %d); want %+v and no benchmark", got, err, benchRuns, want)
	}
	for name, tc := range map[string]struct {
		in   capacityInput
		m    machine
		want string
	}{
		"cores 0":         {capacityInput{cores: i64(0), fuelRate: u64(1), runtimes: "wasm"}, m, "--cores: 0"},
		"cores too many":  {capacityInput{cores: i64(70000), fuelRate: u64(1), runtimes: "wasm"}, m, "--cores: 70000"},
		"memory 0":        {capacityInput{memoryMiB: u64(0), fuelRate: u64(1), runtimes: "wasm"}, m, "--memory-mib: 0"},
		"memory unknown":  {capacityInput{fuelRate: u64(1), runtimes: "wasm"}, machine{cores: 1}, "give --memory-mib"},
		"fuel rate 0":     {capacityInput{fuelRate: u64(0), runtimes: "wasm"}, m, "--fuel-rate: 0"},
		"unknown runtime": {capacityInput{fuelRate: u64(1), runtimes: "wasm,arm"}, m, `unknown runtime "arm"`},
		"no runtime":      {capacityInput{fuelRate: u64(1), runtimes: ""}, m, "no runtime"},
		"benchmark fails": {capacityInput{runtimes: "wasm"}, machine{cores: 1, memoryMiB: 1, benchmark: func(int) (uint32, error) {
			return 0, errors.New("boom")
		}}, "benchmark: boom"},
	} {
		if _, err := resolveCapacity(tc.in, tc.m); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", name, err, tc.want)
		}
	}
}
