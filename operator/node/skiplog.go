package node

import "sync"

// skipLogSize bounds the tasks a node remembers having dropped; far more than one batch window.
const skipLogSize = 4096

// skipLog remembers the tasks this node dropped without signing (module failed to load, ran
// out of wall-clock time, caps, ...), so the batch signer can decline them at once instead of
// leaving a batch waiting for a signature that never comes. It is in memory only: after a
// restart such a batch waits for the aggregator's signing timeout, as it did before.
type skipLog struct {
	mu   sync.Mutex
	set  map[taskKey]struct{}
	ring []taskKey // insertion order, for eviction
	next int
}

func newSkipLog() *skipLog { return &skipLog{set: map[taskKey]struct{}{}} }

func (l *skipLog) add(k taskKey) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.set[k]; ok {
		return
	}
	if len(l.ring) < skipLogSize {
		l.ring = append(l.ring, k)
	} else {
		delete(l.set, l.ring[l.next])
		l.ring[l.next] = k
		l.next = (l.next + 1) % skipLogSize
	}
	l.set[k] = struct{}{}
}

func (l *skipLog) has(k taskKey) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, ok := l.set[k]
	return ok
}
