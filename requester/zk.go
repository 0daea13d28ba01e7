package requester

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/blockless/avs/bindings/taskmanager"
	"github.com/blockless/avs/internal/progress"
	"github.com/blockless/avs/modstore"
	"github.com/blockless/avs/protocol/onchain"
	"github.com/blockless/avs/zk/artifacts"
)

// DeployContract deploys creation bytecode (a zk verifier) and returns its address.
func (c *Client) DeployContract(ctx context.Context, what string, bytecode []byte) (common.Address, common.Hash, error) {
	if len(bytecode) == 0 {
		return common.Address{}, common.Hash{}, errors.New("deploy: empty bytecode")
	}
	if !c.canSend {
		return common.Address{}, common.Hash{}, errNoKey
	}
	return c.chain.DeployContract(ctx, what, bytecode)
}

// ZkDeployment is a zk function as `blockless zk deploy` leaves it.
type ZkDeployment struct {
	FunctionID     uint64
	Manifest       artifacts.Manifest
	ManifestDigest modstore.Digest // the function's moduleDigest
	ManifestURI    string
	Verifier       common.Address
	TxHash         common.Hash
}

// DeployZkFunctionTo publishes a built zk function's artifacts to a module store, then the manifest
// naming them with their URIs (its digest becomes the function's moduleDigest), deploys the
// verifier from d's bytecode unless verifier is given, and registers the function in zk mode.
func (c *Client) DeployZkFunctionTo(ctx context.Context, store ModuleStore, d *artifacts.Dir, verifier common.Address, lim taskmanager.ITaskManagerResourceLimits) (ZkDeployment, error) {
	var res ZkDeployment
	m := d.Manifest
	for _, a := range []struct {
		file string
		art  *artifacts.Artifact
	}{{artifacts.FileConstraintSystem, &m.ConstraintSystem}, {artifacts.FileProvingKey, &m.ProvingKey},
		{artifacts.FileVerifyingKey, &m.VerifyingKey}, {artifacts.FileWitnessModule, &m.WitnessModule}} {
		_, uri, err := store.PublishNamed(ctx, a.file, d.Files[a.file])
		if err != nil {
			return res, fmt.Errorf("publish %s: %w", a.file, err)
		}
		a.art.URIs = []string{uri}
	}
	mb, err := m.Marshal()
	if err != nil {
		return res, err
	}
	digest, uri, err := store.PublishNamed(ctx, artifacts.FileManifest, mb)
	if err != nil {
		return res, fmt.Errorf("publish manifest: %w", err)
	}
	res.Manifest, res.ManifestDigest, res.ManifestURI = m, digest, uri
	if verifier == (common.Address{}) {
		hexCode, ok := d.Files[artifacts.FileBytecode]
		if !ok {
			return res, fmt.Errorf("%s has no %s: build with a solc, or give a deployed verifier", d.Path, artifacts.FileBytecode)
		}
		code, err := hex.DecodeString(string(bytes.TrimSpace(hexCode)))
		if err != nil {
			return res, fmt.Errorf("%s: %w", artifacts.FileBytecode, err)
		}
		store.Progress.Stage("deploying the verifier (%s)", progress.Size(int64(len(code))))
		if verifier, _, err = c.DeployContract(ctx, "verifier", code); err != nil {
			return res, err
		}
	}
	res.Verifier = verifier
	store.Progress.Stage("registering the function (zk mode, verifier %s)", verifier.Hex())
	id, tx, err := c.RegisterFunction(ctx, taskmanager.ITaskManagerFunctionSpec{
		ModuleDigest: digest, Runtime: uint8(onchain.RuntimeWasm), Mode: uint8(onchain.ModeZk), ZkVerifier: verifier, Limits: lim, Uris: []string{uri},
	})
	if err != nil {
		return res, err
	}
	res.FunctionID, res.TxHash = id, tx
	return res, nil
}
