// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {BN254} from "../src/libraries/BN254.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {Slasher, IAllocationManagerSlashing, IBLSKeys} from "../src/Slasher.sol";
import {BatchHelpers} from "./BatchHelpers.sol";
import {CommitteeFixtures} from "./CommitteeFixtures.sol";
import {AllocationRecorder, KeysDouble} from "./doubles/SlashingDoubles.sol";

/// @notice Fault proofs against the real TaskManager with real BLS signatures: equivocation,
/// contradiction of single and batch answers, refusal of honest or forged evidence, replays, and
/// vetoable slashing.
contract SlasherTest is BatchHelpers, CommitteeFixtures {
    using BN254 for BN254.G1Point;

    uint64 internal constant WAD = 0.1e18;
    Slasher internal slasher;
    AllocationRecorder internal alloc;
    KeysDouble internal keys;
    address internal avs = makeAddr("avs");
    address internal byzantine = makeAddr("byzantine");
    address internal honest = makeAddr("honest");
    address internal veto = makeAddr("veto");
    CommitteeKey internal byzKey;
    CommitteeKey internal honestKey;
    uint64 internal fn;

    function setUp() public override {
        super.setUp();
        alloc = new AllocationRecorder();
        keys = new KeysDouble();
        byzKey = _readCommitteeKey(fixture, 0);
        honestKey = _readCommitteeKey(fixture, 1);
        keys.setKey(byzantine, byzKey.g2);
        keys.setKey(honest, honestKey.g2);
        slasher = new Slasher(
            ITaskManager(address(tm)),
            IAllocationManagerSlashing(address(alloc)),
            IBLSKeys(address(keys)),
            avs,
            1,
            owner,
            WAD
        );
        fn = _registerFunction(10);
    }

    function _sign(CommitteeKey memory k, bytes32 digest) internal view returns (BN254.G1Point memory) {
        return BN254.hashToG1(digest).scalarMul(k.sk);
    }

    /// A task answered alone (its digest kept on chain), with the certified response.
    function _answered() internal returns (ITaskManager.Task memory task, ITaskManager.TaskResponse memory certified) {
        uint32 id;
        (id, task) = _createTask(_request(fn, "input", 66, 50), 1 gwei);
        vm.roll(block.number + 1);
        certified = _response(id, "right");
        tm.respondToTask(task, certified, _certificate(0, tm.responseDigest(task, certified)));
    }

    function _noBatch() internal pure returns (ITaskManager.TaskResponse memory r, bytes32[] memory proof) {
        r.output = "";
        proof = new bytes32[](0);
    }

    function test_contradictionSlashes() public {
        (ITaskManager.Task memory task, ITaskManager.TaskResponse memory certified) = _answered();
        ITaskManager.TaskResponse memory wrong = _response(certified.taskId, "wrong");
        BN254.G1Point memory sig = _sign(byzKey, tm.responseDigest(task, wrong));
        (ITaskManager.TaskResponse memory none, bytes32[] memory proof) = _noBatch();

        vm.expectEmit(address(slasher));
        emit Slasher.FaultProven(byzantine, Slasher.Fault.Contradiction, certified.taskId, 0);
        vm.prank(makeAddr("anyone"));
        slasher.proveContradiction(task, wrong, sig, byzantine, none, bytes32(0), 0, proof);
        vm.snapshotGasLastCall("Slasher", "proveContradiction_single");

        assertEq(alloc.slashes(), 1);
        assertEq(alloc.lastAvs(), avs);
        assertEq(alloc.lastOperator(), byzantine);
        assertEq(alloc.lastOperatorSetId(), 1);
        (address[] memory strategies, uint256[] memory wads) = alloc.last();
        assertEq(strategies[0], address(0x5100));
        assertEq(strategies[1], address(0x5200));
        assertEq(strategies[2], address(0x5300));
        assertEq(wads[2], WAD);
        assertEq(uint8(slasher.getRequest(0).status), uint8(Slasher.RequestStatus.Fulfilled));

        // The same fault cannot be proven twice, nor another fault on the same task.
        vm.expectRevert(
            abi.encodeWithSelector(Slasher.FaultAlreadyProven.selector, byzantine, keccak256(abi.encode(task)))
        );
        slasher.proveContradiction(task, wrong, sig, byzantine, none, bytes32(0), 0, proof);
        assertEq(alloc.slashes(), 1);
    }

    function test_honestSignatureIsNotAFault() public {
        (ITaskManager.Task memory task, ITaskManager.TaskResponse memory certified) = _answered();
        BN254.G1Point memory sig = _sign(honestKey, tm.responseDigest(task, certified));
        (ITaskManager.TaskResponse memory none, bytes32[] memory proof) = _noBatch();
        vm.expectRevert(Slasher.NotAContradiction.selector);
        slasher.proveContradiction(task, certified, sig, honest, none, bytes32(0), 0, proof);
        // Another operator's signature on a wrong response does not incriminate the honest one.
        ITaskManager.TaskResponse memory wrong = _response(certified.taskId, "wrong");
        BN254.G1Point memory byzSig = _sign(byzKey, tm.responseDigest(task, wrong));
        vm.expectRevert(Slasher.InvalidSignature.selector);
        slasher.proveContradiction(task, wrong, byzSig, honest, none, bytes32(0), 0, proof);
        // An operator with no registered key cannot be named.
        vm.expectRevert(abi.encodeWithSelector(Slasher.UnknownOperatorKey.selector, makeAddr("nobody")));
        slasher.proveContradiction(task, wrong, byzSig, makeAddr("nobody"), none, bytes32(0), 0, proof);
        assertEq(alloc.slashes(), 0);
    }

    function test_onlyAnsweredKnownTasks() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 50), 1 gwei);
        ITaskManager.TaskResponse memory wrong = _response(id, "wrong");
        BN254.G1Point memory sig = _sign(byzKey, tm.responseDigest(task, wrong));
        (ITaskManager.TaskResponse memory none, bytes32[] memory proof) = _noBatch();
        vm.expectRevert(abi.encodeWithSelector(Slasher.TaskNotAnswered.selector, id));
        slasher.proveContradiction(task, wrong, sig, byzantine, none, bytes32(0), 0, proof);

        (ITaskManager.Task memory answered, ITaskManager.TaskResponse memory certified) = _answered();
        // A task that is not the one recorded under that id (e.g. replaced in a reorg).
        ITaskManager.Task memory other = answered;
        other.inputDigest = keccak256("another input");
        wrong = _response(certified.taskId, "wrong");
        sig = _sign(byzKey, tm.responseDigest(other, wrong));
        vm.expectRevert(abi.encodeWithSelector(Slasher.UnknownTask.selector, certified.taskId));
        slasher.proveContradiction(other, wrong, sig, byzantine, none, bytes32(0), 0, proof);
    }

    function test_contradictionOfABatchAnswer() public {
        ITaskManager.TaskRequest[] memory reqs = new ITaskManager.TaskRequest[](3);
        for (uint256 i = 0; i < 3; i++) {
            reqs[i] = _request(fn, abi.encodePacked("in", i), 66, 50);
        }
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, 3 gwei);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), _batchCertificate(0, ts, rs));
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = _root(leaves);

        ITaskManager.TaskResponse memory wrong = _response(ids[1], "wrong");
        BN254.G1Point memory sig = _sign(byzKey, tm.responseDigest(ts[1], wrong));
        // No kept digest and no batch evidence: nothing to contradict.
        (ITaskManager.TaskResponse memory none, bytes32[] memory empty) = _noBatch();
        vm.expectRevert(Slasher.CertifiedAnswerUnproven.selector);
        slasher.proveContradiction(ts[1], wrong, sig, byzantine, none, bytes32(0), 0, empty);
        // A leaf that is not in the batch.
        vm.expectRevert(Slasher.CertifiedAnswerUnproven.selector);
        slasher.proveContradiction(ts[1], wrong, sig, byzantine, rs[1], root, 0, _proof(leaves, 1));
        // The certified leaf of another task.
        vm.expectRevert(Slasher.CertifiedAnswerUnproven.selector);
        slasher.proveContradiction(ts[1], wrong, sig, byzantine, rs[2], root, 2, _proof(leaves, 2));

        slasher.proveContradiction(ts[1], wrong, sig, byzantine, rs[1], root, 1, _proof(leaves, 1));
        vm.snapshotGasLastCall("Slasher", "proveContradiction_batch3");
        assertEq(alloc.slashes(), 1);
    }

    function test_equivocationSlashes() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 50), 1 gwei);
        ITaskManager.TaskResponse memory a = _response(id, "one");
        ITaskManager.TaskResponse memory b = _response(id, "two");
        BN254.G1Point memory sigA = _sign(byzKey, tm.responseDigest(task, a));
        BN254.G1Point memory sigB = _sign(byzKey, tm.responseDigest(task, b));

        vm.expectRevert(Slasher.SameResponse.selector);
        slasher.proveEquivocation(task, a, sigA, a, sigA, byzantine);
        vm.expectRevert(Slasher.DifferentTasks.selector);
        slasher.proveEquivocation(task, a, sigA, _response(id + 1, "two"), sigB, byzantine);
        vm.expectRevert(Slasher.InvalidSignature.selector);
        slasher.proveEquivocation(task, a, sigA, b, sigA, byzantine);
        vm.expectRevert(Slasher.InvalidSignature.selector);
        slasher.proveEquivocation(task, a, sigA, b, sigB, honest);

        // Provable before the task is even answered.
        slasher.proveEquivocation(task, a, sigA, b, sigB, byzantine);
        vm.snapshotGasLastCall("Slasher", "proveEquivocation");
        assertEq(alloc.slashes(), 1);
        assertEq(alloc.lastOperator(), byzantine);
        vm.expectRevert(
            abi.encodeWithSelector(Slasher.FaultAlreadyProven.selector, byzantine, keccak256(abi.encode(task)))
        );
        slasher.proveEquivocation(task, b, sigB, a, sigA, byzantine);
    }

    function test_vetoableSlashing() public {
        vm.prank(owner);
        slasher.setVetoConfig(veto, 10);
        (ITaskManager.Task memory task, ITaskManager.TaskResponse memory certified) = _answered();
        ITaskManager.TaskResponse memory wrong = _response(certified.taskId, "wrong");
        BN254.G1Point memory sig = _sign(byzKey, tm.responseDigest(task, wrong));
        (ITaskManager.TaskResponse memory none, bytes32[] memory proof) = _noBatch();
        uint256 id = slasher.proveContradiction(task, wrong, sig, byzantine, none, bytes32(0), 0, proof);
        assertEq(alloc.slashes(), 0);
        assertEq(uint8(slasher.getRequest(id).status), uint8(Slasher.RequestStatus.Pending));

        vm.expectRevert(abi.encodeWithSelector(Slasher.VetoWindowOpen.selector, id, uint32(block.number + 10)));
        slasher.fulfilSlashingRequest(id);
        vm.expectRevert(Slasher.NotVetoCommittee.selector);
        slasher.cancelSlashingRequest(id);
        vm.roll(block.number + 11);
        vm.prank(veto);
        vm.expectRevert(abi.encodeWithSelector(Slasher.VetoWindowClosed.selector, id));
        slasher.cancelSlashingRequest(id);
        slasher.fulfilSlashingRequest(id);
        assertEq(alloc.slashes(), 1);
        vm.expectRevert(abi.encodeWithSelector(Slasher.RequestNotPending.selector, id));
        slasher.fulfilSlashingRequest(id);

        // A vetoed slash never executes.
        (task, certified) = _answered();
        wrong = _response(certified.taskId, "wrong");
        sig = _sign(byzKey, tm.responseDigest(task, wrong));
        id = slasher.proveContradiction(task, wrong, sig, byzantine, none, bytes32(0), 0, proof);
        vm.prank(veto);
        vm.expectEmit(address(slasher));
        emit Slasher.SlashingCancelled(id);
        slasher.cancelSlashingRequest(id);
        vm.roll(block.number + 11);
        vm.expectRevert(abi.encodeWithSelector(Slasher.RequestNotPending.selector, id));
        slasher.fulfilSlashingRequest(id);
        assertEq(alloc.slashes(), 1);
    }

    function test_ownerSettings() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        slasher.setSlashWad(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(this)));
        slasher.setVetoConfig(veto, 1);
        vm.startPrank(owner);
        vm.expectRevert(Slasher.InvalidSlashWad.selector);
        slasher.setSlashWad(0);
        vm.expectRevert(Slasher.InvalidSlashWad.selector);
        slasher.setSlashWad(1e18 + 1);
        slasher.setSlashWad(1e18);
        assertEq(slasher.slashWad(), 1e18);
        vm.stopPrank();
    }
}
