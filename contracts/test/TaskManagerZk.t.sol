// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Vm} from "forge-std/Test.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {ThresholdVerifier} from "../src/zk/ThresholdVerifier.sol";
import {MerkleVerifier} from "../src/zk/MerkleVerifier.sol";
import {HashchainVerifier} from "../src/zk/HashchainVerifier.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";
import {RecordingConsumer} from "./doubles/Consumers.sol";

/// @notice zk verification mode with real Groth16 proofs: fixtures/zk/*.json are written by
/// `make zk-fixtures` (tools/zkfixtures) from the example circuits in zk/examples, for exactly the
/// tasks created here (function ids in registration order, block 100, window 50, fee 1 ether).
contract TaskManagerZkTest is TaskManagerBase {
    struct Fixture {
        bytes32 moduleDigest;
        bytes input;
        bytes32 taskHash;
        bytes output;
        bytes proof;
        uint256[] inputs;
        bytes32 callbackTaskHash;
        bytes callbackProof;
    }

    /// @dev Where the fixture's callback task points (tools/zkfixtures: fixtureCallback).
    address internal constant FIXTURE_CALLBACK = address(0xc0de);

    ThresholdVerifier internal thresholdVerifier;
    MerkleVerifier internal merkleVerifier;
    HashchainVerifier internal chainVerifier;
    Fixture internal thr;
    Fixture internal mrk;
    Fixture internal chn;
    uint64 internal thrFn;
    uint64 internal mrkFn;
    uint64 internal chnFn;

    function setUp() public override {
        super.setUp();
        thr = _read("threshold");
        mrk = _read("merkle");
        chn = _read("hashchain");
        thresholdVerifier = new ThresholdVerifier();
        merkleVerifier = new MerkleVerifier();
        chainVerifier = new HashchainVerifier();
        thrFn = tm.registerFunction(_zkSpec(thr.moduleDigest, address(thresholdVerifier)));
        mrkFn = tm.registerFunction(_zkSpec(mrk.moduleDigest, address(merkleVerifier)));
        chnFn = tm.registerFunction(_zkSpec(chn.moduleDigest, address(chainVerifier)));
    }

    function _read(string memory name) internal view returns (Fixture memory f) {
        string memory j = vm.readFile(string.concat("contracts/test/fixtures/zk/", name, ".json"));
        f.moduleDigest = vm.parseJsonBytes32(j, ".moduleDigest");
        f.input = vm.parseJsonBytes(j, ".input");
        f.taskHash = vm.parseJsonBytes32(j, ".taskHash");
        f.output = vm.parseJsonBytes(j, ".output");
        f.proof = vm.parseJsonBytes(j, ".proof");
        f.callbackTaskHash = vm.parseJsonBytes32(j, ".callbackTaskHash");
        f.callbackProof = vm.parseJsonBytes(j, ".callbackProof");
        string[] memory ins = vm.parseJsonStringArray(j, ".publicInputs");
        f.inputs = new uint256[](ins.length);
        for (uint256 i = 0; i < ins.length; i++) {
            f.inputs[i] = vm.parseUint(ins[i]);
        }
    }

    function _zkSpec(bytes32 digest, address verifier) internal pure returns (ITaskManager.FunctionSpec memory s) {
        s = _spec(0);
        s.moduleDigest = digest;
        s.mode = ITaskManager.VerificationMode.Zk;
        s.zkVerifier = verifier;
    }

    /// @dev Creates the fixture's task (at block 100, as the fixture assumes) and checks its hash.
    function _fixtureTask(uint64 fn, Fixture memory f) internal returns (uint32 id, ITaskManager.Task memory task) {
        (id, task) = _createTask(_request(fn, f.input, 0, 50), 1 ether);
        assertEq(tm.getTask(id).taskHash, f.taskHash, "fixture task hash: run make zk-fixtures");
        vm.roll(block.number + 1);
    }

    // ------------------------------------------------------------ real proofs accepted

    function test_zk_verifiersAcceptFixtureProofs() public {
        uint256[7] memory t;
        for (uint256 i = 0; i < 7; i++) {
            t[i] = thr.inputs[i];
        }
        thresholdVerifier.verifyProof(thr.proof, t);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_verifyProof_threshold");
        uint256[6] memory m;
        for (uint256 i = 0; i < 6; i++) {
            m[i] = mrk.inputs[i];
        }
        merkleVerifier.verifyProof(mrk.proof, m);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_verifyProof_merkle");
        uint256[6] memory c;
        for (uint256 i = 0; i < 6; i++) {
            c[i] = chn.inputs[i];
        }
        chainVerifier.verifyProof(chn.proof, c);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_verifyProof_hashchain_2^16");
    }

    function test_zk_respondWithProof_threshold() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        ITaskManager.TaskResponse memory resp = _response(id, thr.output);
        vm.expectEmit(true, false, false, true, address(tm));
        emit ITaskManager.TaskResponded(id, resp, tm.responseDigest(task, resp), bytes32(0));
        tm.respondWithProof(task, resp, thr.proof);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_respondWithProof_threshold");
        ITaskManager.TaskRecord memory rec = tm.getTask(id);
        assertEq(uint8(rec.state), uint8(ITaskManager.TaskState.Responded));
        assertEq(rec.responseDigest, tm.responseDigest(task, resp));
        assertEq(tm.balances(owner), 1 ether);
        // The output is the statement: commitment, bound, result = 1 (720 >= 650).
        assertEq(uint256(bytes32(_word(thr.output, 2))), 1);
    }

    function test_zk_revert_transcript() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        ITaskManager.TaskResponse memory resp = _response(id, thr.output);
        resp.transcriptDigest = keccak256("fetched");
        vm.expectRevert(ITaskManager.ZkTranscript.selector);
        tm.respondWithProof(task, resp, thr.proof);
    }

    function test_zk_respondWithProof_merkle() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(mrkFn, mrk);
        tm.respondWithProof(task, _response(id, mrk.output), mrk.proof);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_respondWithProof_merkle");
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    /// @dev A real proof of the 2^16-constraint synthetic circuit: gas does not grow with circuit size.
    function test_zk_respondWithProof_hashchain2p16() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(chnFn, chn);
        tm.respondWithProof(task, _response(id, chn.output), chn.proof);
        vm.snapshotGasLastCall("TaskManagerZk", "zk_respondWithProof_hashchain_2^16");
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function test_zk_callbackDelivered() public {
        vm.etch(FIXTURE_CALLBACK, address(new RecordingConsumer()).code);
        ITaskManager.TaskRequest memory r = _request(thrFn, thr.input, 0, 50);
        r.callback = FIXTURE_CALLBACK;
        r.callbackGasLimit = 300_000;
        (uint32 id, ITaskManager.Task memory task) = _createTask(r, 1 ether);
        assertEq(tm.getTask(id).taskHash, thr.callbackTaskHash, "fixture callback task hash: run make zk-fixtures");
        vm.roll(block.number + 1);
        // Same input, but the callback makes it another task: the plain task's proof does not fit.
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
        vm.expectEmit(true, true, false, true, address(tm));
        emit ITaskManager.CallbackResult(id, FIXTURE_CALLBACK, true);
        tm.respondWithProof(task, _response(id, thr.output), thr.callbackProof);
        RecordingConsumer c = RecordingConsumer(FIXTURE_CALLBACK);
        assertEq(c.lastTaskId(), id);
        assertEq(c.lastFunctionId(), thrFn);
        assertEq(c.lastRequester(), requester);
        assertEq(c.lastModuleDigest(), thr.moduleDigest);
        assertEq(c.lastStatus(), 0);
        assertEq(c.lastDigest(), keccak256(thr.output));
        assertEq(c.lastOutput(), thr.output);
    }

    // ------------------------------------------------------------ binding: another task, another output

    function test_zk_revert_proofForAnotherTask() public {
        _fixtureTask(thrFn, thr); // block 100 -> 101
        // The same request one block later is another task (reference block differs).
        (uint32 id2, ITaskManager.Task memory task2) = _createTask(_request(thrFn, thr.input, 0, 50), 1 ether);
        vm.roll(block.number + 1);
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task2, _response(id2, thr.output), thr.proof);
    }

    function test_zk_revert_proofForAnotherFunction() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, thr.output), mrk.proof);
    }

    function test_zk_revert_anotherOutput() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        bytes memory forged = bytes.concat(thr.output);
        forged[95] = 0x00; // result 1 -> 0: "value below the bound"
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, forged), thr.proof);
        // The digest alone cannot be swapped either.
        ITaskManager.TaskResponse memory resp = _response(id, thr.output);
        resp.outputDigest = keccak256(forged);
        vm.expectRevert(ITaskManager.OutputDigestMismatch.selector);
        tm.respondWithProof(task, resp, thr.proof);
        // And the honest answer still goes through.
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
    }

    function testFuzz_zk_anyOtherOutputRejected(uint256 word, uint8 index) public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        uint256 i = index % 3;
        word = word % 21888242871839275222246405745257275088548364400416034343698204186575808495617;
        vm.assume(word != uint256(_word(thr.output, i)));
        bytes memory forged = bytes.concat(thr.output);
        assembly {
            mstore(add(add(forged, 32), mul(i, 32)), word)
        }
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, forged), thr.proof);
    }

    function test_zk_revert_tamperedProof() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        bytes memory p = bytes.concat(thr.proof);
        p[10] ^= 0x01;
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, thr.output), p);
        vm.expectPartialRevert(ITaskManager.ProofRejected.selector);
        tm.respondWithProof(task, _response(id, thr.output), hex"");
    }

    // ------------------------------------------------------------ lifecycle, same rules as respondToTask

    function test_zk_revert_lifecycle() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        ITaskManager.TaskResponse memory resp = _response(id, thr.output);
        ITaskManager.Task memory altered = abi.decode(abi.encode(task), (ITaskManager.Task));
        altered.fee = 0;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskMismatch.selector, id));
        tm.respondWithProof(altered, resp, thr.proof);
        ITaskManager.TaskResponse memory bad = _response(id, thr.output);
        bad.status = 1;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.ZkStatusNotOk.selector, uint8(1)));
        tm.respondWithProof(task, bad, thr.proof);
        bad = _response(id, hex"01");
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.ZkOutputMalformed.selector, uint256(1)));
        tm.respondWithProof(task, bad, thr.proof);
        tm.respondWithProof(task, resp, thr.proof);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, id));
        tm.respondWithProof(task, resp, thr.proof);
    }

    function test_zk_revert_afterDeadline() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        vm.roll(task.deadlineBlock + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskDeadlinePassed.selector, id, task.deadlineBlock));
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
        tm.expireTask(id, task);
        assertEq(tm.balances(requester), 1 ether);
    }

    function test_zk_revert_quorumTaskNeedsCertificate() public {
        uint64 qfn = _registerFunction(50);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(qfn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.WrongVerificationMode.selector, id));
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
    }

    function test_zk_revert_verifierWithoutCode() public {
        uint64 fn = tm.registerFunction(_zkSpec(thr.moduleDigest, address(0xbeef)));
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, thr.input, 0, 50), 0);
        vm.roll(block.number + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.ZkVerifierMissing.selector, address(0xbeef)));
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
    }

    function test_zk_pendingTaskKeepsItsVerifier() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        tm.updateFunction(thrFn, _zkSpec(thr.moduleDigest, address(merkleVerifier)));
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
    }

    function test_zk_onlyAggregatorWhenSet() public {
        (uint32 id, ITaskManager.Task memory task) = _fixtureTask(thrFn, thr);
        address agg = makeAddr("aggregator");
        vm.prank(owner);
        tm.setAggregator(agg);
        vm.expectRevert(ITaskManager.NotAggregator.selector);
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
        vm.prank(agg);
        tm.respondWithProof(task, _response(id, thr.output), thr.proof);
    }

    function _word(bytes memory b, uint256 i) internal pure returns (bytes32 w) {
        assembly {
            w := mload(add(add(b, 32), mul(i, 32)))
        }
    }
}
