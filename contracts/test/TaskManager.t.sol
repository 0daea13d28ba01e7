// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../src/libraries/BN254.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {OwnablePausable} from "../src/access/OwnablePausable.sol";
import {Vm} from "forge-std/Test.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";
import {RecordingConsumer, RevertingConsumer, GasBurningConsumer} from "./doubles/Consumers.sol";

contract TaskManagerTest is TaskManagerBase {
    using BN254 for BN254.G1Point;

    uint64 internal fn;

    function setUp() public override {
        super.setUp();
        fn = _registerFunction(10);
    }

    function _answer(uint256 nonSigners, uint8 threshold, string memory snapshot) internal returns (uint32 id) {
        ITaskManager.Task memory task;
        (id, task) = _createTask(_request(fn, "input", threshold, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "output");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert =
            _certificate(nonSigners, tm.responseDigest(task, resp));
        tm.respondToTask(task, resp, cert);
        if (bytes(snapshot).length > 0) vm.snapshotGasLastCall("TaskManager", snapshot);
    }

    // ------------------------------------------------------------ certificates

    function test_respond_allSigners() public {
        uint32 id = _answer(0, 66, "respondToTask_0_nonSigners");
        ITaskManager.TaskRecord memory rec = tm.getTask(id);
        assertEq(uint8(rec.state), uint8(ITaskManager.TaskState.Responded));
        assertEq(rec.respondedBlock, block.number);
    }

    function test_respond_5NonSigners() public {
        _answer(5, 66, "respondToTask_5_nonSigners");
    }

    function test_respond_20NonSigners() public {
        // 115 of 325 ether signed: 35%.
        _answer(20, 35, "respondToTask_20_nonSigners");
    }

    function test_respond_emitsResult() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        bytes32 digest = tm.responseDigest(task, resp);
        vm.expectEmit(true, false, false, false, address(tm));
        emit ITaskManager.TaskResponded(id, resp, digest, bytes32(0));
        tm.respondToTask(task, resp, _certificate(1, digest));
        assertEq(tm.getTask(id).responseDigest, digest);
    }

    function test_revert_forgedSignature() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        cert.sigma = BN254.hashToG1(tm.responseDigest(task, resp)).scalarMul(12345);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_certificateForAnotherOutput() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTask(task, _response(id, "other"), cert);
    }

    function test_revert_nonSignerClaimedAsSigner() public {
        // The certificate hides a non-signer: the APK no longer matches the signature.
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        bytes32 digest = tm.responseDigest(task, resp);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(5, digest);
        BLSSignatureChecker.NonSignerStakesAndSignature memory full = _certificate(0, digest);
        cert.nonSignerPubkeys = full.nonSignerPubkeys;
        cert.nonSignerQuorumBitmapIndices = full.nonSignerQuorumBitmapIndices;
        cert.nonSignerStakeIndices = full.nonSignerStakeIndices;
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_thresholdNotMet() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(20, tm.responseDigest(task, resp));
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskManager.ThresholdNotMet.selector, uint8(0), uint96(115 ether), uint96(325 ether)
            )
        );
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_unsortedNonSigners() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 10, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(5, tm.responseDigest(task, resp));
        (cert.nonSignerPubkeys[0], cert.nonSignerPubkeys[1]) = (cert.nonSignerPubkeys[1], cert.nonSignerPubkeys[0]);
        vm.expectRevert(BLSSignatureChecker.NonSignerPubkeysNotSorted.selector);
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_wrongQuorumApk() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 10, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        cert.quorumApks[0] = pubkeys[0];
        vm.expectRevert(BLSSignatureChecker.InvalidQuorumApkHash.selector);
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_referenceBlockNotInPast() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 10, 50), 0);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(BLSSignatureChecker.InvalidReferenceBlocknumber.selector);
        tm.respondToTask(task, resp, cert);
    }

    // ------------------------------------------------------------ task lifecycle

    function test_revert_afterDeadline_thenExpireRefunds() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, MIN_WINDOW), 1 ether);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        vm.roll(block.number + MIN_WINDOW + 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskDeadlinePassed.selector, id, task.deadlineBlock));
        tm.respondToTask(task, resp, cert);

        tm.expireTask(id, task);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Expired));
        assertEq(tm.balances(requester), 1 ether);
        uint256 before = requester.balance;
        vm.prank(requester);
        tm.withdraw();
        assertEq(requester.balance, before + 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyExpired.selector, id));
        tm.expireTask(id, task);
    }

    function test_revert_expireTooEarly() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, MIN_WINDOW), 0);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskNotYetExpired.selector, id, task.deadlineBlock));
        tm.expireTask(id, task);
    }

    function test_revert_alreadyResponded() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        tm.respondToTask(task, resp, cert);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskAlreadyResponded.selector, id));
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_alteredTask() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        task.quorumThresholdPercentage = 1; // a submitter cannot lower the bar
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(20, tm.responseDigest(task, resp));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskMismatch.selector, id));
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_unknownTask() public {
        ITaskManager.Task memory task;
        ITaskManager.TaskResponse memory resp = _response(77, "x");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert;
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownTask.selector, uint32(77)));
        tm.respondToTask(task, resp, cert);
    }

    function test_revert_outputDigestMismatch() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        resp.outputDigest = keccak256("something else");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(ITaskManager.OutputDigestMismatch.selector);
        tm.respondToTask(task, resp, cert);
    }

    function test_onlyAggregatorWhenSet() public {
        address agg = makeAddr("aggregator");
        vm.prank(owner);
        tm.setAggregator(agg);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(ITaskManager.NotAggregator.selector);
        tm.respondToTask(task, resp, cert);
        vm.prank(agg);
        tm.respondToTask(task, resp, cert);
    }

    function test_feeCreditedOnResponse() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0.5 ether);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        assertEq(tm.balances(owner), 0.5 ether);
        assertEq(tm.balances(requester), 0);
    }

    // ------------------------------------------------------------ createTask validation

    function test_revert_createTask_unknownOrInactiveFunction() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        tm.createTask(_request(99, "in", 50, 50));
        tm.deactivateFunction(fn);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InactiveFunction.selector, fn));
        tm.createTask(_request(fn, "in", 50, 50));
    }

    function test_revert_createTask_wrongQuorumSet() public {
        ITaskManager.TaskRequest memory r = _request(fn, "in", 50, 50);
        r.quorumNumbers = hex"01"; // only quorum 0 exists
        vm.expectRevert(ITaskManager.WrongQuorumSet.selector);
        tm.createTask(r);
        r.quorumNumbers = "";
        vm.expectRevert(ITaskManager.WrongQuorumSet.selector);
        tm.createTask(r);
        registry.setQuorumCount(3);
        r.quorumNumbers = hex"0100"; // not increasing
        vm.expectRevert(ITaskManager.WrongQuorumSet.selector);
        tm.createTask(r);
    }

    function test_revert_createTask_inputs() public {
        ITaskManager.TaskRequest memory r = _request(fn, "", 50, 50);
        vm.expectRevert(ITaskManager.MissingInput.selector);
        tm.createTask(r);
        r.input = "abc";
        r.inputDigest = keccak256("abd");
        vm.expectRevert(ITaskManager.InputDigestMismatch.selector);
        tm.createTask(r);
        r.input = new bytes(64 * 1024 + 1);
        r.inputDigest = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InputTooLarge.selector, 64 * 1024 + 1, 64 * 1024));
        tm.createTask(r);
        // Large inputs by URI + digest are accepted.
        r.input = "";
        r.inputDigest = keccak256("big");
        r.inputURI = "https://inputs.example/big";
        (, ITaskManager.Task memory task) = _createTask(r, 0);
        assertEq(task.inputDigest, keccak256("big"));
    }

    function test_revert_zkTaskNotAnsweredByCertificate() public {
        ITaskManager.FunctionSpec memory s = _spec(0);
        s.mode = ITaskManager.VerificationMode.Zk;
        s.zkVerifier = address(0xbeef);
        uint64 zkFn = tm.registerFunction(s);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(zkFn, "in", 0, 50), 0);
        assertEq(tm.getTask(id).zkVerifier, address(0xbeef));
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory c = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.WrongVerificationMode.selector, id));
        tm.respondToTask(task, resp, c);
    }

    function test_pendingTaskKeepsItsModule() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        ITaskManager.FunctionSpec memory s = _spec(10);
        s.moduleDigest = keccak256("module v2");
        tm.updateFunction(fn, s);
        vm.roll(block.number + 1);
        assertEq(task.moduleDigest, keccak256("module"));
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
    }

    /// Forge deploys oversized contracts; a real chain does not (EIP-170).
    function test_codeSizeWithinLimit() public view {
        assertLe(address(tmImpl).code.length, 24_576, "TaskManager runtime code above EIP-170's 24576 bytes");
    }

    // ------------------------------------------------------------ fees

    function test_gas_createTask() public {
        vm.prank(requester);
        tm.createTask{value: 1 gwei}(_request(fn, "input", 66, 50));
        vm.snapshotGasLastCall("TaskManager", "createTask");
        vm.prank(requester);
        tm.createTask{value: 1 gwei}(_request(fn, "input", 66, 50));
        vm.snapshotGasLastCall("TaskManager", "createTask_second");
    }

    /// A fee above 2^96-1 used to be truncated into Task.fee, the excess stuck in the contract.
    function test_revert_createTask_feeTooLarge() public {
        uint256 fee = uint256(type(uint96).max) + 1;
        vm.deal(requester, fee);
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeTooLarge.selector, fee, uint256(type(uint96).max)));
        tm.createTask{value: fee}(_request(fn, "in", 50, 50));
        // The largest representable fee is kept whole.
        vm.deal(requester, type(uint96).max);
        (, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), type(uint96).max);
        assertEq(task.fee, type(uint96).max);
        assertEq(address(tm).balance, type(uint96).max);
    }

    function test_minTaskFee() public {
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        tm.setMinTaskFee(1 gwei);
        vm.expectEmit(false, false, false, true, address(tm));
        emit ITaskManager.MinTaskFeeChanged(0, 1 gwei);
        vm.prank(owner);
        tm.setMinTaskFee(1 gwei);
        assertEq(tm.minTaskFee(), 1 gwei);

        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, 0, 1 gwei));
        tm.createTask(_request(fn, "in", 50, 50));
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, 1 gwei - 1, 1 gwei));
        tm.createTask{value: 1 gwei - 1}(_request(fn, "in", 50, 50));
        (, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 1 gwei);
        assertEq(task.fee, 1 gwei);
    }

    // ------------------------------------------------------------ execution environment

    function test_runtimeEnvironment_pinnedInTask() public {
        assertEq(tm.runtimeEnvironment(ITaskManager.RuntimeKind.Wasm), WASM_ENV);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        assertEq(task.environment, WASM_ENV);
        // A new environment applies to new tasks; the pending one keeps (and is answered with) its own.
        vm.expectEmit(true, false, false, true, address(tm));
        emit ITaskManager.RuntimeEnvironmentSet(ITaskManager.RuntimeKind.Wasm, keccak256("engine v2"));
        vm.prank(owner);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.Wasm, keccak256("engine v2"));
        (, ITaskManager.Task memory task2) = _createTask(_request(fn, "in", 50, 50), 0);
        assertEq(task2.environment, keccak256("engine v2"));
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        // The environment is part of the task hash: a task claiming another one is not the task.
        task2.environment = WASM_ENV;
        resp = _response(id + 1, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task2, resp));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.TaskMismatch.selector, id + 1));
        tm.respondToTask(task2, resp, cert);
    }

    function test_revert_createTask_runtimeNotEnabled() public {
        ITaskManager.FunctionSpec memory s = _spec(10);
        s.runtime = ITaskManager.RuntimeKind.X86;
        uint64 x86 = tm.registerFunction(s);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.RuntimeNotEnabled.selector, ITaskManager.RuntimeKind.X86));
        tm.createTask(_request(x86, "in", 50, 50));
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.X86, keccak256("x86"));
        vm.prank(owner);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.X86, keccak256("x86"));
        (, ITaskManager.Task memory task) = _createTask(_request(x86, "in", 50, 50), 0);
        assertEq(task.environment, keccak256("x86"));
        // Zero switches a runtime off again.
        vm.prank(owner);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.Wasm, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.RuntimeNotEnabled.selector, ITaskManager.RuntimeKind.Wasm));
        tm.createTask(_request(fn, "in", 50, 50));
    }

    // ------------------------------------------------------------ stale stakes

    function _respondAtDelay(uint256 updatedAt) internal returns (ITaskManager.Task memory task, uint32 id) {
        registry.setQuorumUpdateBlockNumber(0, updatedAt);
        (id, task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
    }

    function test_staleStakes_forbidden() public {
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        tm.setStaleStakesForbidden(true);
        vm.expectEmit(false, false, false, true, address(tm));
        emit BLSSignatureChecker.StaleStakesForbiddenChanged(true);
        vm.prank(owner);
        tm.setStaleStakesForbidden(true);
        assertTrue(tm.staleStakesForbidden());
        assertEq(address(tm.delegation()), address(registry));

        // Reference block 100, delay 50: stakes updated at block 50 are stale (50 + 50 <= 100).
        (ITaskManager.Task memory task, uint32 id) = _respondAtDelay(50);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(abi.encodeWithSelector(BLSSignatureChecker.StaleStakes.selector, uint8(0)));
        tm.respondToTask(task, resp, cert);

        // Updated at block 51: 51 + 50 > 100, fresh.
        registry.setQuorumUpdateBlockNumber(0, 51);
        tm.respondToTask(task, resp, cert);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function test_staleStakes_allowedWhenOff() public {
        (ITaskManager.Task memory task, uint32 id) = _respondAtDelay(0);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    // ------------------------------------------------------------ function registry

    function test_registry_ownerOnlyAndValidation() public {
        address stranger = makeAddr("stranger");
        ITaskManager.FunctionSpec memory s = _spec(10);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.NotFunctionOwner.selector, fn));
        tm.updateFunction(fn, s);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.NotFunctionOwner.selector, fn));
        tm.deactivateFunction(fn);

        s.moduleDigest = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "module digest is zero"));
        tm.registerFunction(s);
        s = _spec(0);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "quorum threshold must be 1..100")
        );
        tm.registerFunction(s);
        s = _spec(10);
        s.uris = new string[](0);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "no fetch URI"));
        tm.registerFunction(s);

        ITaskManager.FunctionRecord memory rec = tm.getFunction(fn);
        assertEq(rec.owner, address(this));
        assertTrue(rec.active);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(404)));
        tm.getFunction(404);
    }

    function test_registry_httpHosts() public {
        ITaskManager.FunctionSpec memory s = _spec(10);
        s.httpHosts = new string[](2);
        s.httpHosts[0] = "api.example.com";
        s.httpHosts[1] = "*.prices.example:8443";
        uint64 id = tm.registerFunction(s);
        ITaskManager.FunctionRecord memory rec = tm.getFunction(id);
        assertEq(rec.spec.httpHosts.length, 2);
        assertEq(rec.spec.httpHosts[1], "*.prices.example:8443");

        s.httpHosts = new string[](33);
        for (uint256 i; i < 33; ++i) {
            s.httpHosts[i] = "h.example";
        }
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "more than 32 HTTP hosts"));
        tm.registerFunction(s);

        s.httpHosts = new string[](1);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "HTTP host empty or too long")
        );
        tm.registerFunction(s);
        s.httpHosts[0] = string(new bytes(262));
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "HTTP host empty or too long")
        );
        tm.registerFunction(s);

        s.httpHosts[0] = "api.example.com";
        s.runtime = ITaskManager.RuntimeKind.X86;
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "HTTP hosts need the wasm runtime")
        );
        tm.registerFunction(s);
        s.runtime = ITaskManager.RuntimeKind.Wasm;
        s.mode = ITaskManager.VerificationMode.Zk;
        s.zkVerifier = address(1);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "HTTP hosts need quorum mode")
        );
        tm.registerFunction(s);
        // An update is checked the same way.
        s = _spec(10);
        s.httpHosts = new string[](1);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "HTTP host empty or too long")
        );
        tm.updateFunction(id, s);
        // Committee functions weigh operators by seats, not the quorum stake a fetch phase counts.
        s.httpHosts[0] = "api.example.com";
        s.committeeSize = 4;
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskManager.InvalidFunctionSpec.selector, "HTTP hosts need a non-committee function"
            )
        );
        tm.registerFunction(s);
    }

    /// The transcript digest is signed with the response: a certificate over one transcript does
    /// not answer with another.
    function test_respond_transcriptDigestSigned() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        resp.transcriptDigest = keccak256("transcript");
        bytes32 digest = tm.responseDigest(task, resp);
        ITaskManager.TaskResponse memory other = _response(id, "out");
        assertTrue(tm.responseDigest(task, other) != digest);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, digest);
        vm.expectRevert(BLSSignatureChecker.InvalidBLSSignature.selector);
        tm.respondToTask(task, other, cert);
        tm.respondToTask(task, resp, cert);
        assertEq(tm.getTask(id).responseDigest, digest);
    }

    function test_pause_blocksNewWork() public {
        vm.prank(owner);
        tm.pause();
        vm.expectRevert(OwnablePausable.IsPaused.selector);
        tm.createTask(_request(fn, "in", 50, 50));
        vm.expectRevert(OwnablePausable.IsPaused.selector);
        tm.registerFunction(_spec(10));
        vm.expectRevert(OwnablePausable.NotOwner.selector);
        tm.unpause();
        vm.prank(owner);
        tm.unpause();
        tm.createTask(_request(fn, "in", 50, 50));
    }

    // ------------------------------------------------------------ callbacks

    function _answerWithCallback(address consumer, uint32 gasLimit) internal returns (uint32 id) {
        ITaskManager.TaskRequest memory r = _request(fn, "in", 50, 50);
        r.callback = consumer;
        r.callbackGasLimit = gasLimit;
        ITaskManager.Task memory task;
        (id, task) = _createTask(r, 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "result!");
        vm.recordLogs();
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
    }

    function test_callback_delivered() public {
        RecordingConsumer c = new RecordingConsumer();
        uint32 id = _answerWithCallback(address(c), 200_000);
        assertEq(c.lastTaskId(), id);
        assertEq(c.lastFunctionId(), fn);
        assertEq(c.lastRequester(), requester);
        assertEq(c.lastModuleDigest(), keccak256("module"));
        assertEq(c.lastOutput(), "result!");
        assertEq(c.lastDigest(), keccak256("result!"));
    }

    function test_callback_revertDoesNotUndoResponse() public {
        RevertingConsumer c = new RevertingConsumer();
        uint32 id = _answerWithCallback(address(c), 100_000);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool seen;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.CallbackResult.selector) {
                assertEq(logs[i].topics[2], bytes32(uint256(uint160(address(c)))));
                assertFalse(abi.decode(logs[i].data, (bool)));
                seen = true;
            }
        }
        assertTrue(seen, "CallbackResult not emitted");
    }

    function test_callback_gasCapped() public {
        GasBurningConsumer c = new GasBurningConsumer();
        uint256 before = gasleft();
        uint32 id = _answerWithCallback(address(c), 50_000);
        assertLt(before - gasleft(), 2_000_000);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
    }

    function test_callback_tooMuchGasRequested() public {
        ITaskManager.TaskRequest memory r = _request(fn, "in", 50, 50);
        r.callback = address(1);
        r.callbackGasLimit = 2_000_001;
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.CallbackGasTooHigh.selector, uint32(2_000_001), uint32(2_000_000))
        );
        tm.createTask(r);
    }

    // ------------------------------------------------------------ fuzz

    /// The threshold decision is exactly signed*100 >= total*threshold, for every threshold.
    function testFuzz_thresholdBoundary(uint8 threshold) public {
        threshold = uint8(bound(threshold, 10, 100));
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", threshold, 50), 0);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "out");
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(5, tm.responseDigest(task, resp));
        uint256 signed = 325 ether - _stakeOfFirst(5);
        if (signed * 100 >= 325 ether * uint256(threshold)) {
            tm.respondToTask(task, resp, cert);
            assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Responded));
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ITaskManager.ThresholdNotMet.selector, uint8(0), uint96(signed), uint96(325 ether)
                )
            );
            tm.respondToTask(task, resp, cert);
        }
    }

    /// createTask accepts exactly the thresholds and windows in range.
    function testFuzz_createTaskRanges(uint8 threshold, uint32 window) public {
        ITaskManager.TaskRequest memory r = _request(fn, "in", threshold, window);
        bool ok = threshold >= 10 && threshold <= 100 && window >= MIN_WINDOW && window <= MAX_WINDOW;
        if (!ok) vm.expectRevert();
        uint32 id = tm.createTask(r);
        if (ok) assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Pending));
    }

    /// Any response other than the signed one is rejected.
    function testFuzz_signatureBindsOutput(bytes calldata other) public {
        vm.assume(keccak256(other) != keccak256("out"));
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "in", 50, 50), 0);
        vm.roll(block.number + 1);
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert =
            _certificate(0, tm.responseDigest(task, _response(id, "out")));
        vm.expectRevert();
        tm.respondToTask(task, _response(id, other), cert);
    }
}
