// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title ICommitteeRegistry
/// @notice Operators' declared capacity and the committee tables tasks draw their committees from.
/// @dev A table lists the operators of one quorum eligible for one class of tasks (the runtimes they
/// must serve, the memory they must offer), each with weight stake × capacity units, as cumulative
/// intervals [start, end). A task's committee is drawn from its table with a seed fixed after the
/// task was created: draw j picks the operator whose interval holds keccak256(seed, j) mod total.
/// See docs/committees.md.
interface ICommitteeRegistry {
    /// @notice What an operator offers. Declared by the operator itself; the node enforces it.
    struct Capacity {
        uint16 cores; // tasks executed at once
        uint32 memoryMiB; // memory one task may use
        uint32 fuelRate; // millions of fuel per second and core, measured by `operator benchmark`
        uint8 runtimes; // bitmask: RUNTIME_WASM | RUNTIME_X86 | RUNTIME_ZK
    }

    /// @notice One table: which quorum and class it serves, when it was built, how many operators
    /// it holds and their total weight.
    struct TableInfo {
        uint8 quorum;
        uint8 runtimes; // bits every listed operator serves
        uint8 memClass; // listed operators offer at least 2^memClass MiB
        uint32 builtBlock;
        uint32 size;
        uint128 totalWeight;
    }

    /// @notice One operator in a table: its id (hash of its BLS key) and weight interval.
    struct Entry {
        bytes32 operatorId;
        uint128 start;
        uint128 end;
    }

    event CapacityDeclared(address indexed operator, Capacity capacity);
    event CapacityCleared(address indexed operator);
    event TableBuilt(
        uint64 indexed tableId, uint8 quorum, uint8 runtimes, uint8 memClass, uint32 size, uint128 totalWeight
    );
    event EpochBlocksChanged(uint32 previous, uint32 current);
    event CapacityCapChanged(uint64 previous, uint64 current);

    error InvalidCapacity();
    error InvalidClass(uint8 runtimes, uint8 memClass);
    error UnknownTable(uint64 tableId);
    error NoEligibleOperators(uint8 quorum, uint8 runtimes, uint8 memClass);
    error TableWeightOverflow();
    error SignersNotSorted();
    error SignersLengthMismatch(uint256 positions, uint256 operatorIds);
    error SignerNotInTable(uint32 position, bytes32 operatorId);
    error NotCommitteeMember(uint32 position);
    error EmptyCommitteeWindow();
    error InvalidEpochBlocks();
    error InvalidCapacityCap();
    error SeedUnavailable(uint32 seedBlock);

    /// @notice Declares (or replaces) the caller's capacity. Tables built from now on use it.
    /// @param capacity cores, memory, fuel rate and runtimes; all non-zero
    function declareCapacity(Capacity calldata capacity) external;

    /// @notice Withdraws the caller's declaration: tables built from now on leave it out.
    function clearCapacity() external;

    /// @notice An operator's declared capacity (all zero: none).
    /// @param operator the operator's address
    function capacityOf(address operator) external view returns (Capacity memory);

    /// @notice Builds a new table for a class from the registries' current stakes and the declared
    /// capacities; it becomes the class's current table. Anyone may call (the caller pays).
    /// @param quorum the quorum whose operators are listed
    /// @param runtimes the runtime bits every listed operator must serve
    /// @param memClass listed operators offer at least 2^memClass MiB
    /// @return tableId the new table
    function buildTable(uint8 quorum, uint8 runtimes, uint8 memClass) external returns (uint64 tableId);

    /// @notice The class's current table, built first when it has none or it is older than an
    /// epoch. TaskManager calls it when a committee task is created.
    /// @param quorum the task's quorum
    /// @param runtimes the runtime bits the task needs
    /// @param memoryBytes the task's memory limit
    /// @return tableId the table the task's committee is drawn from
    function useTable(uint8 quorum, uint8 runtimes, uint64 memoryBytes) external returns (uint64 tableId);

    /// @notice The class's current table id, or zero when it has none or it is older than an epoch.
    function currentTable(uint8 quorum, uint8 runtimes, uint8 memClass) external view returns (uint64);

    /// @notice A table's header; reverts with UnknownTable for an unused id.
    function getTable(uint64 tableId) external view returns (TableInfo memory);

    /// @notice Up to `count` entries of a table from position `from`.
    function getEntries(uint64 tableId, uint32 from, uint32 count) external view returns (Entry[] memory entries);

    /// @notice The table position holding draw `draw` for `seed`.
    function drawHolder(uint64 tableId, bytes32 seed, uint256 draw) external view returns (uint32 position);

    /// @notice Seats the signers hold among draws 0..window-1. Reverts unless positions are strictly
    /// increasing, each names the operator id given, and every signer holds at least one seat.
    /// @param tableId the task's table
    /// @param seed the task's committee seed
    /// @param window the number of draws (committee size × (failover round + 1))
    /// @param positions the signers' positions in the table, strictly increasing
    /// @param operatorIds the signers' operator ids (hash of their BLS key), in the same order
    /// @return seats the number of draws the signers hold together
    function countSeats(
        uint64 tableId,
        bytes32 seed,
        uint256 window,
        uint32[] calldata positions,
        bytes32[] calldata operatorIds
    ) external view returns (uint256 seats);

    /// @notice countSeats for several tasks of one table under one signer list (a batch): seats[i]
    /// is the number of draws 0..windows[i]-1 under seeds[i] the signers hold. Every signer must
    /// hold a seat in at least one of the windows (NotCommitteeMember otherwise); a signer counts
    /// only in the windows where it holds seats.
    /// @param tableId the tasks' table
    /// @param seeds the tasks' committee seeds
    /// @param windows the tasks' windows, same order
    /// @param positions the signers' positions in the table, strictly increasing
    /// @param operatorIds the signers' operator ids, same order
    /// @return seats per task
    function countSeatsMany(
        uint64 tableId,
        bytes32[] calldata seeds,
        uint256[] calldata windows,
        uint32[] calldata positions,
        bytes32[] calldata operatorIds
    ) external view returns (uint256[] memory seats);

    /// @notice A committee task's seed, as the TaskManager computes it: keccak256(abi.encode(
    /// blockhash(referenceBlock + 1), taskHash)), taskHash = keccak256(abi.encode(task)). Reverts with
    /// SeedUnavailable until the block after the reference block exists (and after 256 blocks).
    /// @param referenceBlock the task's reference block (its creation block)
    /// @param taskHash keccak256(abi.encode(task))
    function committeeSeed(uint32 referenceBlock, bytes32 taskHash) external view returns (bytes32);

    /// @notice The memory class of a memory limit: the smallest c with 2^c MiB >= memoryBytes.
    function memoryClass(uint64 memoryBytes) external pure returns (uint8);
}
