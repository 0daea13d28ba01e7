// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {withOutsider} from "./CommitteeFixtures.sol";
import {Test} from "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {BN254} from "../src/libraries/BN254.sol";
import {CommitteeRegistry} from "../src/CommitteeRegistry.sol";
import {ICommitteeRegistry} from "../src/interfaces/ICommitteeRegistry.sol";
import {IRegistryCoordinatorViews} from "../src/interfaces/IMiddleware.sol";
import {RegistryDouble} from "./doubles/RegistryDouble.sol";

contract CommitteeRegistryTest is Test {
    using BN254 for BN254.G1Point;

    uint8 internal constant WASM = 1;
    uint8 internal constant X86 = 2;
    uint8 internal constant ZK = 4;
    uint32 internal constant EPOCH = 100;
    uint64 internal constant CAP = 1000;

    RegistryDouble internal reg;
    CommitteeRegistry internal cr;
    address internal owner = makeAddr("owner");
    bytes32[] internal ids;

    function setUp() public {
        reg = new RegistryDouble();
        cr = new CommitteeRegistry(IRegistryCoordinatorViews(address(reg)), owner, EPOCH, CAP);
        vm.roll(1000);
    }

    /// @dev Operator i has key (i+1)*G1 and stake i+1 ether: the registry only hashes keys here.
    function _addOperators(uint256 n) internal {
        for (uint256 k = 0; k < n; k++) {
            uint256 i = ids.length;
            ids.push(reg.addOperator(BN254.generatorG1().scalarMul(i + 1), uint96((i + 1) * 1 ether)));
        }
    }

    function _cap(uint16 cores, uint32 memMiB, uint32 fuel, uint8 runtimes)
        internal
        pure
        returns (ICommitteeRegistry.Capacity memory)
    {
        return ICommitteeRegistry.Capacity({cores: cores, memoryMiB: memMiB, fuelRate: fuel, runtimes: runtimes});
    }

    function _declare(uint256 i, uint16 cores, uint32 memMiB, uint32 fuel, uint8 runtimes) internal {
        vm.prank(reg.getOperatorFromId(ids[i]));
        cr.declareCapacity(_cap(cores, memMiB, fuel, runtimes));
    }

    function _entries(uint64 table) internal view returns (ICommitteeRegistry.Entry[] memory) {
        return cr.getEntries(table, 0, type(uint32).max);
    }

    /// @dev The holder of a value by scanning every interval: the reference for the binary searches.
    function _linearHolder(ICommitteeRegistry.Entry[] memory es, uint256 r) internal pure returns (uint32) {
        for (uint256 p = 0; p < es.length; p++) {
            if (es[p].start <= r && r < es[p].end) return uint32(p);
        }
        revert("value outside the table");
    }

    function _drawValue(bytes32 seed, uint256 j, uint256 total) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, j))) % total;
    }

    // ------------------------------------------------------------ capacity

    function test_declareCapacity_storesAndEmits() public {
        address op = makeAddr("op");
        ICommitteeRegistry.Capacity memory c = _cap(8, 4096, 120, WASM | X86 | ZK);
        vm.expectEmit(true, false, false, true, address(cr));
        emit ICommitteeRegistry.CapacityDeclared(op, c);
        vm.prank(op);
        cr.declareCapacity(c);
        ICommitteeRegistry.Capacity memory got = cr.capacityOf(op);
        assertEq(got.cores, 8);
        assertEq(got.memoryMiB, 4096);
        assertEq(got.fuelRate, 120);
        assertEq(got.runtimes, WASM | X86 | ZK);
        // A second declaration replaces the first.
        vm.prank(op);
        cr.declareCapacity(_cap(1, 1, 1, X86));
        assertEq(cr.capacityOf(op).cores, 1);
        assertEq(cr.capacityOf(op).runtimes, X86);
    }

    function test_revert_declareCapacity_invalid() public {
        ICommitteeRegistry.Capacity[5] memory bad = [
            _cap(0, 1024, 100, WASM),
            _cap(1, 0, 100, WASM),
            _cap(1, 1024, 0, WASM),
            _cap(1, 1024, 100, 0),
            _cap(1, 1024, 100, 8)
        ];
        for (uint256 i = 0; i < bad.length; i++) {
            vm.expectRevert(ICommitteeRegistry.InvalidCapacity.selector);
            cr.declareCapacity(bad[i]);
        }
    }

    function test_clearCapacity() public {
        _addOperators(2);
        _declare(0, 1, 1024, 100, WASM);
        _declare(1, 1, 1024, 100, WASM);
        address op0 = reg.getOperatorFromId(ids[0]);
        vm.expectEmit(true, false, false, true, address(cr));
        emit ICommitteeRegistry.CapacityCleared(op0);
        vm.prank(op0);
        cr.clearCapacity();
        assertEq(cr.capacityOf(op0).cores, 0);
        // Tables built afterwards leave it out.
        ICommitteeRegistry.Entry[] memory es = _entries(cr.buildTable(0, WASM, 0));
        assertEq(es.length, 1);
        assertEq(es[0].operatorId, ids[1]);
    }

    // ------------------------------------------------------------ tables

    /// @dev Seven operators, stakes 1..7 ether, cap 1000 units:
    /// 0: wasm|x86, 2 cores × 100, 128 MiB    -> 200 units
    /// 1: wasm, 1 × 100, 32 MiB               -> below 64 MiB
    /// 2: x86 only, 1 × 100, 128 MiB
    /// 3: no declaration
    /// 4: wasm, 1 × 100, 128 MiB, stake zero
    /// 5: wasm|zk, 20 × 100 (capped at 1000), exactly 64 MiB
    /// 6: wasm, 3 × 50, 1024 MiB              -> 150 units
    function _mixedOperators() internal {
        _addOperators(7);
        _declare(0, 2, 128, 100, WASM | X86);
        _declare(1, 1, 32, 100, WASM);
        _declare(2, 1, 128, 100, X86);
        _declare(4, 1, 128, 100, WASM);
        reg.setStake(ids[4], 0);
        _declare(5, 20, 64, 100, WASM | ZK);
        _declare(6, 3, 1024, 50, WASM);
    }

    function _assertTable(uint64 table, uint256[] memory members, uint256[] memory weights) internal view {
        ICommitteeRegistry.Entry[] memory es = _entries(table);
        assertEq(es.length, members.length, "table size");
        uint256 total;
        for (uint256 p = 0; p < es.length; p++) {
            assertEq(es[p].operatorId, ids[members[p]], "order");
            assertEq(es[p].start, total, "start");
            total += weights[p];
            assertEq(es[p].end, total, "end");
        }
        ICommitteeRegistry.TableInfo memory info = cr.getTable(table);
        assertEq(info.size, members.length);
        assertEq(info.totalWeight, total);
        assertEq(info.builtBlock, block.number);
    }

    function _list(uint256 a) internal pure returns (uint256[] memory l) {
        l = new uint256[](1);
        l[0] = a;
    }

    function _list(uint256 a, uint256 b) internal pure returns (uint256[] memory l) {
        l = new uint256[](2);
        (l[0], l[1]) = (a, b);
    }

    function _list(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory l) {
        l = new uint256[](3);
        (l[0], l[1], l[2]) = (a, b, c);
    }

    function _list(uint256 a, uint256 b, uint256 c, uint256 d) internal pure returns (uint256[] memory l) {
        l = new uint256[](4);
        (l[0], l[1], l[2], l[3]) = (a, b, c, d);
    }

    function test_buildTable_filtersAndWeights() public {
        _mixedOperators();
        uint256 total = 200 * 1 ether + 1000 * 6 ether + 150 * 7 ether;
        vm.expectEmit(true, false, false, true, address(cr));
        emit ICommitteeRegistry.TableBuilt(1, 0, WASM, 6, 3, uint128(total));
        uint64 t = cr.buildTable(0, WASM, 6);
        assertEq(t, 1);
        // Memory 32 MiB < 64, x86 only, no declaration and zero stake are out; the cap applies to 5.
        _assertTable(t, _list(0, 5, 6), _list(200 * 1 ether, 1000 * 6 ether, 150 * 7 ether));
        assertEq(cr.currentTable(0, WASM, 6), t);
        assertEq(cr.latestTable(uint24(WASM) << 8 | 6), t);
    }

    function test_buildTable_memoryClassIsAPowerOfTwoMiB() public {
        _mixedOperators();
        // Class 5 (32 MiB) admits operator 1 at 32 MiB; class 7 (128 MiB) drops 5 at 64 MiB.
        _assertTable(
            cr.buildTable(0, WASM, 5),
            _list(0, 1, 5, 6),
            _list(200 * 1 ether, 100 * 2 ether, 1000 * 6 ether, 1050 ether)
        );
        _assertTable(cr.buildTable(0, WASM, 7), _list(0, 6), _list(200 * 1 ether, 1050 ether));
    }

    function test_buildTable_operatorMustServeAllRuntimeBits() public {
        _mixedOperators();
        _assertTable(cr.buildTable(0, WASM | X86, 0), _list(0), _list(200 * 1 ether));
        _assertTable(cr.buildTable(0, X86, 0), _list(0, 2), _list(200 * 1 ether, 100 * 3 ether));
        _assertTable(cr.buildTable(0, WASM | ZK, 0), _list(5), _list(1000 * 6 ether));
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NoEligibleOperators.selector, 0, WASM | X86 | ZK, 0));
        cr.buildTable(0, WASM | X86 | ZK, 0);
    }

    function test_buildTable_capacityCapChangeAppliesToNewTables() public {
        _mixedOperators();
        uint64 before = cr.buildTable(0, ZK, 0);
        vm.prank(owner);
        cr.setCapacityCap(500);
        uint64 afterCap = cr.buildTable(0, ZK, 0);
        assertEq(cr.getTable(before).totalWeight, 1000 * 6 ether);
        assertEq(cr.getTable(afterCap).totalWeight, 500 * 6 ether);
    }

    function test_revert_buildTable_noEligibleOperators() public {
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NoEligibleOperators.selector, 0, WASM, 0));
        cr.buildTable(0, WASM, 0);
        _mixedOperators();
        // Quorum 1 has no operators at all.
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NoEligibleOperators.selector, 1, WASM, 0));
        cr.buildTable(1, WASM, 0);
        // Memory class 20 (1 TiB): nobody offers it.
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NoEligibleOperators.selector, 0, WASM, 20));
        cr.buildTable(0, WASM, 20);
        assertEq(cr.nextTableId(), 1, "failed builds use no id");
    }

    function test_revert_buildTable_invalidClass() public {
        _mixedOperators();
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.InvalidClass.selector, 0, 0));
        cr.buildTable(0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.InvalidClass.selector, 8, 0));
        cr.buildTable(0, 8, 0);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.InvalidClass.selector, WASM, 21));
        cr.buildTable(0, WASM, 21);
    }

    function test_revert_buildTable_weightOverflow() public {
        // uint96 stake × 65535 × 2^32 units exceeds the uint128 interval bounds.
        ids.push(reg.addOperator(BN254.generatorG1(), type(uint96).max));
        vm.prank(owner);
        cr.setCapacityCap(type(uint64).max);
        _declare(0, type(uint16).max, 1024, type(uint32).max, WASM);
        vm.expectRevert(ICommitteeRegistry.TableWeightOverflow.selector);
        cr.buildTable(0, WASM, 0);
    }

    function test_revert_getTable_unknown() public {
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.UnknownTable.selector, 7));
        cr.getTable(7);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.UnknownTable.selector, 7));
        cr.drawHolder(7, bytes32(0), 0);
    }

    function test_getEntries_paging() public {
        _mixedOperators();
        uint64 t = cr.buildTable(0, WASM, 5); // 4 entries
        assertEq(cr.getEntries(t, 1, 2).length, 2);
        assertEq(cr.getEntries(t, 1, 2)[0].operatorId, ids[1]);
        assertEq(cr.getEntries(t, 3, 10).length, 1);
        assertEq(cr.getEntries(t, 4, 10).length, 0);
        assertEq(cr.getEntries(t, type(uint32).max, type(uint32).max).length, 0);
    }

    function test_useTable_buildsOncePerEpochAndRebuildsWhenStale() public {
        _mixedOperators();
        uint64 first = cr.useTable(0, WASM, 64 << 20);
        assertEq(first, 1);
        assertEq(cr.getTable(first).memClass, 6);
        assertEq(cr.useTable(0, WASM, 64 << 20), first, "same block");
        assertEq(cr.useTable(0, WASM, (32 << 20) + 1), first, "same class");
        assertEq(cr.nextTableId(), 2);
        // Another class gets its own table.
        assertEq(cr.useTable(0, WASM, 1), 2);
        vm.roll(block.number + EPOCH - 1);
        assertEq(cr.currentTable(0, WASM, 6), first, "last block of the epoch");
        assertEq(cr.useTable(0, WASM, 64 << 20), first);
        vm.roll(block.number + 1);
        assertEq(cr.currentTable(0, WASM, 6), 0, "stale");
        // Stakes changed meanwhile: the rebuilt table sees them.
        reg.setStake(ids[6], 1 ether);
        uint64 rebuilt = cr.useTable(0, WASM, 64 << 20);
        assertEq(rebuilt, 3);
        assertEq(cr.getTable(rebuilt).totalWeight, 200 * 1 ether + 1000 * 6 ether + 150 * 1 ether);
        assertEq(cr.getTable(first).totalWeight, 200 * 1 ether + 1000 * 6 ether + 150 * 7 ether, "old table kept");
        assertEq(cr.useTable(0, WASM, 64 << 20), rebuilt);
    }

    function test_useTable_epochChangeAgesExistingTables() public {
        _mixedOperators();
        uint64 t = cr.useTable(0, WASM, 1);
        vm.roll(block.number + 10);
        vm.prank(owner);
        cr.setEpochBlocks(10);
        assertEq(cr.currentTable(0, WASM, 0), 0);
        assertEq(cr.useTable(0, WASM, 1), t + 1);
    }

    function test_revert_useTable_memoryAboveLargestClass() public {
        _mixedOperators();
        // 1 TiB + 1 byte is class 21: no class serves it.
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.InvalidClass.selector, WASM, 21));
        cr.useTable(0, WASM, (uint64(1) << 40) + 1);
    }

    function test_memoryClass_boundaries() public view {
        assertEq(cr.memoryClass(0), 0);
        assertEq(cr.memoryClass(1), 0);
        assertEq(cr.memoryClass(1 << 20), 0);
        assertEq(cr.memoryClass((1 << 20) + 1), 1);
        assertEq(cr.memoryClass(2 << 20), 1);
        assertEq(cr.memoryClass((2 << 20) + 1), 2);
        assertEq(cr.memoryClass(64 << 20), 6);
        assertEq(cr.memoryClass((64 << 20) + 1), 7);
        assertEq(cr.memoryClass(uint64(1) << 40), 20);
        assertEq(cr.memoryClass((uint64(1) << 40) + 1), 21);
        assertEq(cr.memoryClass(type(uint64).max), 44);
    }

    function testFuzz_memoryClass(uint64 m) public view {
        uint8 c = cr.memoryClass(m);
        // Smallest c with 2^c MiB >= m.
        assertGe(uint256(1) << (20 + c), m);
        if (c > 0) assertLt(uint256(1) << (19 + c), m);
    }

    // ------------------------------------------------------------ draws

    /// @dev 20 operators with uneven weights: stake i+1 ether × (1 + i*37 mod 9) × 10 units.
    function _unevenTable() internal returns (uint64) {
        _addOperators(20);
        for (uint256 i = 0; i < 20; i++) {
            _declare(i, uint16(1 + (i * 37) % 9), 1024, 10, WASM);
        }
        return cr.buildTable(0, WASM, 0);
    }

    function test_drawHolder_matchesLinearScan() public {
        uint64 t = _unevenTable();
        ICommitteeRegistry.Entry[] memory es = _entries(t);
        uint256 total = cr.getTable(t).totalWeight;
        bytes32 seed = keccak256("seed");
        uint256[] memory hits = new uint256[](es.length);
        for (uint256 j = 0; j < 400; j++) {
            uint32 p = cr.drawHolder(t, seed, j);
            assertEq(p, _linearHolder(es, _drawValue(seed, j, total)));
            hits[p]++;
        }
        // Every operator has at least 1/150 of the weight: 400 draws reach the first and the last.
        assertGt(hits[0], 0);
        assertGt(hits[es.length - 1], 0);
    }

    function testFuzz_drawHolder_matchesLinearScan(bytes32 seed, uint256 j) public {
        uint64 t = _unevenTable();
        ICommitteeRegistry.Entry[] memory es = _entries(t);
        assertEq(cr.drawHolder(t, seed, j), _linearHolder(es, _drawValue(seed, j, cr.getTable(t).totalWeight)));
    }

    /// @dev docs/committees.md's test vector (also pinned in committee/committee_test.go).
    function test_knownAnswerVector() public {
        _addOperators(3); // stakes 1, 2, 3 ether
        vm.prank(owner);
        cr.setCapacityCap(4096);
        _declare(0, 4, 1024, 100, WASM); // 400 units
        _declare(1, 10, 1024, 100, WASM); // 1000 units
        _declare(2, 64, 1024, 100, WASM); // 6400, capped at 4096
        uint64 t = cr.buildTable(0, WASM, 6);
        assertEq(cr.getTable(t).totalWeight, 14688 ether);

        bytes32 blockHash;
        bytes32 taskHash;
        for (uint256 i = 0; i < 32; i++) {
            blockHash |= bytes32(uint256(i) << (8 * (31 - i)));
            taskHash |= bytes32(uint256(0xff - i) << (8 * (31 - i)));
        }
        assertEq(blockHash, 0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f);
        bytes32 seed = keccak256(abi.encode(blockHash, taskHash));
        assertEq(seed, 0x65f04d3ae1079ff053c1bdb62fc7ff7ef3985255cfb2b128783c89b11dd245e4);
        assertEq(_drawValue(seed, 1, 14688 ether), 9516185635947279100731);
        assertEq(cr.drawHolder(t, seed, 1), 2);
    }

    // ------------------------------------------------------------ countSeats

    /// @dev Distinct holders of draws [0, window) in position order, and the seats each holds.
    function _holders(uint64 t, bytes32 seed, uint256 window)
        internal
        view
        returns (uint32[] memory positions, uint256[] memory seats)
    {
        uint256 size = cr.getTable(t).size;
        uint256[] memory count = new uint256[](size);
        uint256 n;
        for (uint256 j = 0; j < window; j++) {
            if (count[cr.drawHolder(t, seed, j)]++ == 0) n++;
        }
        positions = new uint32[](n);
        seats = new uint256[](n);
        n = 0;
        for (uint256 p = 0; p < size; p++) {
            if (count[p] > 0) (positions[n], seats[n++]) = (uint32(p), count[p]);
        }
    }

    function _idsAt(uint32[] memory positions) internal view returns (bytes32[] memory out) {
        out = new bytes32[](positions.length);
        for (uint256 i = 0; i < positions.length; i++) {
            out[i] = ids[positions[i]];
        }
    }

    function test_countSeats_membersAndSubsets() public {
        // _addOperators keeps registration order and all declare: position p is operator p.
        uint64 t = _unevenTable();
        bytes32 seed = keccak256("count");
        uint256 window = 12;
        (uint32[] memory pos, uint256[] memory seats) = _holders(t, seed, window);
        assertGt(pos.length, 2);
        assertEq(cr.countSeats(t, seed, window, pos, _idsAt(pos)), window, "all holders hold every seat");
        // Any subset of holders: the sum of its seats.
        uint32[] memory two = new uint32[](2);
        (two[0], two[1]) = (pos[0], pos[pos.length - 1]);
        assertEq(cr.countSeats(t, seed, window, two, _idsAt(two)), seats[0] + seats[pos.length - 1]);
    }

    function test_revert_countSeats_ordering() public {
        uint64 t = _unevenTable();
        bytes32 seed = keccak256("count");
        (uint32[] memory pos,) = _holders(t, seed, 12);
        uint32[] memory swapped = new uint32[](2);
        (swapped[0], swapped[1]) = (pos[1], pos[0]);
        vm.expectRevert(ICommitteeRegistry.SignersNotSorted.selector);
        cr.countSeats(t, seed, 12, swapped, _idsAt(swapped));
        uint32[] memory dup = new uint32[](2);
        (dup[0], dup[1]) = (pos[0], pos[0]);
        vm.expectRevert(ICommitteeRegistry.SignersNotSorted.selector);
        cr.countSeats(t, seed, 12, dup, _idsAt(dup));
        vm.expectRevert(
            abi.encodeWithSelector(ICommitteeRegistry.SignersLengthMismatch.selector, pos.length, pos.length - 1)
        );
        cr.countSeats(t, seed, 12, pos, new bytes32[](pos.length - 1));
    }

    function test_revert_countSeats_wrongIdOrPosition() public {
        uint64 t = _unevenTable();
        bytes32 seed = keccak256("count");
        (uint32[] memory pos,) = _holders(t, seed, 12);
        bytes32[] memory wrong = _idsAt(pos);
        wrong[1] = ids[pos[0]];
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.SignerNotInTable.selector, pos[1], ids[pos[0]]));
        cr.countSeats(t, seed, 12, pos, wrong);
        uint32[] memory outside = new uint32[](1);
        outside[0] = 20;
        bytes32[] memory anyId = new bytes32[](1);
        anyId[0] = ids[0];
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.SignerNotInTable.selector, 20, ids[0]));
        cr.countSeats(t, seed, 12, outside, anyId);
    }

    function test_revert_countSeats_nonMember() public {
        uint64 t = _unevenTable();
        bytes32 seed = keccak256("count");
        (uint32[] memory pos,) = _holders(t, seed, 5);
        (uint32[] memory signers, uint32 outsider) = withOutsider(pos);
        vm.expectRevert(abi.encodeWithSelector(ICommitteeRegistry.NotCommitteeMember.selector, outsider));
        cr.countSeats(t, seed, 5, signers, _idsAt(signers));
    }

    function test_revert_countSeats_emptyWindow() public {
        uint64 t = _unevenTable();
        vm.expectRevert(ICommitteeRegistry.EmptyCommitteeWindow.selector);
        cr.countSeats(t, bytes32(0), 0, new uint32[](0), new bytes32[](0));
    }

    // ------------------------------------------------------------ admin

    function test_setters_onlyOwner() public {
        address stranger = makeAddr("stranger");
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        cr.setEpochBlocks(5);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        cr.setCapacityCap(5);
        vm.stopPrank();

        vm.startPrank(owner);
        vm.expectEmit(false, false, false, true, address(cr));
        emit ICommitteeRegistry.EpochBlocksChanged(EPOCH, 5);
        cr.setEpochBlocks(5);
        vm.expectEmit(false, false, false, true, address(cr));
        emit ICommitteeRegistry.CapacityCapChanged(CAP, 7);
        cr.setCapacityCap(7);
        assertEq(cr.epochBlocks(), 5);
        assertEq(cr.capacityCap(), 7);
        vm.expectRevert(ICommitteeRegistry.InvalidEpochBlocks.selector);
        cr.setEpochBlocks(0);
        vm.expectRevert(ICommitteeRegistry.InvalidCapacityCap.selector);
        cr.setCapacityCap(0);
        vm.stopPrank();
    }

    function test_revert_constructor_zeroParameters() public {
        vm.expectRevert(ICommitteeRegistry.InvalidEpochBlocks.selector);
        new CommitteeRegistry(IRegistryCoordinatorViews(address(reg)), owner, 0, CAP);
        vm.expectRevert(ICommitteeRegistry.InvalidCapacityCap.selector);
        new CommitteeRegistry(IRegistryCoordinatorViews(address(reg)), owner, EPOCH, 0);
    }

    function test_registryDouble_operatorViews() public {
        _addOperators(30); // beyond the 25 of TaskManagerBase
        bytes32[] memory list = reg.getOperatorListAtBlockNumber(0, uint32(block.number));
        assertEq(list.length, 30);
        for (uint256 i = 0; i < 30; i++) {
            assertEq(list[i], ids[i]);
        }
        assertEq(reg.getOperatorListAtBlockNumber(1, uint32(block.number)).length, 0);
        assertEq(reg.getCurrentStake(ids[3], 0), 4 ether);
        assertEq(reg.getCurrentStake(ids[3], 1), 0);
        assertTrue(reg.getOperatorFromId(ids[0]) != reg.getOperatorFromId(ids[1]));
        assertEq(reg.getOperatorFromId(bytes32(uint256(1))), address(0));
        reg.setOperatorAddress(ids[0], address(0xbeef));
        assertEq(reg.getOperatorFromId(ids[0]), address(0xbeef));
        assertEq(reg.indexRegistry(), address(reg));
    }
}
