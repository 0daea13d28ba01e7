// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BatchMerkle} from "../src/libraries/BatchMerkle.sol";
import {BN254} from "../src/libraries/BN254.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {ICommitteeRegistry} from "../src/interfaces/ICommitteeRegistry.sol";
import {IRegistryCoordinatorViews} from "../src/interfaces/IMiddleware.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {CommitteeRegistry} from "../src/CommitteeRegistry.sol";
import {BatchHelpers} from "./BatchHelpers.sol";
import {CommitteeFixtures, withOutsider} from "./CommitteeFixtures.sol";
import {G2Arith} from "./G2Arith.sol";
import {RegistryDouble} from "./doubles/RegistryDouble.sol";
import {RecordingConsumer} from "./doubles/Consumers.sol";

/// @notice respondToTasksByCommittee end to end: a CommitteeRegistry over the base registry, where
/// 16 committee operators (fixture keys with G2 points) join the 25 quorum operators. The 25 declare
/// no capacity, so tables hold only committee operators; two of those are filtered out too.
contract TaskManagerCommitteeTest is BatchHelpers, CommitteeFixtures {
    using BN254 for BN254.G1Point;

    uint256 internal constant M = 16;
    uint32 internal constant EPOCH = 50;
    uint64 internal constant CAP = 300;
    uint16 internal constant MIN_SIZE = 4;
    uint32 internal constant FAILOVER = 5;
    uint8 internal constant THRESHOLD = 67;

    CommitteeRegistry internal cr;
    CommitteeKey[] internal ckeys;
    /// @dev operator id => index into ckeys (gas tests: into gasSks) + 1.
    mapping(bytes32 => uint256) internal keyOf;
    uint256[] internal gasSks;
    BN254.G1Point[] internal gasPks;
    uint64 internal cfn; // committee function: size 3 (floor 4), default failover
    uint64 internal fn; // quorum function

    function setUp() public override {
        super.setUp();
        cr = new CommitteeRegistry(IRegistryCoordinatorViews(address(registry)), owner, EPOCH, CAP);
        for (uint256 i = 0; i < M; i++) {
            CommitteeKey memory k = _readCommitteeKey(fixture, i);
            ckeys.push(k);
            bytes32 id = registry.addOperator(k.g1, uint96((i % 5 + 1) * 1 ether));
            keyOf[id] = i + 1;
            // Capacities 100..400 units (400 capped at 300); 3 offers too little memory, 5 only x86.
            uint8 runtimes = i == 5 ? 2 : 1;
            uint32 memMiB = i == 3 ? 16 : 128;
            vm.prank(registry.getOperatorFromId(id));
            cr.declareCapacity(
                ICommitteeRegistry.Capacity({
                    cores: uint16(1 + i % 4), memoryMiB: memMiB, fuelRate: 100, runtimes: runtimes
                })
            );
        }
        vm.prank(owner);
        tm.setCommitteeConfig(address(cr), MIN_SIZE, FAILOVER);
        cfn = tm.registerFunction(_committeeSpec(3, 0));
        fn = _registerFunction(10);
    }

    function _committeeSpec(uint16 size, uint32 failover) internal pure returns (ITaskManager.FunctionSpec memory s) {
        s = _spec(10);
        s.committeeSize = size;
        s.failoverBlocks = failover;
    }

    function _createCommittee(uint64 f, bytes memory input) internal returns (uint32, ITaskManager.Task memory) {
        return _createTask(_request(f, input, THRESHOLD, 50), 0);
    }

    /// @dev Distinct holders of the round's window in position order, with the seats each holds.
    function _members(ITaskManager.Task memory task, uint256 round)
        internal
        view
        returns (uint32[] memory positions, uint256[] memory seats)
    {
        bytes32 seed = _seed(task);
        uint256 window = uint256(task.committeeSize) * (round + 1);
        uint256 size = cr.getTable(task.committeeTable).size;
        uint256[] memory count = new uint256[](size);
        uint256 n;
        for (uint256 j = 0; j < window; j++) {
            if (count[cr.drawHolder(task.committeeTable, seed, j)]++ == 0) n++;
        }
        positions = new uint32[](n);
        seats = new uint256[](n);
        n = 0;
        for (uint256 p = 0; p < size; p++) {
            if (count[p] > 0) (positions[n], seats[n++]) = (uint32(p), count[p]);
        }
    }

    function _keyIndexAt(uint64 table, uint32 position) internal view returns (uint256) {
        uint256 k = keyOf[cr.getEntries(table, position, 1)[0].operatorId];
        require(k != 0, "no key for that position");
        return k - 1;
    }

    /// @dev A certificate signed by the operators at `positions` (fixture keys), their G2 keys summed.
    function _cert(
        ITaskManager.Task memory task,
        ITaskManager.TaskResponse memory resp,
        uint8 round,
        uint32[] memory positions
    ) internal view returns (ITaskManager.CommitteeCertificate memory c) {
        c.rounds = new uint8[](1);
        c.rounds[0] = round;
        c.signerPositions = positions;
        c.signerPubkeys = new BN254.G1Point[](positions.length);
        uint256 sk;
        for (uint256 i = 0; i < positions.length; i++) {
            CommitteeKey storage k = ckeys[_keyIndexAt(task.committeeTable, positions[i])];
            c.signerPubkeys[i] = k.g1;
            c.apkG2 = G2Arith.plus(c.apkG2, k.g2);
            sk = addmod(sk, k.sk, BN254.FR_MODULUS);
        }
        c.sigma = BN254.hashToG1(tm.responseDigest(task, resp)).scalarMul(sk);
    }

    /// @dev The task's committee seed (the registry's view of the TaskManager's rule).
    function _seed(ITaskManager.Task memory task) internal view returns (bytes32) {
        return cr.committeeSeed(task.referenceBlock, keccak256(abi.encode(task)));
    }

    /// @dev respondToTasksByCommittee for one task.
    function _respondOne(
        ITaskManager.Task memory task,
        ITaskManager.TaskResponse memory resp,
        ITaskManager.CommitteeCertificate memory c
    ) internal {
        ITaskManager.Task[] memory ts = new ITaskManager.Task[](1);
        ITaskManager.TaskResponse[] memory rs = new ITaskManager.TaskResponse[](1);
        (ts[0], rs[0]) = (task, resp);
        tm.respondToTasksByCommittee(ts, rs, abi.encode(c));
    }

    /// @dev Sets the hash of the block after the task's (what its seed depends on) until `ok` holds.
    function _chooseSeed(ITaskManager.Task memory task, function(ITaskManager.Task memory) view returns (bool) ok)
        internal
    {
        for (uint256 attempt = 0; attempt < 500; attempt++) {
            vm.setBlockhash(task.referenceBlock + 1, keccak256(abi.encode("block", attempt)));
            if (ok(task)) return;
        }
        revert("no block hash gives such a committee");
    }

    function _hasDrafted(ITaskManager.Task memory task) internal view returns (bool) {
        (uint32[] memory r0,) = _members(task, 0);
        (uint32[] memory r1,) = _members(task, 1);
        return r1.length > r0.length;
    }

    function _hasSmallMember(ITaskManager.Task memory task) internal view returns (bool) {
        // A member whose seats alone miss the threshold, while the others could still sign.
        (uint32[] memory pos, uint256[] memory seats) = _members(task, 0);
        return pos.length >= 2 && seats[0] * 100 < uint256(task.committeeSize) * THRESHOLD;
    }

    /// @dev A task created now, the chain two blocks on (the seed block mined), its committee chosen.
    function _openTask(uint64 f, bytes memory input) internal returns (uint32 id, ITaskManager.Task memory task) {
        (id, task) = _createCommittee(f, input);
        vm.roll(block.number + 2);
    }

    // ------------------------------------------------------------ createTask

    function test_createTask_assignsCommittee() public {
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        assertEq(task.committeeSize, MIN_SIZE, "the floor applies to size 3");
        assertEq(task.failoverBlocks, FAILOVER, "the default failover");
        assertEq(task.committeeTable, 1);
        assertEq(tm.getTask(id).taskHash, keccak256(abi.encode(task)));
        ICommitteeRegistry.TableInfo memory info = cr.getTable(1);
        assertEq(info.runtimes, 1);
        assertEq(info.memClass, 6); // 64 MiB limit
        assertEq(info.size, M - 2);

        // The function's own values when above the floor; a second task reuses the table.
        vm.prank(owner);
        uint64 big = tm.registerFunction(_committeeSpec(9, 7));
        (, ITaskManager.Task memory t2) = _createCommittee(big, "in");
        assertEq(t2.committeeSize, 9);
        assertEq(t2.failoverBlocks, 7);
        assertEq(t2.committeeTable, 1);
        // A normal function's task has no committee.
        (, ITaskManager.Task memory t3) = _createTask(_request(fn, "in", 50, 50), 0);
        assertEq(t3.committeeSize, 0);
        assertEq(t3.committeeTable, 0);
    }

    function test_createTask_newTableAfterEpoch() public {
        (, ITaskManager.Task memory t1) = _createCommittee(cfn, "in");
        vm.roll(block.number + EPOCH);
        (, ITaskManager.Task memory t2) = _createCommittee(cfn, "in");
        assertEq(t2.committeeTable, t1.committeeTable + 1);
    }

    function test_revert_createTask_committeesNotEnabled() public {
        vm.prank(owner);
        tm.setCommitteeConfig(address(0), MIN_SIZE, FAILOVER);
        vm.prank(requester);
        vm.expectRevert(ITaskManager.CommitteesNotEnabled.selector);
        tm.createTask(_request(cfn, "in", THRESHOLD, 50));
    }

    function test_revert_createTask_committeeNeedsOneQuorum() public {
        registry.setQuorumCount(2);
        ITaskManager.TaskRequest memory req = _request(cfn, "in", THRESHOLD, 50);
        req.quorumNumbers = hex"0001";
        vm.prank(requester);
        vm.expectRevert(ITaskManager.CommitteeNeedsOneQuorum.selector);
        tm.createTask(req);
    }

    function test_revert_createTask_committeeWindowTooLong() public {
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeWindowTooLong.selector, 256, 255));
        tm.createTask(_request(cfn, "in", THRESHOLD, 256));
        _createTask(_request(cfn, "in", THRESHOLD, 255), 0);
    }

    function test_revert_createTask_noEligibleOperators() public {
        // x86 tasks: only operator 5 serves x86, and it offers 128 MiB; ask for 256 MiB.
        vm.prank(owner);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.X86, keccak256("x86 env"));
        ITaskManager.FunctionSpec memory s = _committeeSpec(3, 0);
        s.runtime = ITaskManager.RuntimeKind.X86;
        s.limits.memoryBytes = 256 << 20;
        uint64 f = tm.registerFunction(s);
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NoEligibleOperators.selector, 0, 2, 8));
        tm.createTask(_request(f, "in", THRESHOLD, 50));
    }

    function test_registerFunction_committeeSizeLimit() public {
        tm.registerFunction(_committeeSpec(64, 0));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "committee size above 64"));
        tm.registerFunction(_committeeSpec(65, 0));
    }

    function test_registerFunction_committeeMemoryLimit() public {
        ITaskManager.FunctionSpec memory s = _committeeSpec(3, 0);
        s.limits.memoryBytes = uint64(1) << 40;
        tm.registerFunction(s);
        s.limits.memoryBytes = (uint64(1) << 40) + 1;
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "committee memory above 1 TiB")
        );
        tm.registerFunction(s);
        // Without a committee the whole quorum runs it: no table, no limit here.
        s.committeeSize = 0;
        tm.registerFunction(s);
    }

    function test_setCommitteeConfig_onlyOwnerAndEmits() public {
        vm.expectRevert();
        tm.setCommitteeConfig(address(cr), 1, 1);
        vm.expectEmit(false, false, false, true, address(tm));
        emit ITaskManager.CommitteeConfigChanged(address(cr), 2, 9);
        vm.prank(owner);
        tm.setCommitteeConfig(address(cr), 2, 9);
        assertEq(tm.committeeRegistry(), address(cr));
        // Slot 108 packs the registry, the floor and the default failover (no getters: code size).
        uint256 word = uint256(vm.load(address(tm), bytes32(uint256(108))));
        assertEq(uint16(word >> 160), 2);
        assertEq(uint32(word >> 176), 9);
    }

    // ------------------------------------------------------------ the quorum paths refuse committee tasks

    function test_revert_respondToTask_committeeTask() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory c = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeTask.selector, id));
        tm.respondToTask(task, resp, c);

        ITaskManager.Task[] memory ts = new ITaskManager.Task[](1);
        ITaskManager.TaskResponse[] memory rs = new ITaskManager.TaskResponse[](1);
        (ts[0], rs[0]) = (task, resp);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeTask.selector, id));
        tm.respondToTasks(ts, rs, task.referenceBlock, c);
    }

    function test_revert_respondByCommittee_notCommitteeTask() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 2);
        ITaskManager.CommitteeCertificate memory c;
        c.rounds = new uint8[](1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.NotCommitteeTask.selector, id));
        _respondOne(task, _response(id, "out"), c);
    }

    // ------------------------------------------------------------ respondToTasksByCommittee (one task)

    function test_respondByCommittee_recordsResponse() public {
        RecordingConsumer consumer = new RecordingConsumer();
        ITaskManager.TaskRequest memory req = _request(cfn, "in", THRESHOLD, 50);
        req.callback = address(consumer);
        req.callbackGasLimit = 200_000;
        (uint32 id, ITaskManager.Task memory task) = _createTask(req, 0.25 ether);
        vm.roll(block.number + 2);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos,) = _members(task, 0);
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, pos);
        bytes32 digest = tm.responseDigest(task, resp);
        uint256 feesBefore = tm.balances(tm.feeRecipient());

        vm.expectEmit(true, false, false, true, address(tm));
        emit ITaskManager.TaskResponded(id, resp, digest, keccak256(abi.encode(c.rounds, pos)));
        vm.expectEmit(true, true, false, true, address(tm));
        emit ITaskManager.CallbackResult(id, address(consumer), true);
        _respondOne(task, resp, c);

        ITaskManager.TaskRecord memory rec = tm.getTask(id);
        assertEq(uint8(rec.state), uint8(ITaskManager.TaskState.Responded));
        assertEq(rec.responseDigest, digest);
        assertEq(rec.respondedBlock, block.number);
        assertEq(tm.balances(tm.feeRecipient()) - feesBefore, 0.25 ether);
        assertEq(consumer.lastTaskId(), id);
        assertEq(consumer.lastDigest(), keccak256("out"));

        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, id));
        _respondOne(task, resp, c);
    }

    /// A committee answer settles the metered fee like a quorum answer: unused fuel refunded.
    function test_respondByCommittee_refundsUnusedFuel() public {
        ITaskManager.FunctionSpec memory s = _committeeSpec(3, 0);
        s.baseFee = 1 gwei;
        s.fuelPrice = 3;
        uint64 f = tm.registerFunction(s);
        uint256 deposit = 1 gwei + uint256(s.limits.fuel) * 3;
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(f, "in", THRESHOLD, 50), deposit);
        vm.roll(block.number + 2);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        resp.fuelUsed = s.limits.fuel / 4;
        (uint32[] memory pos,) = _members(task, 0);
        uint256 feesBefore = tm.balances(tm.feeRecipient());
        uint256 refund = uint256(s.limits.fuel - resp.fuelUsed) * 3;
        vm.expectEmit(address(tm));
        emit ITaskManager.FuelRefunded(id, requester, refund);
        _respondOne(task, resp, _cert(task, resp, 0, pos));
        assertEq(tm.balances(requester), refund);
        assertEq(tm.balances(tm.feeRecipient()) - feesBefore, deposit - refund);
    }

    function test_revert_respondByCommittee_signerNotMember() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos,) = _members(task, 0);
        (uint32[] memory signers, uint32 outsider) = withOutsider(pos);
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, signers);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NotCommitteeMember.selector, outsider));
        _respondOne(task, resp, c);
    }

    function test_revert_respondByCommittee_tooFewSeats() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        _chooseSeed(task, _hasSmallMember);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos, uint256[] memory seats) = _members(task, 0);
        uint32[] memory one = new uint32[](1);
        one[0] = pos[0];
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, one);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.CommitteeThresholdNotMet.selector, 0, seats[0], task.committeeSize)
        );
        _respondOne(task, resp, c);
    }

    function test_revert_respondByCommittee_wrongKeyForPosition() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos,) = _members(task, 0);
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, pos);
        // Some other committee operator's key at the first signer's position.
        uint256 other = (_keyIndexAt(task.committeeTable, pos[0]) + 1) % M;
        c.signerPubkeys[0] = ckeys[other].g1;
        vm.expectRevert(
            abi.encodeWithSelector(ICommitteeRegistry.SignerNotInTable.selector, pos[0], ckeys[other].g1.hashG1Point())
        );
        _respondOne(task, resp, c);
    }

    function test_revert_respondByCommittee_forgedSignature() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos,) = _members(task, 0);
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, pos);
        c.sigma = BN254.hashToG1(tm.responseDigest(task, resp)).scalarMul(12345);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        _respondOne(task, resp, c);
        // A valid certificate of another output does not answer this one.
        ITaskManager.CommitteeCertificate memory other = _cert(task, _response(id, "other"), 0, pos);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        _respondOne(task, resp, other);
    }

    function test_revert_respondByCommittee_signersMismatch() public {
        (uint32 id, ITaskManager.Task memory task) = _openTask(cfn, "in");
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory pos,) = _members(task, 0);
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 0, pos);
        c.signerPositions = new uint32[](0);
        c.signerPubkeys = new BN254.G1Point[](0);
        vm.expectRevert(ITaskManager.CommitteeSignersMismatch.selector);
        _respondOne(task, resp, c);
    }

    function test_failover_roundOneOpensAfterFailoverBlocks() public {
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        uint32 ref = task.referenceBlock;
        vm.roll(ref + 2);
        _chooseSeed(task, _hasDrafted);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory r0,) = _members(task, 0);
        (uint32[] memory r1,) = _members(task, 1);
        assertGt(r1.length, r0.length, "round 1 drafts new members");
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 1, r1);

        vm.roll(ref + FAILOVER - 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FailoverRoundNotReached.selector, 1, 0));
        _respondOne(task, resp, c);
        vm.roll(ref + FAILOVER);
        _respondOne(task, resp, c);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function test_failover_roundZeroStillValidLater() public {
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        vm.roll(task.referenceBlock + 3 * FAILOVER);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory r0,) = _members(task, 0);
        _respondOne(task, resp, _cert(task, resp, 0, r0));
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function _roundZeroShortOfRoundOne(ITaskManager.Task memory task) internal view returns (bool) {
        (uint32[] memory r0,) = _members(task, 0);
        uint256 window = 2 * uint256(task.committeeSize);
        return cr.countSeats(task.committeeTable, _seed(task), window, r0, _ids(task, r0)) * 100 < window * THRESHOLD;
    }

    function test_revert_failover_roundOneNeedsItsWindowsThreshold() public {
        // Round 0's members alone can miss the threshold of round 1's doubled window.
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        vm.roll(task.referenceBlock + FAILOVER);
        _chooseSeed(task, _roundZeroShortOfRoundOne);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        (uint32[] memory r0,) = _members(task, 0);
        uint256 window = 2 * uint256(task.committeeSize);
        uint256 seats = cr.countSeats(task.committeeTable, _seed(task), window, r0, _ids(task, r0));
        ITaskManager.CommitteeCertificate memory c = _cert(task, resp, 1, r0);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeThresholdNotMet.selector, 0, seats, window));
        _respondOne(task, resp, c);
        // The same members answer round 0.
        _respondOne(task, resp, _cert(task, resp, 0, r0));
    }

    function test_revert_noFailover_roundOneNeverOpens() public {
        vm.prank(owner);
        tm.setCommitteeConfig(address(cr), MIN_SIZE, 0);
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        assertEq(task.failoverBlocks, 0);
        vm.roll(task.referenceBlock + 40);
        ITaskManager.CommitteeCertificate memory c;
        c.rounds = new uint8[](1);
        c.rounds[0] = 1;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FailoverRoundNotReached.selector, 1, 0));
        _respondOne(task, _response(id, "out"), c);
    }

    function _ids(ITaskManager.Task memory task, uint32[] memory pos) internal view returns (bytes32[] memory out) {
        out = new bytes32[](pos.length);
        for (uint256 i = 0; i < pos.length; i++) {
            out[i] = cr.getEntries(task.committeeTable, pos[i], 1)[0].operatorId;
        }
    }

    // ------------------------------------------------------------ batches

    /// @dev `n` committee tasks of cfn created in one block (one table), their responses, and the
    /// round-0 members of each.
    function _batch(uint256 n)
        internal
        returns (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members)
    {
        ts = new ITaskManager.Task[](n);
        rs = new ITaskManager.TaskResponse[](n);
        members = new uint32[][](n);
        uint32[] memory ids = new uint32[](n);
        for (uint256 i = 0; i < n; i++) {
            (ids[i], ts[i]) = _createCommittee(cfn, abi.encode("batch", i));
        }
        vm.roll(block.number + 2);
        for (uint256 i = 0; i < n; i++) {
            rs[i] = _response(ids[i], "out");
            (members[i],) = _members(ts[i], 0);
        }
    }

    /// @dev The sorted union of position lists.
    function _union(uint32[][] memory lists) internal pure returns (uint32[] memory out) {
        bool[] memory seen = new bool[](M);
        uint256 n;
        for (uint256 i = 0; i < lists.length; i++) {
            for (uint256 j = 0; j < lists[i].length; j++) {
                if (!seen[lists[i][j]]) (seen[lists[i][j]], n) = (true, n + 1);
            }
        }
        out = new uint32[](n);
        n = 0;
        for (uint256 p = 0; p < M; p++) {
            if (seen[p]) out[n++] = uint32(p);
        }
    }

    /// @dev A batch certificate: the signers at `positions` sign batchMessage(root of the leaves, n).
    function _batchCert(ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[] memory positions)
        internal
        view
        returns (bytes memory)
    {
        bytes32[] memory leaves = _leaves(ts, rs);
        ITaskManager.CommitteeCertificate memory c = _cert(ts[0], rs[0], 0, positions);
        c.rounds = new uint8[](ts.length);
        uint256 sk;
        for (uint256 i = 0; i < positions.length; i++) {
            sk = addmod(sk, ckeys[_keyIndexAt(ts[0].committeeTable, positions[i])].sk, BN254.FR_MODULUS);
        }
        c.sigma = BN254.hashToG1(tm.batchMessage(BatchMerkle.root(leaves), ts.length)).scalarMul(sk);
        return abi.encode(c);
    }

    function test_batch_unionOfCommitteesAnswersEveryTask() public {
        (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) = _batch(4);
        bytes32[] memory leaves = _leaves(ts, rs);
        bytes32 root = BatchMerkle.root(leaves);
        vm.expectEmit(true, false, false, true, address(tm));
        emit ITaskManager.BatchResponded(root, 4, 0);
        tm.respondToTasksByCommittee(ts, rs, _batchCert(ts, rs, _union(members)));
        for (uint256 i = 0; i < ts.length; i++) {
            assertEq(uint8(tm.getTask(rs[i].taskId).state), uint8(ITaskManager.TaskState.Responded));
        }
        assertEq(tm.getBatch(root).count, 4);
        assertTrue(tm.verifyBatchLeaf(root, leaves[1], 1, _proof(leaves, 1)));
    }

    function test_revert_batch_signerInNoCommittee() public {
        (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) = _batch(3);
        (uint32[] memory signers, uint32 outsider) = withOutsider(_union(members));
        bytes memory c = _batchCert(ts, rs, signers);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NotCommitteeMember.selector, outsider));
        tm.respondToTasksByCommittee(ts, rs, c);
    }

    function test_revert_batch_eachTaskNeedsItsOwnCommittee() public {
        // Signed by the first task's committee only: a task whose committee it does not cover
        // fails its own threshold, whatever the others' signers hold.
        for (uint256 attempt = 0; attempt < 20; attempt++) {
            (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) =
                _batch(2);
            uint256 window = ts[1].committeeSize;
            uint256 seats = _seatsOf(ts[1], members[0]);
            if (seats * 100 >= window * THRESHOLD) continue; // the first committee covers the second
            bytes memory c = _batchCert(ts, rs, members[0]);
            vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeThresholdNotMet.selector, 1, seats, window));
            tm.respondToTasksByCommittee(ts, rs, c);
            return;
        }
        revert("every second committee was covered by the first");
    }

    function test_revert_batch_tablesMustMatch() public {
        (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) = _batch(2);
        bytes memory c = _batchCert(ts, rs, _union(members));
        ts[1].committeeTable += 1;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.BatchTableMismatch.selector, 1));
        tm.respondToTasksByCommittee(ts, rs, c);
    }

    function test_revert_batch_roundsPerTask() public {
        (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) = _batch(2);
        ITaskManager.CommitteeCertificate memory c =
            abi.decode(_batchCert(ts, rs, _union(members)), (ITaskManager.CommitteeCertificate));
        c.rounds = new uint8[](1);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.BatchLengthMismatch.selector, 2, 1));
        tm.respondToTasksByCommittee(ts, rs, abi.encode(c));
    }

    function test_gas_respondByCommittee_batch8() public {
        (ITaskManager.Task[] memory ts, ITaskManager.TaskResponse[] memory rs, uint32[][] memory members) = _batch(8);
        bytes memory c = _batchCert(ts, rs, _union(members));
        tm.respondToTasksByCommittee(ts, rs, c);
        vm.snapshotGasLastCall("TaskManagerCommittee", "respondToTasksByCommittee_8tasks_k4");
    }

    /// @dev Round-0 seats of `task` held by the operators at `positions`.
    function _seatsOf(ITaskManager.Task memory task, uint32[] memory positions) internal view returns (uint256 seats) {
        bytes32 seed = _seed(task);
        for (uint256 j = 0; j < task.committeeSize; j++) {
            uint32 holder = cr.drawHolder(task.committeeTable, seed, j);
            for (uint256 i = 0; i < positions.length; i++) {
                if (positions[i] == holder) seats++;
            }
        }
    }

    // ------------------------------------------------------------ the seed

    function test_revert_seedUnavailableUntilNextBlockMined() public {
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(cfn, "in");
        uint32 ref = task.referenceBlock;
        ITaskManager.CommitteeCertificate memory c;
        c.rounds = new uint8[](1);
        // In the creation block the seed block is in the future ...
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.SeedUnavailable.selector, ref + 1));
        _seed(task);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeSeedUnavailable.selector, ref + 1));
        _respondOne(task, _response(id, "out"), c);
        // ... and in the next block it is the block being built: its hash is not known yet.
        vm.roll(ref + 1);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.SeedUnavailable.selector, ref + 1));
        _seed(task);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.CommitteeSeedUnavailable.selector, ref + 1));
        _respondOne(task, _response(id, "out"), c);
        vm.roll(ref + 2);
        assertEq(_seed(task), keccak256(abi.encode(blockhash(ref + 1), tm.getTask(id).taskHash)));
    }

    function test_seed_requesterCannotSteer() public {
        // Identical requests in two blocks: each seed comes from the hash of the block after its own.
        ITaskManager.TaskRequest memory req = _request(cfn, "same", THRESHOLD, 50);
        (uint32 idA, ITaskManager.Task memory a) = _createTask(req, 0);
        vm.roll(block.number + 1);
        (uint32 idB, ITaskManager.Task memory b) = _createTask(req, 0);
        assertEq(b.referenceBlock, a.referenceBlock + 1);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.SeedUnavailable.selector, b.referenceBlock + 1));
        _seed(b);
        vm.roll(block.number + 2);

        bytes32 hA = keccak256("hash of block A+1");
        bytes32 hB = keccak256("hash of block B+1");
        vm.setBlockhash(a.referenceBlock + 1, hA);
        vm.setBlockhash(b.referenceBlock + 1, hB);
        assertEq(_seed(a), keccak256(abi.encode(hA, tm.getTask(idA).taskHash)));
        assertEq(_seed(b), keccak256(abi.encode(hB, tm.getTask(idB).taskHash)));

        // Only the next block's hash moves the committee: another hash, another committee.
        (uint32[] memory before,) = _members(a, 0);
        bool changed;
        for (uint256 i = 0; i < 20 && !changed; i++) {
            vm.setBlockhash(a.referenceBlock + 1, keccak256(abi.encode("another producer", i)));
            (uint32[] memory now_,) = _members(a, 0);
            changed = keccak256(abi.encode(now_)) != keccak256(abi.encode(before));
        }
        assertTrue(changed, "the committee depends on the block hash");
    }

    // ------------------------------------------------------------ gas

    function test_gas_createTask_withAndWithoutTableBuild() public {
        // The first committee task of the class this epoch builds the table (41 listed, 14 eligible).
        ITaskManager.TaskRequest memory req = _request(cfn, "in", THRESHOLD, 50);
        vm.prank(requester);
        tm.createTask(req);
        vm.snapshotGasLastCall("TaskManagerCommittee", "createTask_buildsTable_14of41");
        vm.prank(requester);
        tm.createTask(req);
        vm.snapshotGasLastCall("TaskManagerCommittee", "createTask_tableCurrent");
        vm.prank(requester);
        tm.createTask(_request(fn, "in", THRESHOLD, 50));
        vm.snapshotGasLastCall("TaskManagerCommittee", "createTask_quorumTask");
    }

    /// @dev A fresh registry of n operators with generated keys (sk_i, sk_i*G1), equal stake and
    /// capacity, under a new CommitteeRegistry the TaskManager uses.
    function _gasCommittee(uint256 n) internal returns (RegistryDouble reg, CommitteeRegistry reg2) {
        reg = new RegistryDouble();
        reg2 = new CommitteeRegistry(IRegistryCoordinatorViews(address(reg)), owner, EPOCH, CAP);
        delete gasSks;
        delete gasPks;
        for (uint256 i = 0; i < n; i++) {
            uint256 sk = uint256(keccak256(abi.encode("gas operator", i))) % BN254.FR_MODULUS;
            BN254.G1Point memory pk = BN254.generatorG1().scalarMul(sk);
            bytes32 id = reg.addOperator(pk, 1 ether);
            gasSks.push(sk);
            gasPks.push(pk);
            keyOf[id] = i + 1;
            vm.prank(reg.getOperatorFromId(id));
            reg2.declareCapacity(ICommitteeRegistry.Capacity({cores: 2, memoryMiB: 1024, fuelRate: 100, runtimes: 1}));
        }
    }

    function _gasBuildTable(uint256 n) internal {
        (, CommitteeRegistry reg2) = _gasCommittee(n);
        reg2.buildTable(0, 1, 6);
        vm.snapshotGasLastCall("TaskManagerCommittee", string.concat("buildTable_", vm.toString(n), "_operators"));
        assertEq(reg2.getTable(1).size, n);
    }

    function test_gas_buildTable_6() public {
        _gasBuildTable(6);
    }

    function test_gas_buildTable_50() public {
        _gasBuildTable(50);
    }

    uint256 internal gasWantSigners;

    function _enoughHolders(ITaskManager.Task memory task) internal view returns (bool) {
        (uint32[] memory pos,) = _membersIn(task);
        return pos.length >= gasWantSigners;
    }

    /// @dev Round-0 members over the TaskManager's current committee registry (the gas tests swap it).
    function _membersIn(ITaskManager.Task memory task)
        internal
        view
        returns (uint32[] memory positions, uint256[] memory seats)
    {
        CommitteeRegistry reg2 = CommitteeRegistry(tm.committeeRegistry());
        bytes32 seed = _seed(task);
        uint256 size = reg2.getTable(task.committeeTable).size;
        uint256[] memory count = new uint256[](size);
        uint256 n;
        for (uint256 j = 0; j < task.committeeSize; j++) {
            if (count[reg2.drawHolder(task.committeeTable, seed, j)]++ == 0) n++;
        }
        positions = new uint32[](n);
        seats = new uint256[](n);
        n = 0;
        for (uint256 p = 0; p < size; p++) {
            if (count[p] > 0) (positions[n], seats[n++]) = (uint32(p), count[p]);
        }
    }

    /// @dev `signers` distinct members of a size-k round-0 committee drawn from a 200-operator table
    /// of equal weights (a seed with enough distinct holders is chosen through the block hash),
    /// signing with generated keys whose G2 sum is (sum of sks) * G2.
    function _gasRespond(uint256 signers, uint16 k) internal {
        (, CommitteeRegistry reg2) = _gasCommittee(200);
        vm.prank(owner);
        tm.setCommitteeConfig(address(reg2), 1, 0);
        uint64 f = tm.registerFunction(_committeeSpec(k, 0));
        (uint32 id, ITaskManager.Task memory task) = _createCommittee(f, "in");
        vm.roll(block.number + 2);
        gasWantSigners = signers;
        _chooseSeed(task, _enoughHolders);
        (uint32[] memory all, uint256[] memory seats) = _membersIn(task);
        uint32[] memory pos = new uint32[](signers);
        uint256 held;
        for (uint256 i = 0; i < signers; i++) {
            (pos[i], held) = (all[i], held + seats[i]);
        }
        require(held * 100 >= uint256(k) * THRESHOLD, "signers miss the threshold");

        ITaskManager.TaskResponse memory resp = _response(id, "out");
        ITaskManager.CommitteeCertificate memory c;
        c.rounds = new uint8[](1);
        c.signerPositions = pos;
        c.signerPubkeys = new BN254.G1Point[](signers);
        uint256 sk;
        for (uint256 i = 0; i < signers; i++) {
            uint256 key = keyOf[reg2.getEntries(task.committeeTable, pos[i], 1)[0].operatorId] - 1;
            c.signerPubkeys[i] = gasPks[key];
            sk = addmod(sk, gasSks[key], BN254.FR_MODULUS);
        }
        c.apkG2 = G2Arith.scalarMul(G2Arith.generator(), sk);
        c.sigma = BN254.hashToG1(tm.responseDigest(task, resp)).scalarMul(sk);
        _respondOne(task, resp, c);
        string memory name =
            string.concat("respondToTasksByCommittee_1task_", vm.toString(signers), "_signers_k", vm.toString(k));
        vm.snapshotGasLastCall("TaskManagerCommittee", name);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function test_gas_respondByCommittee_3() public {
        _gasRespond(3, 3);
    }

    function test_gas_respondByCommittee_10() public {
        _gasRespond(10, 10);
    }

    function test_gas_respondByCommittee_50() public {
        // 64 draws over 200 equal operators hit about 55 distinct ones: 50 of them sign.
        _gasRespond(50, 64);
    }
}
