// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {BatchHelpers} from "./BatchHelpers.sol";

/// @notice Metered pricing: deposits, fuel refunds, expiries and the function price rules.
contract TaskManagerFeesTest is BatchHelpers {
    uint96 internal constant BASE = 0.001 ether;
    uint96 internal constant PRICE = 1000; // wei per unit of fuel; the 1e9 fuel limit reserves 1e12 wei
    uint64 internal fn;
    uint64 internal flat; // an unpriced function: the whole deposit is the fee, as before metering

    function setUp() public override {
        super.setUp();
        fn = tm.registerFunction(_priced(BASE, PRICE));
        flat = _registerFunction(10);
    }

    function _priced(uint96 base, uint96 price) internal pure returns (ITaskManager.FunctionSpec memory s) {
        s = _spec(10);
        s.baseFee = base;
        s.fuelPrice = price;
    }

    function _quote() internal pure returns (uint256) {
        return BASE + uint256(_limits().fuel) * PRICE;
    }

    function _answer(uint64 function_, uint256 deposit, uint64 fuelUsed, string memory snapshot)
        internal
        returns (uint32 id, ITaskManager.Task memory task)
    {
        (id, task) = _createTask(_request(function_, "input", 66, 50), deposit);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "output");
        resp.fuelUsed = fuelUsed;
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        tm.respondToTask(task, resp, cert);
        if (bytes(snapshot).length > 0) vm.snapshotGasLastCall("TaskManagerFees", snapshot);
    }

    function test_depositMustCoverTheQuote() public {
        uint256 quote = _quote();
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, quote - 1, quote));
        tm.createTask{value: quote - 1}(_request(fn, "input", 66, 50));
        (, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 50), quote);
        assertEq(task.fee, quote);
    }

    /// The AVS minimum raises a function's base fee when it is lower.
    function test_minTaskFeeRaisesTheBase() public {
        vm.prank(owner);
        tm.setMinTaskFee(BASE * 3);
        uint256 quote = BASE * 3 + uint256(_limits().fuel) * PRICE;
        vm.prank(requester);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FeeBelowMinimum.selector, _quote(), quote));
        tm.createTask{value: _quote()}(_request(fn, "input", 66, 50));
    }

    /// Whatever the fuel used and the amount deposited above the quote, the requester gets back the
    /// unused reservation and the fee recipient the rest; nothing is created or lost.
    function testFuzz_refundsUnusedFuel(uint64 fuelUsed, uint96 extra) public {
        fuelUsed = uint64(bound(fuelUsed, 0, _limits().fuel));
        uint256 deposit = _quote() + bound(extra, 0, 1 ether);
        uint256 refund = uint256(_limits().fuel - fuelUsed) * PRICE;
        uint256 before = address(tm).balance;
        uint32 id = _createTaskKeep(fn, deposit);
        vm.roll(block.number + 1);
        if (refund > 0) {
            vm.expectEmit(address(tm));
            emit ITaskManager.FuelRefunded(id, requester, refund);
        }
        _respond(id, fuelUsed);
        assertEq(tm.balances(requester), refund);
        assertEq(tm.balances(owner), deposit - refund);
        assertEq(address(tm).balance - before, deposit);
    }

    function _respond(uint32 id, uint64 fuelUsed) internal {
        // The task as emitted, rebuilt from the stored hash's preimage: created just before.
        ITaskManager.Task memory task = _lastTask;
        ITaskManager.TaskResponse memory resp = _response(id, "output");
        resp.fuelUsed = fuelUsed;
        tm.respondToTask(task, resp, _certificate(0, tm.responseDigest(task, resp)));
    }

    ITaskManager.Task internal _lastTask;

    function _createTaskKeep(uint64 function_, uint256 deposit) internal returns (uint32 id) {
        (id, _lastTask) = _createTask(_request(function_, "input", 66, 50), deposit);
    }

    function test_fuelAboveTheLimitIsRefused() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 50), _quote());
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse memory resp = _response(id, "output");
        resp.fuelUsed = _limits().fuel + 1;
        BLSSignatureChecker.NonSignerStakesAndSignature memory cert = _certificate(0, tm.responseDigest(task, resp));
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.FuelAboveLimit.selector, id, _limits().fuel + 1, _limits().fuel)
        );
        tm.respondToTask(task, resp, cert);
        assertEq(uint8(tm.getTask(id).state), uint8(ITaskManager.TaskState.Pending));
    }

    /// An unpriced function keeps the flat fee: the whole deposit is paid, nothing refunded.
    function test_unpricedFunctionPaysTheDeposit() public {
        _answer(flat, 5 gwei, 123, "");
        assertEq(tm.balances(owner), 5 gwei);
        assertEq(tm.balances(requester), 0);
    }

    /// Every task of a batch is settled with its own fuel.
    function test_batchSettlesEachTask() public {
        ITaskManager.TaskRequest[] memory reqs = new ITaskManager.TaskRequest[](3);
        for (uint256 i = 0; i < 3; i++) {
            reqs[i] = _request(fn, abi.encodePacked("in", i), 66, 50);
        }
        uint256 quote = _quote();
        (uint32[] memory ids, ITaskManager.Task[] memory ts) = _createBatch(reqs, quote * 3);
        vm.roll(block.number + 1);
        ITaskManager.TaskResponse[] memory rs = _responses(ids);
        uint64[3] memory fuel = [uint64(0), 5e8, 1e9];
        uint256 refunds;
        for (uint256 i = 0; i < 3; i++) {
            rs[i].fuelUsed = fuel[i];
            refunds += uint256(_limits().fuel - fuel[i]) * PRICE;
        }
        tm.respondToTasks(ts, rs, _maxReferenceBlock(ts), _batchCertificate(0, ts, rs));
        assertEq(tm.balances(requester), refunds);
        assertEq(tm.balances(owner), quote * 3 - refunds);
    }

    /// Collected fees are counted in the rewards epoch of the answer's block, refunds and expiries
    /// are not; a batch counts the sum of its tasks' fees.
    function test_feesAreCountedPerRewardsEpoch() public {
        vm.warp(10 * uint256(REWARDS_EPOCH) + 5);
        _answer(fn, _quote(), 4e8, "");
        uint256 fee1 = _quote() - uint256(_limits().fuel - 4e8) * PRICE;
        assertEq(tm.epochFees(10), fee1);
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 5), _quote());
        vm.roll(task.deadlineBlock + 1);
        tm.expireTask(id, task);
        assertEq(tm.epochFees(10), fee1);
        vm.warp(11 * uint256(REWARDS_EPOCH));
        _answer(flat, 7 gwei, 1, "");
        assertEq(tm.epochFees(10), fee1);
        assertEq(tm.epochFees(11), 7 gwei);
        assertEq(tm.balances(owner), fee1 + 7 gwei);
        assertEq(tm.REWARDS_EPOCH_SECONDS(), REWARDS_EPOCH);
    }

    function test_expiryRefundsTheWholeDeposit() public {
        (uint32 id, ITaskManager.Task memory task) = _createTask(_request(fn, "input", 66, 5), _quote() + 7);
        vm.roll(task.deadlineBlock + 1);
        tm.expireTask(id, task);
        assertEq(tm.balances(requester), _quote() + 7);
        assertEq(tm.balances(owner), 0);
    }

    /// Pending tasks are settled with the function's price: it cannot change; the base fee can.
    function test_fuelPriceIsImmutable() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.FuelPriceImmutable.selector, fn));
        tm.updateFunction(fn, _priced(BASE, PRICE + 1));
        tm.updateFunction(fn, _priced(BASE * 2, PRICE));
        assertEq(tm.getFunction(fn).spec.baseFee, BASE * 2);
        assertEq(tm.getFunction(fn).spec.fuelPrice, PRICE);
    }

    function test_priceAboveTheFeeFieldIsRefused() public {
        vm.expectRevert(
            abi.encodeWithSelector(ITaskManager.InvalidFunctionSpec.selector, "price above the uint96 fee field")
        );
        tm.registerFunction(_priced(0, type(uint96).max));
    }

    /// getFunction passes the registry's encoding through: the record, or its error.
    function test_getFunction() public {
        ITaskManager.FunctionRecord memory rec = tm.getFunction(fn);
        assertEq(rec.owner, address(this));
        assertTrue(rec.active);
        assertEq(rec.spec.fuelPrice, PRICE);
        assertEq(rec.spec.uris[0], "https://modules.example/m.wasm");
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(999)));
        tm.getFunction(999);
    }

    /// Gas of the metering, each from a fresh state: a flat answer; a metered one crediting the
    /// requester's first refund (a zero balance slot written); a metered one after that (the usual
    /// case while a requester leaves refunds to accumulate).
    function test_gas_flatAnswer() public {
        _answer(flat, 1 gwei, 0, "");
        _answer(flat, 1 gwei, 0, "respondToTask_flat");
    }

    function test_gas_meteredAnswer() public {
        _answer(flat, 1 gwei, 0, "");
        _answer(fn, _quote(), 4e8, "respondToTask_metered_firstRefund");
        _answer(fn, _quote(), 4e8, "respondToTask_metered");
    }
}
