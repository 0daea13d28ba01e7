// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ICommitteeRegistry} from "./interfaces/ICommitteeRegistry.sol";
import {IRegistryCoordinatorViews, IStakeRegistryViews, IIndexRegistryViews} from "./interfaces/IMiddleware.sol";

/// @title CommitteeRegistry
/// @notice Operators declare their capacity here; committee tables are built here from the
/// middleware's stakes and those declarations, once per epoch and class; TaskManager counts a
/// committee certificate's seats here. See ICommitteeRegistry and docs/committees.md.
/// @dev Building a table is O(operators) and happens at most once per epoch per class (in the
/// createTask that first needs it, or by anyone ahead of time); checking a certificate is
/// O(signers × log signers + window) and does not depend on the number of operators.
contract CommitteeRegistry is ICommitteeRegistry, Ownable {
    uint8 public constant RUNTIME_WASM = 1;
    uint8 public constant RUNTIME_X86 = 2;
    uint8 public constant RUNTIME_ZK = 4;
    /// @notice Largest memory class: 2^20 MiB (1 TiB).
    uint8 public constant MAX_MEM_CLASS = 20;

    IRegistryCoordinatorViews public immutable registryCoordinator;
    IStakeRegistryViews public immutable stakeRegistry;
    IIndexRegistryViews public immutable indexRegistry;

    /// @notice How many blocks a table stays current.
    uint32 public epochBlocks;
    /// @notice Largest capacity units (cores × fuel rate) an operator's weight counts: declarations
    /// are claims, so the cap bounds how far capacity can multiply stake.
    uint64 public capacityCap;
    uint64 public nextTableId = 1;

    mapping(address => Capacity) internal capacities;
    mapping(uint64 => TableInfo) internal tables;
    mapping(uint64 => mapping(uint256 => Entry)) internal entries;
    /// @dev class key (quorum, runtimes, memClass) => latest table.
    mapping(uint24 => uint64) public latestTable;

    /// @param coordinator the AVS's registry coordinator (stake and index registries are read from it)
    /// @param initialOwner who may change the epoch length and the capacity cap
    /// @param epoch blocks a table stays current
    /// @param cap largest capacity units counted per operator
    constructor(IRegistryCoordinatorViews coordinator, address initialOwner, uint32 epoch, uint64 cap)
        Ownable(initialOwner)
    {
        registryCoordinator = coordinator;
        stakeRegistry = IStakeRegistryViews(coordinator.stakeRegistry());
        indexRegistry = IIndexRegistryViews(coordinator.indexRegistry());
        _setEpochBlocks(epoch);
        _setCapacityCap(cap);
    }

    // ------------------------------------------------------------------ capacity

    /// @inheritdoc ICommitteeRegistry
    function declareCapacity(Capacity calldata capacity) external {
        if (
            capacity.cores == 0 || capacity.memoryMiB == 0 || capacity.fuelRate == 0 || capacity.runtimes == 0
                || capacity.runtimes > (RUNTIME_WASM | RUNTIME_X86 | RUNTIME_ZK)
        ) revert InvalidCapacity();
        capacities[msg.sender] = capacity;
        emit CapacityDeclared(msg.sender, capacity);
    }

    /// @inheritdoc ICommitteeRegistry
    function clearCapacity() external {
        delete capacities[msg.sender];
        emit CapacityCleared(msg.sender);
    }

    /// @inheritdoc ICommitteeRegistry
    function capacityOf(address operator) external view returns (Capacity memory) {
        return capacities[operator];
    }

    // ------------------------------------------------------------------ tables

    /// @inheritdoc ICommitteeRegistry
    function buildTable(uint8 quorum, uint8 runtimes, uint8 memClass) public returns (uint64 tableId) {
        if (runtimes == 0 || runtimes > (RUNTIME_WASM | RUNTIME_X86 | RUNTIME_ZK) || memClass > MAX_MEM_CLASS) {
            revert InvalidClass(runtimes, memClass);
        }
        bytes32[] memory ids = indexRegistry.getOperatorListAtBlockNumber(quorum, uint32(block.number));
        tableId = nextTableId++;
        uint256 total;
        uint32 size;
        mapping(uint256 => Entry) storage list = entries[tableId];
        for (uint256 i = 0; i < ids.length; i++) {
            uint256 weight = _weight(ids[i], quorum, runtimes, memClass);
            if (weight == 0) continue;
            uint256 end = total + weight;
            if (end > type(uint128).max) revert TableWeightOverflow();
            list[size] = Entry({operatorId: ids[i], start: uint128(total), end: uint128(end)});
            total = end;
            size++;
        }
        if (size == 0) revert NoEligibleOperators(quorum, runtimes, memClass);
        tables[tableId] = TableInfo({
            quorum: quorum,
            runtimes: runtimes,
            memClass: memClass,
            builtBlock: uint32(block.number),
            size: size,
            totalWeight: uint128(total)
        });
        latestTable[_classKey(quorum, runtimes, memClass)] = tableId;
        emit TableBuilt(tableId, quorum, runtimes, memClass, size, uint128(total));
    }

    /// @inheritdoc ICommitteeRegistry
    function useTable(uint8 quorum, uint8 runtimes, uint64 memoryBytes) external returns (uint64 tableId) {
        uint8 memClass = memoryClass(memoryBytes);
        tableId = currentTable(quorum, runtimes, memClass);
        if (tableId == 0) tableId = buildTable(quorum, runtimes, memClass);
    }

    /// @inheritdoc ICommitteeRegistry
    function currentTable(uint8 quorum, uint8 runtimes, uint8 memClass) public view returns (uint64 tableId) {
        tableId = latestTable[_classKey(quorum, runtimes, memClass)];
        if (tableId != 0 && block.number >= uint256(tables[tableId].builtBlock) + epochBlocks) tableId = 0;
    }

    /// @inheritdoc ICommitteeRegistry
    function getTable(uint64 tableId) public view returns (TableInfo memory info) {
        info = tables[tableId];
        if (info.size == 0) revert UnknownTable(tableId);
    }

    /// @inheritdoc ICommitteeRegistry
    function getEntries(uint64 tableId, uint32 from, uint32 count) external view returns (Entry[] memory list) {
        uint32 size = getTable(tableId).size;
        if (from >= size) return new Entry[](0);
        if (count > size - from) count = size - from;
        list = new Entry[](count);
        for (uint256 i = 0; i < count; i++) {
            list[i] = entries[tableId][from + i];
        }
    }

    /// @inheritdoc ICommitteeRegistry
    function drawHolder(uint64 tableId, bytes32 seed, uint256 draw) external view returns (uint32 position) {
        TableInfo memory info = getTable(tableId);
        uint256 r = _draw(seed, draw, info.totalWeight);
        mapping(uint256 => Entry) storage list = entries[tableId];
        uint256 lo = 0;
        uint256 hi = info.size; // invariant: the holder is in [lo, hi)
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (list[mid].start <= r) lo = mid;
            else hi = mid;
        }
        return uint32(lo);
    }

    /// @inheritdoc ICommitteeRegistry
    function countSeats(
        uint64 tableId,
        bytes32 seed,
        uint256 window,
        uint32[] calldata positions,
        bytes32[] calldata operatorIds
    ) external view returns (uint256 seats) {
        bytes32[] memory seeds = new bytes32[](1);
        uint256[] memory windows = new uint256[](1);
        (seeds[0], windows[0]) = (seed, window);
        return _countSeats(tableId, seeds, windows, positions, operatorIds)[0];
    }

    /// @inheritdoc ICommitteeRegistry
    function countSeatsMany(
        uint64 tableId,
        bytes32[] calldata seeds,
        uint256[] calldata windows,
        uint32[] calldata positions,
        bytes32[] calldata operatorIds
    ) external view returns (uint256[] memory seats) {
        if (seeds.length != windows.length) {
            revert SignersLengthMismatch(seeds.length, windows.length);
        }
        return _countSeats(tableId, seeds, windows, positions, operatorIds);
    }

    /// @inheritdoc ICommitteeRegistry
    function committeeSeed(uint32 referenceBlock, bytes32 taskHash) external view returns (bytes32) {
        bytes32 h = blockhash(uint256(referenceBlock) + 1);
        if (h == bytes32(0)) revert SeedUnavailable(referenceBlock + 1);
        return keccak256(abi.encode(h, taskHash));
    }

    /// @inheritdoc ICommitteeRegistry
    function memoryClass(uint64 memoryBytes) public pure returns (uint8 c) {
        uint256 mib = (uint256(memoryBytes) + (1 << 20) - 1) >> 20;
        while ((uint256(1) << c) < mib) c++;
    }

    // ------------------------------------------------------------------ admin

    /// @notice Sets how many blocks a table stays current. Existing tables' ages are measured with it.
    /// @param epoch blocks, at least one
    function setEpochBlocks(uint32 epoch) external onlyOwner {
        _setEpochBlocks(epoch);
    }

    /// @notice Sets the largest capacity units counted per operator; tables built from now on use it.
    /// @param cap capacity units, at least one
    function setCapacityCap(uint64 cap) external onlyOwner {
        _setCapacityCap(cap);
    }

    // ------------------------------------------------------------------ internals

    function _setEpochBlocks(uint32 epoch) internal {
        if (epoch == 0) revert InvalidEpochBlocks();
        emit EpochBlocksChanged(epochBlocks, epoch);
        epochBlocks = epoch;
    }

    function _setCapacityCap(uint64 cap) internal {
        if (cap == 0) revert InvalidCapacityCap();
        emit CapacityCapChanged(capacityCap, cap);
        capacityCap = cap;
    }

    /// @dev Seats per window of the signers; reverts unless positions increase, match the ids and
    /// every signer holds a seat in some window.
    function _countSeats(
        uint64 tableId,
        bytes32[] memory seeds,
        uint256[] memory windows,
        uint32[] calldata positions,
        bytes32[] calldata operatorIds
    ) internal view returns (uint256[] memory seats) {
        uint256 n = positions.length;
        if (n != operatorIds.length) revert SignersLengthMismatch(n, operatorIds.length);
        TableInfo memory info = getTable(tableId);
        uint256[] memory starts = new uint256[](n);
        uint256[] memory ends = new uint256[](n);
        mapping(uint256 => Entry) storage list = entries[tableId];
        for (uint256 i = 0; i < n; i++) {
            uint32 p = positions[i];
            if (i > 0 && p <= positions[i - 1]) revert SignersNotSorted();
            if (p >= info.size) revert SignerNotInTable(p, operatorIds[i]);
            Entry storage e = list[p];
            if (e.operatorId != operatorIds[i]) revert SignerNotInTable(p, operatorIds[i]);
            starts[i] = e.start;
            ends[i] = e.end;
        }
        bool[] memory held = new bool[](n);
        seats = new uint256[](seeds.length);
        for (uint256 t = 0; t < seeds.length; t++) {
            if (windows[t] == 0) revert EmptyCommitteeWindow();
            seats[t] = _seatsIn(seeds[t], windows[t], info.totalWeight, starts, ends, held);
        }
        for (uint256 i = 0; i < n; i++) {
            if (!held[i]) revert NotCommitteeMember(positions[i]);
        }
    }

    /// @dev Draws 0..window-1 held by the signers' intervals (sorted, disjoint: binary search),
    /// marking in `held` who holds one.
    function _seatsIn(
        bytes32 seed,
        uint256 window,
        uint256 total,
        uint256[] memory starts,
        uint256[] memory ends,
        bool[] memory held
    ) internal pure returns (uint256 seats) {
        for (uint256 j = 0; j < window; j++) {
            uint256 r = _draw(seed, j, total);
            uint256 lo = 0;
            uint256 hi = starts.length;
            while (lo < hi) {
                uint256 mid = (lo + hi) / 2;
                if (r < starts[mid]) {
                    hi = mid;
                } else if (r >= ends[mid]) {
                    lo = mid + 1;
                } else {
                    seats++;
                    held[mid] = true;
                    break;
                }
            }
        }
    }

    /// @dev stake × min(cores × fuel rate, capacityCap) of an operator serving the class, else zero.
    function _weight(bytes32 id, uint8 quorum, uint8 runtimes, uint8 memClass) internal view returns (uint256) {
        Capacity memory c = capacities[registryCoordinator.getOperatorFromId(id)];
        if (c.runtimes & runtimes != runtimes || c.memoryMiB < (uint256(1) << memClass)) return 0;
        uint256 units = uint256(c.cores) * c.fuelRate;
        if (units > capacityCap) units = capacityCap;
        return uint256(stakeRegistry.getCurrentStake(id, quorum)) * units;
    }

    function _classKey(uint8 quorum, uint8 runtimes, uint8 memClass) internal pure returns (uint24) {
        return (uint24(quorum) << 16) | (uint24(runtimes) << 8) | memClass;
    }

    /// @dev keccak256(abi.encode(seed, j)) mod total.
    function _draw(bytes32 seed, uint256 j, uint256 total) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, j))) % total;
    }
}
