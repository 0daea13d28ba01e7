// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Vm} from "forge-std/Test.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {ITaskConsumer} from "../src/interfaces/ITaskConsumer.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {BatchHelpers} from "./BatchHelpers.sol";
import {RevertingConsumer, GasBurningConsumer} from "./doubles/Consumers.sol";

/// @notice Consumer that remembers every task it was called back for.
contract ListingConsumer is ITaskConsumer {
    uint32[] public seen;

    function onTaskResponse(uint32 taskId, uint64, address, bytes32, uint8, bytes32, bytes calldata) external {
        seen.push(taskId);
    }

    function count() external view returns (uint256) {
        return seen.length;
    }
}

contract TaskManagerBatchTest is BatchHelpers {
    uint64 internal fn;

    function setUp() public override {
        super.setUp();
        fn = _registerFunction(10);
    }

    function _requests(uint256 n, uint8 threshold) internal view returns (ITaskManager.TaskRequest[] memory reqs) {
        reqs = new ITaskManager.TaskRequest[](n);
        for (uint256 i = 0; i < n; i++) {
            reqs[i] = _request(fn, abi.encodePacked("input ", i), threshold, 50);
        }
    }

    function _open(uint256 n, uint8 threshold)
        internal
        returns (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs)
    {
        (ids, ts) = _createBatch(_requests(n, threshold), 0);
        rs = _responses(ids);
        vm.roll(block.number + 1);
    }

    function _respond(ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint256 nonSigners)
        internal
    {
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), _batchCertificate(nonSigners, ts, rs));
    }

    function _assertState(uint32 id, ITaskManager.TaskState want) internal view {
        assertEq(uint8(tm.getTask(id).state), uint8(want));
    }

    // ------------------------------------------------------------ gas

    function _gasBatch(uint256 n) internal {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(n, 66);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        tm.respondToTasks(ts, rs, ref, cert);
        string memory name = string.concat("respondToTasks_", vm.toString(n));
        uint256 used = vm.snapshotGasLastCall("TaskManagerBatch", name);
        vm.snapshotValue("TaskManagerBatch", string.concat(name, "_perTask"), used / n);
        // What the snapshot leaves out: the transaction's calldata (EIP-2028: 4 gas a zero byte, 16 others).
        uint256 calldataGas = _calldataGas(abi.encodeCall(TaskManager.respondToTasks, (ts, rs, ref, cert)));
        vm.snapshotValue("TaskManagerBatch", string.concat(name, "_calldataPerTask"), calldataGas / n);
        for (uint256 i = 0; i < n; i++) {
            _assertState(ids[i], ITaskManager.TaskState.Responded);
        }
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256 gas) {
        for (uint256 i = 0; i < data.length; i++) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }

    function test_gas_respondToTasks_1() public {
        _gasBatch(1);
    }

    function test_gas_respondToTasks_8() public {
        _gasBatch(8);
    }

    function test_gas_respondToTasks_64() public {
        _gasBatch(64);
    }

    function test_gas_respondToTasks_256() public {
        _gasBatch(256);
    }

    function _gasCreate(uint256 n) internal {
        ITaskManager.TaskRequest[] memory reqs = _requests(n, 66);
        vm.prank(requester);
        tm.createTasks{value: n * 1 gwei}(reqs);
        string memory name = string.concat("createTasks_", vm.toString(n));
        uint256 used = vm.snapshotGasLastCall("TaskManagerBatch", name);
        vm.snapshotValue("TaskManagerBatch", string.concat(name, "_perTask"), used / n);
    }

    function test_gas_createTasks_1() public {
        _gasCreate(1);
    }

    function test_gas_createTasks_8() public {
        _gasCreate(8);
    }

    function test_gas_createTasks_64() public {
        _gasCreate(64);
    }

    // ------------------------------------------------------------ recording, events, storage

    function test_batch_recordsEveryTask() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(_requests(3, 50), 3 ether);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + 1);
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = _root(leaves);
        uint32 ref = _maxReferenceBlock(ts);

        vm.expectEmit(true, false, false, true, address(tm));
        emit ITaskManager.BatchResponded(root, 3, ref);
        for (uint256 i = 0; i < 3; i++) {
            vm.expectEmit(true, false, false, false, address(tm));
            emit ITaskManager.TaskResponded(ids[i], rs[i], leaves[i], bytes32(0));
        }
        tm.respondToTasks(ts, rs, ref, _batchCertificate(0, ts, rs));

        for (uint256 i = 0; i < 3; i++) {
            ITaskManager.TaskRecord memory rec = tm.getTask(ids[i]);
            assertEq(uint8(rec.state), uint8(ITaskManager.TaskState.Responded));
            assertEq(rec.respondedBlock, block.number);
            assertEq(rec.resultStatus, 0);
            assertEq(rec.responseDigest, bytes32(0), "batch leaves live under the root, not in the record");
        }
        ITaskManager.BatchRecord memory b = tm.getBatch(root);
        assertEq(b.respondedBlock, block.number);
        assertEq(b.count, 3);
        assertEq(tm.balances(owner), 3 ether, "every fee credited");
    }

    /// The batches mapping sits in slot 107, taken from TaskManager's gap (which shrank 43 -> 42):
    /// the slots before it are unchanged (TaskManagerUpgradeTest.test_storageLayout).
    function test_batch_storageSlot() public {
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(2, 50);
        _respond(ts, rs, 0);
        bytes32 root = _root(_leaves(ts, rs));
        uint256 word = uint256(vm.load(address(tm), keccak256(abi.encode(root, uint256(107)))));
        assertEq(word & type(uint32).max, block.number, "respondedBlock");
        assertEq(word >> 32, 2, "count");
    }

    function test_batch_rootMatchesReference() public {
        for (uint256 n = 1; n <= 9; n++) {
            (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(n, 50);
            _respond(ts, rs, 0);
            assertEq(tm.getBatch(_root(_leaves(ts, rs))).count, n);
        }
    }

    // ------------------------------------------------------------ signatures and replay

    function test_revert_batch_forgedLeaf() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(4, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        rs[2] = _response(ids[2], "forged");
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTasks(ts, rs, ref, cert);
    }

    function test_revert_batch_reordered() public {
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(4, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        (ts[0], ts[1]) = (ts[1], ts[0]);
        (rs[0], rs[1]) = (rs[1], rs[0]);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTasks(ts, rs, ref, cert);
    }

    function test_revert_batch_countNotSigned() public {
        // The same root under another count is another message.
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(1, 50);
        bytes32 root = _root(_leaves(ts, rs));
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.batchMessage(root, 2));
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), cert);
    }

    function test_revert_batch_replayed() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(3, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        tm.respondToTasks(ts, rs, ref, cert);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, ids[0]));
        tm.respondToTasks(ts, rs, ref, cert);
    }

    function test_revert_batchSignatureNotASingleSignature() public {
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(1, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory batchCert = _batchCertificate(0, ts, rs);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTask(ts[0], rs[0], batchCert);
        // ... and a single certificate is not a batch certificate.
        BLSSignatureChecker.NonSignerStakesAndSignature memory single = _certificate(0, tm.responseDigest(ts[0], rs[0]));
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTasks(ts, rs, ts[0].referenceBlock, single);
        // The right certificate for each path still works.
        tm.respondToTask(ts[0], rs[0], single);
    }

    function test_batchMessage_boundToChainAndContract() public {
        bytes32 root = keccak256("root");
        bytes32 m = tm.batchMessage(root, 3);
        assertEq(m, keccak256(abi.encode(tm.BATCH_TAG(), block.chainid, address(tm), root, uint256(3))));
        vm.chainId(block.chainid + 1);
        assertTrue(tm.batchMessage(root, 3) != m);
    }

    // ------------------------------------------------------------ thresholds

    function test_batch_mixedThresholds() public {
        // 20 non-signers: 115 of 325 ether signed (35.4%): thresholds 10, 35 and 20 are all met.
        ITaskManager.TaskRequest[] memory reqs = _requests(3, 10);
        reqs[1].quorumThresholdPercentage = 35;
        reqs[2].quorumThresholdPercentage = 20;
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + 1);
        _respond(ts, rs, 20);
        for (uint256 i = 0; i < 3; i++) {
            _assertState(ids[i], ITaskManager.TaskState.Responded);
        }
    }

    function test_revert_batch_thresholdNotMetNamesTask() public {
        ITaskManager.TaskRequest[] memory reqs = _requests(4, 10);
        reqs[2].quorumThresholdPercentage = 36; // the first task above 35.4%
        reqs[3].quorumThresholdPercentage = 90;
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(20, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskManager.BatchThresholdNotMet.selector, uint256(2), uint8(0), uint96(115 ether), uint96(325 ether)
            )
        );
        tm.respondToTasks(ts, rs, ref, cert);
        _assertState(ids[0], ITaskManager.TaskState.Pending);
    }

    // ------------------------------------------------------------ batch rule

    function test_revert_batch_mixedQuorums() public {
        registry.setQuorumCount(2);
        ITaskManager.TaskRequest[] memory reqs = _requests(3, 50);
        reqs[1].quorumNumbers = hex"0001";
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.BatchQuorumMismatch.selector, uint256(1)));
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), cert);
    }

    function test_revert_batch_lengths() public {
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(2, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        ITaskManager.TaskResponse[] memory one = new ITaskManager.TaskResponse[](1);
        one[0] = rs[0];
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.BatchLengthMismatch.selector, uint256(2), uint256(1)));
        tm.respondToTasks(ts, one, _maxReferenceBlock(ts), cert);
        vm.expectRevert(ITaskManager.EmptyBatch.selector);
        tm.respondToTasks(new ITaskManager.Task[](0), new ITaskManager.TaskResponse[](0), 1, cert);
    }

    function test_batch_referenceBlockRules() public {
        // Tasks created at blocks 100 and 103; now 106.
        (uint32 id1, ITaskManager.Task memory t1) = _createTask(_request(fn, "a", 50, 50), 0);
        vm.roll(103);
        (uint32 id2, ITaskManager.Task memory t2) = _createTask(_request(fn, "b", 50, 50), 0);
        vm.roll(106);
        ITaskManager.Task[] memory ts = new ITaskManager.Task[](2);
        (ts[0], ts[1]) = (t1, t2);
        uint32[] memory ids = new uint32[](2);
        (ids[0], ids[1]) = (id1, id2);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);

        // Before the second task's reference block.
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskManager.BatchReferenceBlockBeforeTask.selector, uint256(1), uint32(103), uint32(102)
            )
        );
        tm.respondToTasks(ts, rs, 102, cert);
        // Not in the past.
        vm.expectRevert(BLSSignatureChecker.InvalidReferenceBlocknumber.selector);
        tm.respondToTasks(ts, rs, 106, cert);
        // Stale stakes at the batch's reference block (delay 50: updated at 55 is stale for 105).
        vm.prank(owner);
        tm.setStaleStakesForbidden(true);
        registry.setQuorumUpdateBlockNumber(0, 55);
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.StaleStakes.selector, uint8(0)));
        tm.respondToTasks(ts, rs, 105, cert);
        // Later than every task's and fresh: accepted.
        registry.setQuorumUpdateBlockNumber(0, 60);
        tm.respondToTasks(ts, rs, 105, cert);
        _assertState(id1, ITaskManager.TaskState.Responded);
        _assertState(id2, ITaskManager.TaskState.Responded);
    }

    // ------------------------------------------------------------ per-task checks

    function test_revert_batch_deadlinePassedForOne() public {
        ITaskManager.TaskRequest[] memory reqs = _requests(3, 50);
        reqs[1].responseWindowBlocks = MIN_WINDOW;
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + MIN_WINDOW + 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskDeadlinePassed.selector, ids[1], ts[1].deadlineBlock));
        tm.respondToTasks(ts, rs, ref, cert);
    }

    /// A task a straggler answered alone reverts the whole batch; the aggregator re-proposes the rest.
    function test_revert_batch_taskAlreadyAnsweredAlone() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(3, 50);
        tm.respondToTask(ts[1], rs[1], _certificate(0, tm.responseDigest(ts[1], rs[1])));
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, ids[1]));
        tm.respondToTasks(ts, rs, ref, cert);
        _assertState(ids[0], ITaskManager.TaskState.Pending);

        ITaskManager.Task[] memory rest = new ITaskManager.Task[](2);
        ITaskManager.TaskResponse[] memory restRs = new ITaskManager.TaskResponse[](2);
        (rest[0], rest[1], restRs[0], restRs[1]) = (ts[0], ts[2], rs[0], rs[2]);
        _respond(rest, restRs, 0);
        _assertState(ids[0], ITaskManager.TaskState.Responded);
        _assertState(ids[2], ITaskManager.TaskState.Responded);
    }

    function test_revert_batch_taskExpired() public {
        ITaskManager.TaskRequest[] memory reqs = _requests(2, 50);
        reqs[0].responseWindowBlocks = MIN_WINDOW;
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + MIN_WINDOW + 1);
        tm.expireTask(ids[0], ts[0]);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyExpired.selector, ids[0]));
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), cert);
    }

    /// The same task twice in one batch: the first is recorded before the second is checked.
    function test_revert_batch_duplicateTask() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(2, 50);
        ts[1] = ts[0];
        rs[1] = rs[0];
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, ids[0]));
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), cert);
    }

    function test_revert_batch_perTaskChecks() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(2, 50);
        uint32 ref = _maxReferenceBlock(ts);
        // Output digest must match the inline output.
        ITaskManager.TaskResponse memory good = rs[1];
        rs[1].outputDigest = keccak256("other");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(ITaskManager.OutputDigestMismatch.selector);
        tm.respondToTasks(ts, rs, ref, cert);
        rs[1] = good;
        // The task must be the stored one (a submitter cannot lower its threshold).
        ts[1].quorumThresholdPercentage = 10;
        cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskMismatch.selector, ids[1]));
        tm.respondToTasks(ts, rs, ref, cert);
    }

    function test_revert_batch_zkTaskRefused() public {
        ITaskManager.FunctionSpec memory s = _spec(0);
        s.mode = ITaskManager.VerificationMode.Zk;
        s.zkVerifier = address(0xbeef);
        uint64 zkFn = tm.registerFunction(s);
        (uint32 a, ITaskManager.Task memory ta) = _createTask(_request(fn, "q", 50, 50), 0);
        (uint32 z, ITaskManager.Task memory tz) = _createTask(_request(zkFn, "z", 0, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.Task[] memory ts = new ITaskManager.Task[](2);
        (ts[0], ts[1]) = (ta, tz);
        uint32[] memory ids = new uint32[](2);
        (ids[0], ids[1]) = (a, z);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.WrongVerificationMode.selector, z));
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), cert);
    }

    function test_batch_onlyAggregatorWhenSet() public {
        address agg = makeAddr("aggregator");
        vm.prank(owner);
        tm.setAggregator(agg);
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(2, 50);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _batchCertificate(0, ts, rs);
        uint32 ref = _maxReferenceBlock(ts);
        vm.expectRevert(ITaskManager.NotAggregator.selector);
        tm.respondToTasks(ts, rs, ref, cert);
        vm.prank(agg);
        tm.respondToTasks(ts, rs, ref, cert);
    }

    // ------------------------------------------------------------ callbacks

    function test_batch_callbacksIsolated() public {
        ListingConsumer listing = new ListingConsumer();
        ITaskManager.TaskRequest[] memory reqs = _requests(5, 50);
        address[5] memory targets = [
            address(listing),
            address(new RevertingConsumer()),
            address(listing),
            address(new GasBurningConsumer()),
            address(listing)
        ];
        for (uint256 i = 0; i < 5; i++) {
            reqs[i].callback = targets[i];
            reqs[i].callbackGasLimit = 100_000;
        }
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 0);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        vm.roll(block.number + 1);
        vm.recordLogs();
        _respond(ts, rs, 0);

        for (uint256 i = 0; i < 5; i++) {
            _assertState(ids[i], ITaskManager.TaskState.Responded);
        }
        assertEq(listing.count(), 3);
        assertEq(listing.seen(0), ids[0]);
        assertEq(listing.seen(1), ids[2]);
        assertEq(listing.seen(2), ids[4]);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 k;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] != ITaskManager.CallbackResult.selector) continue;
            assertEq(uint32(uint256(logs[i].topics[1])), ids[k]);
            assertEq(abi.decode(logs[i].data, (bool)), k % 2 == 0, "only the listing consumer succeeds");
            k++;
        }
        assertEq(k, 5);
    }

    // ------------------------------------------------------------ Merkle proofs

    function _checkProofs(uint256 n) internal {
        (, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(n, 50);
        _respond(ts, rs, 0);
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = _root(leaves);
        for (uint256 i = 0; i < n; i++) {
            bytes32[] memory proof = _proof(leaves, i);
            assertTrue(tm.verifyBatchLeaf(root, leaves[i], i, proof), "valid proof");
            if (n > 1) assertFalse(tm.verifyBatchLeaf(root, leaves[i], (i + 1) % n, proof), "wrong index");
            assertFalse(tm.verifyBatchLeaf(root, keccak256("other"), i, proof), "wrong leaf");
            assertFalse(tm.verifyBatchLeaf(keccak256("unknown root"), leaves[i], i, proof), "unknown root");
            assertFalse(tm.verifyBatchLeaf(root, leaves[i], i + n, proof), "index out of range");
            // The inner node of a pair is not a leaf.
            if (proof.length > 0) {
                bytes32[] memory bad = _proof(leaves, i);
                bad[0] = bytes32(uint256(bad[0]) ^ 1);
                assertFalse(tm.verifyBatchLeaf(root, leaves[i], i, bad), "wrong sibling");
                bytes32[] memory shorter = new bytes32[](proof.length - 1);
                for (uint256 j = 0; j < shorter.length; j++) {
                    shorter[j] = proof[j];
                }
                assertFalse(tm.verifyBatchLeaf(root, leaves[i], i, shorter), "short proof");
            }
            bytes32[] memory longer = new bytes32[](proof.length + 1);
            for (uint256 j = 0; j < proof.length; j++) {
                longer[j] = proof[j];
            }
            assertFalse(tm.verifyBatchLeaf(root, leaves[i], i, longer), "long proof");
        }
    }

    function test_batch_proofs_7() public {
        _checkProofs(7);
    }

    function test_batch_proofs_8() public {
        _checkProofs(8);
    }

    function test_batch_proofs_1() public {
        _checkProofs(1);
    }

    // ------------------------------------------------------------ createTasks

    function test_createTasks_splitsFee() public {
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(_requests(4, 50), 4 ether);
        for (uint256 i = 0; i < 4; i++) {
            assertEq(ids[i], uint32(i + 1));
            assertEq(ts[i].fee, 1 ether);
            assertEq(ts[i].requester, requester);
            assertEq(tm.getTask(ids[i]).taskHash, keccak256(abi.encode(ts[i])));
        }
        assertEq(address(tm).balance, 4 ether);
        assertEq(tm.nextTaskId(), 5);
    }

    function test_revert_createTasks_rules() public {
        ITaskManager.TaskRequest[] memory reqs = _requests(3, 50);
        vm.startPrank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeNotDivisible.selector, uint256(10), uint256(3)));
        tm.createTasks{value: 10}(reqs);
        vm.expectRevert(ITaskManager.EmptyBatch.selector);
        tm.createTasks(new ITaskManager.TaskRequest[](0));
        vm.stopPrank();
        vm.prank(owner);
        tm.setMinTaskFee(2);
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, uint256(1), uint256(2)));
        tm.createTasks{value: 3}(reqs);
        // One bad request reverts them all.
        reqs[2].functionId = 99;
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        tm.createTasks{value: 6}(reqs);
        assertEq(tm.nextTaskId(), 1);
        vm.prank(owner);
        tm.pause();
        vm.expectRevert();
        tm.createTasks(reqs);
    }

    // ------------------------------------------------------------ fuzz

    /// The contract hashes a task from its calldata bytes: the same as keccak256(abi.encode(task)) for
    /// any quorumNumbers length and field values.
    function testFuzz_taskHashIsAbiEncodeHash(bytes memory quorumNumbers, bytes memory output, uint256 seed)
        public
        view
    {
        ITaskManager.Task memory task;
        task.functionId = uint64(seed);
        task.moduleDigest = keccak256(abi.encode(seed, 1));
        task.runtime = ITaskManager.RuntimeKind(seed % 2);
        task.environment = keccak256(abi.encode(seed, 2));
        task.limits = ITaskManager.ResourceLimits(uint64(seed >> 8), uint64(seed >> 16), uint32(seed >> 24), 7);
        task.inputDigest = keccak256(abi.encode(seed, 3));
        task.quorumNumbers = quorumNumbers;
        task.quorumThresholdPercentage = uint8(seed >> 32);
        task.referenceBlock = uint32(seed >> 40);
        task.deadlineBlock = uint32(seed >> 72);
        task.requester = address(uint160(seed >> 96));
        task.callback = address(uint160(seed));
        task.callbackGasLimit = uint32(seed >> 128);
        task.fee = uint96(seed >> 160);
        ITaskManager.TaskResponse memory resp = _response(7, output);
        bytes32 want = keccak256(abi.encode(block.chainid, address(tm), keccak256(abi.encode(task)), resp));
        assertEq(tm.responseDigest(task, resp), want);
    }

    /// Any batch size and order of pending tasks is accepted, every task recorded, every leaf provable.
    function testFuzz_batchSizesAndOrders(uint8 size, uint256 seed) public {
        uint256 n = bound(size, 1, 24);
        (uint32[] memory ids, ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs) = _open(n, 50);
        for (uint256 i = n - 1; i > 0; i--) {
            uint256 j = uint256(keccak256(abi.encode(seed, i))) % (i + 1);
            (ts[i], ts[j]) = (ts[j], ts[i]);
            (rs[i], rs[j]) = (rs[j], rs[i]);
        }
        _respond(ts, rs, 5);
        for (uint256 i = 0; i < n; i++) {
            _assertState(ids[i], ITaskManager.TaskState.Responded);
        }
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = _root(leaves);
        uint256 k = uint256(seed) % n;
        assertTrue(tm.verifyBatchLeaf(root, leaves[k], k, _proof(leaves, k)));
    }
}
