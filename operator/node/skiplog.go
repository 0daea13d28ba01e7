package node

import "sync"

// recentSize bounds the tasks a node remembers in a recent log; far more than one batch window.
const recentSize = 4096

// recent is a bounded map of the last recentSize tasks put in it (oldest evicted first). It is
// in memory only.
type recent[V any] struct {
	mu   sync.Mutex
	set  map[taskKey]V
	ring []taskKey // insertion order, for eviction
	next int
}

func newRecent[V any]() *recent[V] { return &recent[V]{set: map[taskKey]V{}} }

func (l *recent[V]) put(k taskKey, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.set[k]; ok {
		l.set[k] = v
		return
	}
	if len(l.ring) < recentSize {
		l.ring = append(l.ring, k)
	} else {
		delete(l.set, l.ring[l.next])
		l.ring[l.next] = k
		l.next = (l.next + 1) % recentSize
	}
	l.set[k] = v
}

func (l *recent[V]) get(k taskKey) (V, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.set[k]
	return v, ok
}

// skipLog remembers the tasks this node dropped without signing (module failed to load, ran
// out of wall-clock time, caps, ...), so the batch signer can decline them at once instead of
// leaving a batch waiting for a signature that never comes. After a restart such a batch waits
// for the aggregator's signing timeout, as it did before.
type skipLog struct{ recent[struct{}] }

func newSkipLog() *skipLog { return &skipLog{recent[struct{}]{set: map[taskKey]struct{}{}}} }

func (l *skipLog) add(k taskKey) { l.put(k, struct{}{}) }

func (l *skipLog) has(k taskKey) bool {
	_, ok := l.get(k)
	return ok
}

// roundLog remembers, per committee task, the failover round in which this operator joined its
// committee (-1: never drawn before the deadline), so the batch signer knows which leaves of a
// committee batch its signature vouches for.
type roundLog = recent[int]
