package taskwatch

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/protocol"
)

// decodeForFuzz turns a raw log into an Event exactly as the watcher does: the binding's
// TaskCreated decoding (what FilterTaskCreated's iterator runs on every log the RPC returns),
// then the same checks and field mapping as rpcChain.TaskCreated (eventOf).
func decodeForFuzz(f *taskmanager.TaskManagerFilterer, l types.Log) (Event, error) {
	ev, err := f.ParseTaskCreated(l)
	if err != nil {
		return Event{}, err
	}
	return eventOf(ev)
}

// packTaskCreated ABI-encodes a TaskCreated log as the TaskManager emits it.
func packTaskCreated(tb testing.TB, id uint32, task protocol.Task, input []byte, inputURI string, uris []string) types.Log {
	tb.Helper()
	parsed, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		tb.Fatal(err)
	}
	ev := parsed.Events["TaskCreated"]
	data, err := ev.Inputs.NonIndexed().Pack(task, input, inputURI, uris)
	if err != nil {
		tb.Fatal(err)
	}
	var topic common.Hash
	binary.BigEndian.PutUint32(topic[28:], id)
	return types.Log{Topics: []common.Hash{ev.ID, topic}, Data: data, BlockNumber: 7}
}

func sampleTask() protocol.Task {
	return protocol.Task{FunctionId: 3, ModuleDigest: common.HexToHash("0x01"), InputDigest: common.HexToHash("0x02"),
		Requester: common.HexToAddress("0x03"), ReferenceBlock: 100, DeadlineBlock: 150, QuorumNumbers: []byte{0},
		QuorumThresholdPercentage: 60, Fee: big.NewInt(5),
		Limits: taskmanager.ITaskManagerResourceLimits{Fuel: 1, MemoryBytes: 2, WallTimeMs: 3, MaxOutputBytes: 4}}
}

// FuzzTaskCreatedLog: whatever topics and data an RPC endpoint returns for a TaskCreated query,
// decoding never panics; a log whose first topic is not TaskCreated's, whose task id topic is
// missing, extra or above uint32, or whose data is not a complete ABI encoding of the event, is
// rejected; and whatever is accepted re-encodes to a log that decodes to the same Event.
func FuzzTaskCreatedLog(f *testing.F) {
	parsed, err := taskmanager.TaskManagerMetaData.GetAbi()
	if err != nil {
		f.Fatal(err)
	}
	evABI := parsed.Events["TaskCreated"]
	filterer, err := taskmanager.NewTaskManagerFilterer(common.Address{}, nil)
	if err != nil {
		f.Fatal(err)
	}
	valid := packTaskCreated(f, 9, sampleTask(), []byte("in"), "ipfs://x", []string{"http://127.0.0.1/m"})
	large := packTaskCreated(f, 1<<31, sampleTask(), bytes.Repeat([]byte{0xab}, 300), "", nil)
	seed := func(l types.Log) {
		var topics []byte
		for _, t := range l.Topics {
			topics = append(topics, t[:]...)
		}
		f.Add(topics, l.Data)
	}
	seed(valid)
	seed(large)
	seed(types.Log{Topics: valid.Topics, Data: valid.Data[:len(valid.Data)/2]})
	seed(types.Log{Topics: valid.Topics[:1], Data: valid.Data})
	seed(types.Log{Topics: valid.Topics}) // no data at all
	seed(types.Log{Topics: nil, Data: valid.Data})
	seed(types.Log{Topics: []common.Hash{evABI.ID, {0xff}}, Data: valid.Data}) // id above uint32
	f.Fuzz(func(t *testing.T, topicBytes, data []byte) {
		var topics []common.Hash
		for len(topicBytes) >= 32 && len(topics) < 5 {
			topics = append(topics, common.BytesToHash(topicBytes[:32]))
			topicBytes = topicBytes[32:]
		}
		l := types.Log{Topics: topics, Data: data, BlockNumber: 7}
		ev, err := decodeForFuzz(filterer, l)
		if err != nil {
			return
		}
		if len(topics) != 2 || topics[0] != evABI.ID {
			t.Fatalf("accepted a log with topics %v", topics)
		}
		if new(big.Int).SetBytes(topics[1][:]).Cmp(big.NewInt(int64(ev.TaskID))) != 0 {
			t.Fatalf("task id %d decoded from topic %x", ev.TaskID, topics[1])
		}
		// A complete encoding of (Task, bytes, string, string[]) is at least the static head.
		if len(data) < 32*4 {
			t.Fatalf("accepted %d bytes of event data as task %d: %+v", len(data), ev.TaskID, ev.Task)
		}
		again := packTaskCreated(t, ev.TaskID, ev.Task, ev.Input, ev.InputURI, ev.ModuleURIs)
		ev2, err := decodeForFuzz(filterer, again)
		if err != nil {
			t.Fatalf("re-encoded event does not decode: %v", err)
		}
		norm := func(e Event) Event {
			if e.Input == nil {
				e.Input = []byte{}
			}
			if e.ModuleURIs == nil {
				e.ModuleURIs = []string{}
			}
			if e.Task.QuorumNumbers == nil {
				e.Task.QuorumNumbers = []byte{}
			}
			return e
		}
		if !reflect.DeepEqual(norm(ev), norm(ev2)) {
			t.Fatalf("decode is not stable:\n%+v\n%+v", ev, ev2)
		}
	})
}
