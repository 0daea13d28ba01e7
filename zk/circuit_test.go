package zk_test

import (
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/blockless/avs/zk"
)

type bindingFirst struct {
	zk.Binding
	A frontend.Variable `gnark:",public"`
}

func (c *bindingFirst) Define(api frontend.API) error { c.Binding.Constrain(api); return nil }

type bindingSecond struct {
	A frontend.Variable `gnark:",public"`
	zk.Binding
}

func (c *bindingSecond) Define(api frontend.API) error { c.Binding.Constrain(api); return nil }

type bindingPointer struct {
	*zk.Binding
}

func (c *bindingPointer) Define(frontend.API) error { return nil }

// CheckShape is what keeps the binding limbs at public inputs 0..3, where the TaskManager puts them.
func TestCheckShape(t *testing.T) {
	if err := zk.CheckShape(&bindingFirst{}); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]zk.Circuit{"binding second": &bindingSecond{}, "binding by pointer": &bindingPointer{Binding: &zk.Binding{}}} {
		if err := zk.CheckShape(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
