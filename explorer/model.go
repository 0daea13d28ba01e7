package explorer

import (
	"bytes"
	"math/big"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Step is one event in a task's life.
type Step struct {
	Kind   string      `json:"kind"` // created, answered, expired, callback, refund
	Block  uint64      `json:"block"`
	Time   uint64      `json:"time"`
	Tx     common.Hash `json:"tx"`
	Detail string      `json:"detail"`
}

// OperatorRef is an operator as a task page lists it.
type OperatorRef struct {
	ID      common.Hash    `json:"id"`
	Address common.Address `json:"address"`
	Stake   string         `json:"stake"` // wei of stake in the task's quorums at its reference block
}

// Task is everything the explorer knows of a task.
type Task struct {
	ID             uint32         `json:"id"`
	FunctionID     uint64         `json:"functionId"`
	Requester      common.Address `json:"requester"`
	State          string         `json:"state"` // pending, answered, expired
	Mode           string         `json:"mode"`  // quorum, committee, proof
	Fee            string         `json:"fee"`   // deposit, wei
	Paid           string         `json:"paid"`  // deposit less fuel refund, wei (answered tasks)
	Runtime        string         `json:"runtime"`
	QuorumNumbers  []int          `json:"quorumNumbers"` // not []uint8: JSON would make it base64
	Threshold      uint8          `json:"thresholdPercentage"`
	CommitteeSize  uint16         `json:"committeeSize"`
	ReferenceBlock uint32         `json:"referenceBlock"`
	DeadlineBlock  uint32         `json:"deadlineBlock"`
	CreatedBlock   uint64         `json:"createdBlock"`
	CreatedTime    uint64         `json:"createdTime"`
	CreatedTx      common.Hash    `json:"createdTx"`
	InputBytes     int            `json:"inputBytes"`
	Sealed         bool           `json:"sealedInput"`

	RespondedBlock   uint64         `json:"respondedBlock,omitempty"`
	RespondedTime    uint64         `json:"respondedTime,omitempty"`
	RespondTx        common.Hash    `json:"respondTx,omitempty"`
	LatencyBlocks    uint64         `json:"latencyBlocks,omitempty"`
	LatencySeconds   uint64         `json:"latencySeconds,omitempty"`
	Gas              uint64         `json:"gas,omitempty"` // the response transaction's gas per task it answered
	Status           string         `json:"status,omitempty"`
	FuelUsed         uint64         `json:"fuelUsed,omitempty"`
	OutputDigest     common.Hash    `json:"outputDigest,omitempty"`
	OutputHex        string         `json:"outputHex,omitempty"`
	OutputText       string         `json:"outputText,omitempty"` // set when the output is printable UTF-8
	OutputChecked    bool           `json:"outputChecked"`        // keccak256(output) equals the signed digest
	OutputInline     bool           `json:"outputInline"`         // the output is on chain (not only its digest)
	TranscriptDigest common.Hash    `json:"transcriptDigest,omitempty"`
	Signers          []OperatorRef  `json:"signers,omitempty"`
	NonSigners       []OperatorRef  `json:"nonSigners,omitempty"`
	SignedStakePct   float64        `json:"signedStakePct,omitempty"`
	Callback         common.Address `json:"callback,omitempty"`
	CallbackOK       *bool          `json:"callbackOk,omitempty"`
	Steps            []Step         `json:"steps"`
	Problem          string         `json:"problem,omitempty"` // what the explorer could not read about it
}

// Function is a registered function and its tasks.
type Function struct {
	ID             uint64         `json:"id"`
	Owner          common.Address `json:"owner"`
	Active         bool           `json:"active"`
	ModuleDigest   common.Hash    `json:"moduleDigest"`
	Runtime        string         `json:"runtime"`
	Mode           string         `json:"mode"`
	CommitteeSize  uint16         `json:"committeeSize"`
	Fuel           uint64         `json:"fuelLimit"`
	MemoryBytes    uint64         `json:"memoryBytes"`
	WallTimeMs     uint32         `json:"wallTimeMs"`
	MaxOutputBytes uint32         `json:"maxOutputBytes"`
	BaseFee        string         `json:"baseFee"`
	FuelPrice      string         `json:"fuelPrice"`
	HTTPHosts      []string       `json:"httpHosts"`
	Tasks          int            `json:"tasks"`
	Answered       int            `json:"answered"`
	RegisteredTx   common.Hash    `json:"registeredTx"`
}

// Operator is an operator of the AVS.
type Operator struct {
	ID        common.Hash      `json:"id"`
	Address   common.Address   `json:"address"`
	Stakes    map[uint8]string `json:"stakes"` // quorum -> wei, at the head
	Cores     uint16           `json:"cores"`
	MemoryMiB uint32           `json:"memoryMiB"`
	FuelRate  uint32           `json:"fuelRate"`
	Signed    int              `json:"signed"`
	Missed    int              `json:"missed"` // answered tasks of its quorums it did not sign
	Earned    string           `json:"earned"` // wei, by the rewards rule, over the tasks seen
	Slashings []SlashingEvent  `json:"slashings"`
	earned    *big.Int
}

// SlashingEvent is a Slasher event about an operator.
type SlashingEvent struct {
	Kind   string      `json:"kind"` // fault-proven, slashing-requested, slashed, cancelled
	Block  uint64      `json:"block"`
	Tx     common.Hash `json:"tx"`
	Detail string      `json:"detail"`
}

// Filter selects tasks; zero fields match everything.
type Filter struct {
	Function  *uint64
	Requester *common.Address
	State     string
	Limit     int
}

// model is the explorer's in-memory view of the chain. Safe for concurrent use.
type model struct {
	mu        sync.RWMutex
	tasks     map[uint32]*Task
	order     []uint32 // creation order
	functions map[uint64]*Function
	operators map[common.Hash]*Operator
	head      uint64
	indexed   uint64 // last block whose logs are in the model
	// Slasher events about an address not (yet) seen as an operator.
	pendingSlashings map[common.Address][]SlashingEvent
}

func newModel() *model {
	return &model{tasks: map[uint32]*Task{}, functions: map[uint64]*Function{}, operators: map[common.Hash]*Operator{},
		pendingSlashings: map[common.Address][]SlashingEvent{}}
}

// setOutput fills the output fields, checking the output against the digest the operators signed.
func (t *Task) setOutput(out []byte, digest common.Hash) {
	t.OutputDigest = digest
	t.OutputInline = len(out) > 0 || digest == crypto.Keccak256Hash(nil)
	t.OutputChecked = t.OutputInline && crypto.Keccak256Hash(out) == digest
	t.OutputHex = common.Bytes2Hex(out)
	t.OutputText = ""
	if len(out) > 0 && utf8.Valid(out) && printable(out) {
		t.OutputText = string(out)
	}
}

func printable(b []byte) bool {
	for _, r := range string(b) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}

func (m *model) operator(id common.Hash, addr common.Address) *Operator {
	o := m.operators[id]
	if o == nil {
		o = &Operator{ID: id, Address: addr, Stakes: map[uint8]string{}, earned: new(big.Int), Slashings: []SlashingEvent{}}
		m.operators[id] = o
	}
	return o
}

func (m *model) operatorByAddress(addr common.Address) *Operator {
	for _, o := range m.operators {
		if o.Address == addr {
			return o
		}
	}
	return nil
}

// Tasks lists tasks newest first.
func (m *model) Tasks(f Filter) []Task {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := []Task{}
	for i := len(m.order) - 1; i >= 0; i-- {
		t := m.tasks[m.order[i]]
		if f.Function != nil && t.FunctionID != *f.Function ||
			f.Requester != nil && t.Requester != *f.Requester ||
			f.State != "" && t.State != f.State {
			continue
		}
		c := *t
		c.Steps, c.Signers, c.NonSigners = nil, nil, nil // the list is a summary
		c.OutputHex = ""
		out = append(out, c)
		if f.Limit > 0 && len(out) >= f.Limit {
			break
		}
	}
	return out
}

// Task is one task, whole.
func (m *model) Task(id uint32) (Task, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	t, ok := m.tasks[id]
	if !ok {
		return Task{}, false
	}
	c := *t
	c.Steps = append([]Step{}, t.Steps...)
	return c, true
}

// TxView is what the explorer knows of one transaction: the tasks it created or answered.
type TxView struct {
	Hash     common.Hash `json:"hash"`
	Block    uint64      `json:"block"`
	Created  []uint32    `json:"created"`
	Answered []uint32    `json:"answered"`
	Gas      uint64      `json:"gasPerTask,omitempty"`
}

// Tx lists the tasks transaction h created or answered (false when it touched none).
func (m *model) Tx(h common.Hash) (TxView, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v := TxView{Hash: h, Created: []uint32{}, Answered: []uint32{}}
	for _, id := range m.order {
		t := m.tasks[id]
		if t.CreatedTx == h {
			v.Created, v.Block = append(v.Created, id), t.CreatedBlock
		}
		if t.RespondTx == h {
			v.Answered, v.Block, v.Gas = append(v.Answered, id), t.RespondedBlock, t.Gas
		}
	}
	return v, len(v.Created)+len(v.Answered) > 0
}

// Functions lists functions by id.
func (m *model) Functions() []Function {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]Function, 0, len(m.functions))
	for _, f := range m.functions {
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Operators lists operators by address.
func (m *model) Operators() []Operator {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]Operator, 0, len(m.operators))
	for _, o := range m.operators {
		c := *o
		c.Earned = o.earned.String()
		c.Slashings = append([]SlashingEvent{}, o.Slashings...)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	return out
}

