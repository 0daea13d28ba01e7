package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/blockless/avs/internal/backoff"
	"github.com/blockless/avs/internal/pooled"
)

// sender delivers signed responses to the aggregator (API: aggregator/API.md), retrying with
// backoff until the aggregator acknowledges (202, or 409 for one it already has), refuses for
// good (410: the task is answered, expired or already certified; other 4xx except 404/429: a
// bug or misconfiguration, logged), or the task is settled (answered or expired on chain, past
// its deadline, or replaced by a reorg). 404 (task not seen yet) and 5xx are retried.
type sender struct {
	url     string
	http    *http.Client
	store   *store
	chain   chainReader
	metrics *metrics
	log     zerolog.Logger
	wg      sync.WaitGroup
	mu      sync.Mutex
	active  map[taskKey]bool
}

func newSender(url string, st *store, c chainReader, m *metrics, log zerolog.Logger) *sender {
	return &sender{url: strings.TrimRight(url, "/") + "/v1/responses", http: pooled.Client(10 * time.Second),
		store: st, chain: c, metrics: m, log: log, active: map[taskKey]bool{}}
}

// deliver starts delivering r in the background (once per task at a time).
func (s *sender) deliver(ctx context.Context, r signedRecord) {
	k := r.key()
	s.mu.Lock()
	if s.active[k] {
		s.mu.Unlock()
		return
	}
	s.active[k] = true
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer func() {
			s.mu.Lock()
			delete(s.active, k)
			s.mu.Unlock()
		}()
		s.loop(ctx, r)
	}()
}

func (s *sender) wait() { s.wg.Wait() }

func (s *sender) loop(ctx context.Context, r signedRecord) {
	log := s.log.With().Uint32("task", r.Response.TaskID).Logger()
	body, err := json.Marshal(r.Response)
	if err != nil {
		log.Error().Err(err).Msg("encode signed response")
		return
	}
	// Capped low: the usual cause is an aggregator a block or two behind (404), and a
	// signature that arrives late may miss the certificate.
	retry := backoff.New(100*time.Millisecond, 2*time.Second)
	for attempt := 1; ; attempt++ {
		// Checked before every post, the first included (a resend after a restart): a
		// response for a task a reorg replaced must not reach the aggregator once the new
		// task exists, and one past its deadline is not worth a request.
		if settled(ctx, s.chain, r.key(), r.DeadlineBlock) {
			log.Info().Msg("task answered, expired or replaced: delivery no longer needed")
			s.metrics.delivered.WithLabelValues("not-needed").Inc()
			if serr := s.store.acknowledge(r.key()); serr != nil {
				log.Error().Err(serr).Msg("persist acknowledgement")
			}
			return
		}
		done, code, err := s.post(ctx, body)
		if done {
			if code == http.StatusGone {
				// Answered, expired or already certified without us: normal, nothing to do.
				log.Debug().Err(err).Msg("response no longer needed")
				s.metrics.delivered.WithLabelValues("not-needed").Inc()
			} else if err != nil {
				log.Warn().Err(err).Msg("aggregator refused the response")
				s.metrics.delivered.WithLabelValues("refused").Inc()
			} else {
				s.metrics.delivered.WithLabelValues("acknowledged").Inc()
			}
			if serr := s.store.acknowledge(r.key()); serr != nil {
				log.Error().Err(serr).Msg("persist acknowledgement")
			}
			return
		}
		wait := retry.Next()
		log.Debug().Err(err).Int("attempt", attempt).Dur("retryIn", wait).Msg("aggregator unreachable, retrying")
		if !backoff.Sleep(ctx, wait) {
			return // stays unacknowledged in the state: the next run delivers it
		}
	}
}

// post sends once. done means: stop retrying (acknowledged, or refused for good with err).
func (s *sender) post(ctx context.Context, body []byte) (done bool, code int, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(body))
	if err != nil {
		return false, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.http.Do(req)
	if err != nil {
		return false, 0, err
	}
	code = resp.StatusCode
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch {
	case resp.StatusCode == http.StatusAccepted || resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusConflict:
		return true, code, nil
	// 404: the aggregator has not seen the task yet (it may be behind the chain); 429/503: busy.
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusTooManyRequests:
		return false, code, fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return true, code, fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
	default:
		return false, code, fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
	}
}
