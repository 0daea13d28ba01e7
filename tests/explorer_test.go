package tests

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/explorer"
	"github.com/blockless/avs/internal/browsertest"
	"github.com/blockless/avs/protocol/onchain"
)

// TestExplorerInBrowser drives the explorer in headless Chromium against a devnet with three
// operators and the aggregator: the task list is open before the tasks exist, they appear and
// turn answered without a reload, and every figure a task page shows is checked against the
// chain as a requester reads it.
func TestExplorerInBrowser(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	e := startEnv(t, ctx)
	ops := e.registerOperators(10, 20, 30)
	storeURL := e.startStore()
	aggURL, stopAgg := e.startAggregator(t.TempDir())
	defer stopAgg()
	for _, op := range ops {
		defer e.startNode(op, aggURL, t.TempDir())()
	}
	rq, fn := e.deployOracle(storeURL)

	ch, err := explorer.NewEthChain(e.dn.Client, *e.dn.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.New(ch, explorer.Config{FromBlock: e.dn.Addresses.DeployedAt, PollInterval: 250 * time.Millisecond}, e.log)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	xctx, stopExplorer := context.WithCancel(ctx)
	defer stopExplorer()
	go func() { _ = x.Serve(xctx, l) }()
	base := "http://" + l.Addr().String()

	b := browsertest.Start(t, ctx)
	page := browsertest.Page{T: t, Ctx: b}
	do, text, count := page.Do, page.Text, page.Count
	do("open the explorer", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#summary")))

	inputs := []string{"100 a\n200 b\n300 c\n", "7 x\n9 y\n", "42 only\n"}
	var ids []uint32
	for _, in := range inputs {
		created, err := rq.CreateTask(ctx, taskmanager.ITaskManagerTaskRequest{FunctionId: fn, Input: []byte(in), QuorumNumbers: []byte{0},
			QuorumThresholdPercentage: 60, ResponseWindowBlocks: 100}, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, created.ID)
	}
	// The page was loaded before the tasks: they must show up, answered, on their own.
	for _, id := range ids {
		sel := fmt.Sprintf(`tr.task[data-task="%d"][data-state="answered"]`, id)
		wctx, wcancel := context.WithTimeout(b, 2*time.Minute)
		err := chromedp.Do(wctx, chromedp.WaitVisible(chromedp.CSS(sel)))
		wcancel()
		if err != nil {
			t.Fatalf("task %d never shown answered on the open page: %v", id, err)
		}
	}

	// Each task page against the chain.
	var signedTotal int
	for _, id := range ids {
		res, err := rq.Get(ctx, id)
		if err != nil || res.State != onchain.TaskResponded {
			t.Fatalf("task %d on chain: %v %v", id, res.State, err)
		}
		gas, n, err := rq.ResponseGas(ctx, res.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		// Moving between task pages changes only the hash: wait for this task's facts, not
		// for an element the previous task's page also had.
		do(fmt.Sprintf("task %d page", id), chromedp.Navigate(fmt.Sprintf("%s/#/task/%d", base, id)),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#task-facts[data-task="%d"] #task-respond-tx`, id))))
		state, fuel, gasText, digest, tx, output := text("#task-state"), text("#task-fuel"), text("#task-gas"), text("#task-output-digest"), text("#task-respond-tx"), text("#task-output")
		checked := page.Attr("#task-output-checked", "class")
		signers, nonSigners := count("#task-operators tr.signed"), count("#task-operators tr.did-not-sign")
		want := map[string][2]string{
			"state":         {state, "answered"},
			"fuel":          {fuel, strconv.FormatUint(res.Response.FuelUsed, 10)},
			"output digest": {digest, fmt.Sprintf("0x%x", res.Response.OutputDigest)},
			"response tx":   {tx, res.TxHash.Hex()},
			"gas per task":  {gasText, strconv.FormatUint(gas/uint64(n), 10)},
			"output":        {strings.TrimSpace(output), strings.TrimSpace(string(res.Response.Output))},
			"output check":  {checked, "ok"},
		}
		for what, w := range want {
			if w[0] != w[1] {
				t.Errorf("task %d page shows %s %q, the chain says %q", id, what, w[0], w[1])
			}
		}
		if signers < 1 || signers+nonSigners != len(ops) {
			t.Errorf("task %d page lists %d signers and %d non-signers of %d operators", id, signers, nonSigners, len(ops))
		}
		signedTotal += signers
	}

	// Filters, functions, operators and charts.
	do("filter", chromedp.Navigate(fmt.Sprintf("%s/#/?function=%d&state=answered", base, fn)), chromedp.WaitVisible(chromedp.CSS("#tasks")), chromedp.Sleep(300*time.Millisecond))
	if rows := count("#tasks tr.task"); rows != len(ids) {
		t.Errorf("filter function=%d state=answered lists %d tasks, want %d", fn, rows, len(ids))
	}
	do("filter state=expired lists nothing", chromedp.Navigate(base+"/#/?state=expired"), chromedp.WaitVisible(chromedp.CSS("#no-tasks")))
	fnRow := fmt.Sprintf(`tr.function[data-function="%d"]`, fn)
	do("functions page", chromedp.Navigate(base+"/#/functions"), chromedp.WaitVisible(chromedp.CSS(fnRow)))
	if answered := text(fnRow + " td.answered"); answered != strconv.Itoa(len(ids)) {
		t.Errorf("functions page: %s answered, want %d", answered, len(ids))
	}
	do("operators page", chromedp.Navigate(base+"/#/operators"), chromedp.WaitVisible(chromedp.CSS("#operators tr.operator")))
	signedText := browsertest.Eval[string](page, `String([...document.querySelectorAll("#operators td.signed")].reduce((s, td) => s + Number(td.textContent), 0))`)
	if rows := count("#operators tr.operator"); rows != len(ops) || signedText != strconv.Itoa(signedTotal) {
		t.Errorf("operators page: %d operators with %s signatures, want %d with %d", rows, signedText, len(ops), signedTotal)
	}
	do("network page", chromedp.Navigate(base+"/#/network"), chromedp.WaitVisible(chromedp.CSS("#chart-throughput svg polyline")))
	if lines := count(".chart svg polyline"); lines != 7 {
		t.Errorf("network page draws %d series, want 7", lines)
	}
}