// Bucket is one interval of the network charts.
type Bucket struct {
	FromBlock  uint64  `json:"fromBlock"`
	ToBlock    uint64  `json:"toBlock"`
	Created    int     `json:"created"`
	Answered   int     `json:"answered"`
	Expired    int     `json:"expired"`
	LatencyP50 float64 `json:"latencyP50"` // blocks from creation to answer
	LatencyP90 float64 `json:"latencyP90"`
	LatencyP99 float64 `json:"latencyP99"`
	GasPerTask float64 `json:"gasPerTask"` // mean
}

// Stats is the network summary and its charts.
type Stats struct {
	Head       uint64   `json:"head"`
	Indexed    uint64   `json:"indexed"`
	Tasks      int      `json:"tasks"`
	Pending    int      `json:"pending"`
	Answered   int      `json:"answered"`
	Expired    int      `json:"expired"`
	Functions  int      `json:"functions"`
	Operators  int      `json:"operators"`
	LatencyP50 float64  `json:"latencyP50"`
	LatencyP90 float64  `json:"latencyP90"`
	LatencyP99 float64  `json:"latencyP99"`
	GasPerTask float64  `json:"gasPerTask"`
	Buckets    []Bucket `json:"buckets"`
}

// Stats summarises the network; the charts split the indexed blocks into at most n buckets.
func (m *model) Stats(n int) Stats {
	m.mu.RLock()
	defer m.mu.RUnlock()
	s := Stats{Head: m.head, Indexed: m.indexed, Tasks: len(m.tasks), Functions: len(m.functions), Operators: len(m.operators), Buckets: []Bucket{}}
	var first uint64
	var lat []float64
	var gas, gasN float64
	for i, id := range m.order {
		t := m.tasks[id]
		if i == 0 {
			first = t.CreatedBlock
		}
		switch t.State {
		case "pending":
			s.Pending++
		case "answered":
			s.Answered++
			lat = append(lat, float64(t.LatencyBlocks))
			if t.Gas > 0 {
				gas += float64(t.Gas)
				gasN++
			}
		case "expired":
			s.Expired++
		}
	}
	s.LatencyP50, s.LatencyP90, s.LatencyP99 = percentile(lat, 50), percentile(lat, 90), percentile(lat, 99)
	if gasN > 0 {
		s.GasPerTask = gas / gasN
	}
	if len(m.order) == 0 || n <= 0 {
		return s
	}
	last := max(m.indexed, first)
	width := (last-first)/uint64(n) + 1
	buckets := make([]Bucket, (last-first)/width+1)
	lats := make([][]float64, len(buckets))
	gasSum := make([]float64, len(buckets))
	for i := range buckets {
		buckets[i].FromBlock = first + uint64(i)*width
		buckets[i].ToBlock = buckets[i].FromBlock + width - 1
	}
	at := func(block uint64) int {
		if block < first {
			return 0
		}
		return min(int((block-first)/width), len(buckets)-1)
	}
	for _, id := range m.order {
		t := m.tasks[id]
		buckets[at(t.CreatedBlock)].Created++
		switch t.State {
		case "answered":
			b := at(t.RespondedBlock)
			buckets[b].Answered++
			lats[b] = append(lats[b], float64(t.LatencyBlocks))
			gasSum[b] += float64(t.Gas)
		case "expired":
			if len(t.Steps) > 0 {
				buckets[at(t.Steps[len(t.Steps)-1].Block)].Expired++
			}
		}
	}
	for i := range buckets {
		buckets[i].LatencyP50, buckets[i].LatencyP90, buckets[i].LatencyP99 = percentile(lats[i], 50), percentile(lats[i], 90), percentile(lats[i], 99)
		if buckets[i].Answered > 0 {
			buckets[i].GasPerTask = gasSum[i] / float64(buckets[i].Answered)
		}
	}
	s.Buckets = buckets
	return s
}

// percentile is the nearest-rank percentile of xs (0 for none).
func percentile(xs []float64, p int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	rank := (p*len(s) + 99) / 100 // ceil(p/100 · n)
	return s[max(rank, 1)-1]
}

// shortHash is a hash's first bytes for details.
func shortHash(h common.Hash) string { return strings.ToLower(h.Hex()[:10]) }
