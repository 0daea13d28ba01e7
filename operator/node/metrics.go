package node

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"

	eigenmetrics "github.com/Layr-Labs/eigensdk-go/metrics"
	"github.com/Layr-Labs/eigensdk-go/nodeapi"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/blockless/avs/engine"
	"github.com/blockless/avs/logs"
)

// metrics are this operator's own series, next to EigenLayer's standard ones.
type metrics struct {
	reg       *prometheus.Registry
	tasks     *prometheus.CounterVec
	skipped   *prometheus.CounterVec
	retries   *prometheus.CounterVec
	delivered *prometheus.CounterVec
	execTime  prometheus.Histogram
	fuel      prometheus.Histogram
	batches   *prometheus.CounterVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		tasks: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "tasks_run_total", Help: "Tasks executed, by result status."}, []string{"status"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "tasks_skipped_total", Help: "Tasks not signed, by reason (caps, refused, environment, runtime, " +
				"deadline, settled, replaced, input, module, status, zk-*)."}, []string{"reason"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "task_retries_total", Help: "Task attempts scheduled again, by cause (host: RPC, engine or disk trouble; fetch: a module or input not fetched)."}, []string{"cause"}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "responses_delivered_total", Help: "Signed responses handed to the aggregator, by outcome."}, []string{"outcome"}),
		execTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "execution_seconds", Help: "Wall time of one execution.", Buckets: prometheus.ExponentialBuckets(0.0005, 4, 10)}),
		fuel: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "blockless", Subsystem: "operator",
			Name: "execution_fuel", Help: "Fuel used by one execution.", Buckets: prometheus.ExponentialBuckets(1000, 10, 9)}),
	}
	m.batches = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "blockless", Subsystem: "operator",
		Name: "batches_total", Help: "Batch proposals of the aggregator, by outcome (signed; declined: a leaf this operator computed differently, refusal signed and sent; refused: a malformed proposal)."}, []string{"outcome"})
	m.reg.MustRegister(m.tasks, m.skipped, m.retries, m.delivered, m.execTime, m.fuel, m.batches)
	m.batches.WithLabelValues("signed")
	m.batches.WithLabelValues("declined")
	m.batches.WithLabelValues("refused")
	return m
}

func (m *metrics) observe(r engine.Result) {
	m.tasks.WithLabelValues(r.Status.String()).Inc()
	m.execTime.Observe(r.Stats.Wall.Seconds())
	m.fuel.Observe(float64(r.FuelUsed))
}

// serveObservability starts /metrics (EigenLayer's metrics spec via eigensdk-go plus ours) and
// the EigenLayer node API; both stop with ctx.
func (n *Node) serveObservability(ctx context.Context) error {
	eigLog := logs.Eigen(n.log)
	if n.cfg.MetricsAddr != "" {
		eigen := eigenmetrics.NewEigenMetrics("blockless", n.cfg.MetricsAddr, n.metrics.reg, eigLog)
		_ = eigen // registers eigen_fees_earned_total and eigen_performance_score in our registry
		ln, err := net.Listen("tcp", n.cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(n.metrics.reg, promhttp.HandlerOpts{}))
		srv := &http.Server{Handler: mux}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				n.log.Error().Err(err).Msg("metrics server")
			}
		}()
		go func() { <-ctx.Done(); _ = srv.Close() }()
	}
	if n.cfg.NodeAPIAddr != "" {
		api := nodeapi.NewNodeApi("blockless-operator", "0.1.0", n.cfg.NodeAPIAddr, eigLog)
		api.RegisterNewService("executor", "wasm executor", "runs task functions in wasmtime", nodeapi.ServiceStatusUp)
		api.UpdateHealth(nodeapi.Healthy)
		errc := api.Start()
		go func() {
			select {
			case err := <-errc:
				if err != nil {
					n.log.Error().Err(err).Msg("node api")
				}
			case <-ctx.Done():
			}
		}()
	}
	return nil
}
