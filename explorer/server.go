package explorer

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

//go:embed web
var webFiles embed.FS

// Config configures an Explorer.
type Config struct {
	// FromBlock is where indexing starts (the deployment block).
	FromBlock uint64
	// PollInterval is how often the chain is read (default 1s).
	PollInterval time.Duration
	// Addresses is the addresses file path the page's copy-paste commands name ("" for the default).
	Addresses string
}

// Explorer indexes a deployment and serves its pages and JSON API.
type Explorer struct {
	cfg Config
	m   *model
	x   *indexer
	log zerolog.Logger
}

// New makes an explorer reading chain.
func New(chain Chain, cfg Config, log zerolog.Logger) (*Explorer, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	m := newModel()
	x, err := newIndexer(chain, m, cfg.FromBlock, log)
	if err != nil {
		return nil, err
	}
	return &Explorer{cfg: cfg, m: m, x: x, log: log}, nil
}

// Run indexes the chain until ctx ends.
func (e *Explorer) Run(ctx context.Context) { e.x.run(ctx, e.cfg.PollInterval) }

// Serve indexes the chain and serves HTTP on l until ctx ends.
func (e *Explorer) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: e.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
	go e.Run(ctx)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("explorer: %w", err)
	}
	return nil
}

// Handler serves the pages (/) and the JSON API (/api/...).
func (e *Explorer) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(webFiles, "web")
	mux.Handle("GET /", http.FileServerFS(static))
	mux.HandleFunc("GET /api/stats", func(w http.ResponseWriter, r *http.Request) {
		n := 30
		if v := r.URL.Query().Get("buckets"); v != "" {
			b, err := strconv.Atoi(v)
			if err != nil || b < 1 || b > 500 {
				apiError(w, http.StatusBadRequest, "buckets must be 1 to 500")
				return
			}
			n = b
		}
		writeJSON(w, e.m.Stats(n))
	})
	mux.HandleFunc("GET /api/tasks", func(w http.ResponseWriter, r *http.Request) {
		f, err := parseFilter(r)
		if err != nil {
			apiError(w, http.StatusBadRequest, err.Error())
			return
		}
		writeJSON(w, e.m.Tasks(f))
	})
	mux.HandleFunc("GET /api/tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 32)
		if err != nil {
			apiError(w, http.StatusBadRequest, "task id must be a uint32")
			return
		}
		t, ok := e.m.Task(uint32(id))
		if !ok {
			apiError(w, http.StatusNotFound, fmt.Sprintf("no task %d indexed yet", id))
			return
		}
		writeJSON(w, taskPage{Task: t, Verify: e.verifyCommands(t)})
	})
	mux.HandleFunc("GET /api/tx/{hash}", func(w http.ResponseWriter, r *http.Request) {
		var h common.Hash
		if v := r.PathValue("hash"); len(v) != 66 || h.UnmarshalText([]byte(v)) != nil {
			apiError(w, http.StatusBadRequest, "a transaction hash is 0x and 64 hex digits")
			return
		}
		v, ok := e.m.Tx(h)
		if !ok {
			apiError(w, http.StatusNotFound, "no indexed task was created or answered by this transaction")
			return
		}
		writeJSON(w, v)
	})
	mux.HandleFunc("GET /api/functions", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, e.m.Functions()) })
	mux.HandleFunc("GET /api/operators", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, e.m.Operators()) })
	return securityHeaders(mux)
}

// taskPage is a task with the commands that check it without trusting the explorer.
type taskPage struct {
	Task
	Verify []string `json:"verify"`
}

func (e *Explorer) verifyCommands(t Task) []string {
	addr := ""
	if e.cfg.Addresses != "" {
		addr = " --addresses " + e.cfg.Addresses
	}
	cmds := []string{fmt.Sprintf("bin/blockless task get %d%s", t.ID, addr)}
	if t.State == "answered" && t.Mode != "proof" {
		cmds = append(cmds, fmt.Sprintf("bin/blockless replay %d%s", t.ID, addr))
	}
	return cmds
}

// maxListed bounds a task list response.
const maxListed = 500

func parseFilter(r *http.Request) (Filter, error) {
	q := r.URL.Query()
	f := Filter{Limit: 100, State: q.Get("state")}
	switch f.State {
	case "", "pending", "answered", "expired":
	default:
		return f, errors.New("state must be pending, answered or expired")
	}
	if v := q.Get("function"); v != "" {
		id, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return f, errors.New("function must be a function id")
		}
		f.Function = &id
	}
	if v := q.Get("requester"); v != "" {
		if !common.IsHexAddress(v) {
			return f, errors.New("requester must be an address")
		}
		a := common.HexToAddress(v)
		f.Requester = &a
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxListed {
			return f, fmt.Errorf("limit must be 1 to %d", maxListed)
		}
		f.Limit = n
	}
	return f, nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(v)
}

func apiError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// securityHeaders: the pages load nothing from elsewhere and show chain data (attacker-written
// outputs among it) only as text.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}
