// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "./interfaces/ITaskManager.sol";

/// @title SecretRegistry
/// @notice The sealed secrets functions receive when they run (see docs/secrets.md). A secret is an
/// environment variable of a function, sealed (encrypted) to the operators off chain: this contract
/// never sees a plaintext. It stores only keccak256 of the opaque envelope; the envelope itself is
/// carried by the SecretSet event of the block the secret was set in (setBlock), where operators read
/// it and check it against the digest.
/// @dev Two kinds of secret, both keyed by secretId(owner, functionId, name):
/// - owner secrets, set by the function's owner, for every requester (requester zero) or for one;
///   listed per function (functionSecretIds), at most MAX_FUNCTION_SECRETS per function;
/// - a requester's own secrets, set by anyone else for their own tasks only (requester = the caller,
///   requesterSecret true); listed per (function, requester), at most MAX_REQUESTER_SECRETS.
/// Setting an existing secret again rotates it (version + 1, new digest and setBlock). Revoking
/// keeps the record (so versions keep increasing) but hides it from secretsFor; deleting frees its
/// slot and forgets it (setting it again starts over at version 1).
///
/// Not upgradeable and ownerless: the TaskManager (its proxy) is fixed at construction.
contract SecretRegistry {
    // ------------------------------------------------------------------ types

    /// @notice A secret as the views return it.
    struct SecretInfo {
        bytes32 id;
        address owner; // who set it
        bytes32 name;
        address requester; // zero = any requester (only the function owner may set such)
        uint64 version;
        bytes32 envelopeDigest; // keccak256(envelope); zero after revoke
        uint64 setBlock; // block.number of the last setSecret
        bool requesterSecret; // true when set by someone other than the function owner (a requester's own secret)
        bool revoked;
    }

    /// @dev A stored secret, packed into four slots; owner zero: no such secret.
    struct Record {
        address owner;
        uint64 version;
        bool requesterSecret;
        bool revoked;
        address requester;
        uint64 setBlock;
        uint32 index; // position in its list (functionSecretIds or requesterSecretIds)
        bytes32 name;
        bytes32 envelopeDigest;
    }

    // ------------------------------------------------------------------ constants and state

    /// @notice Largest envelope setSecret takes, in bytes.
    uint256 public constant MAX_ENVELOPE = 16384;
    /// @notice Most owner secrets a function has (revoked ones count until deleted).
    uint256 public constant MAX_FUNCTION_SECRETS = 32;
    /// @notice Most own secrets a requester has for one function (revoked ones count until deleted).
    uint256 public constant MAX_REQUESTER_SECRETS = 8;
    /// @dev Names starting with this are the platform's own environment variables.
    bytes10 internal constant RESERVED_PREFIX = "BLOCKLESS_";

    /// @notice The TaskManager whose functions the secrets belong to.
    ITaskManager public immutable taskManager;

    mapping(bytes32 => Record) internal records;
    mapping(uint64 => bytes32[]) internal functionSecrets;
    mapping(uint64 => mapping(address => bytes32[])) internal requesterSecrets;

    // ------------------------------------------------------------------ events

    /// @notice A secret was set or rotated; `envelope` is the sealed value (its keccak256 is stored).
    event SecretSet(
        bytes32 indexed id,
        uint64 indexed functionId,
        address indexed owner,
        bytes32 name,
        address requester,
        uint64 version,
        bytes envelope
    );
    /// @notice A secret was revoked: tasks whose reference block is later do not receive it.
    event SecretRevoked(
        bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name, uint64 version
    );
    /// @notice A secret's record was deleted and its slot freed.
    event SecretDeleted(bytes32 indexed id, uint64 indexed functionId, address indexed owner, bytes32 name);

    // ------------------------------------------------------------------ errors

    /// @notice The name is not 1-32 characters of A-Z, 0-9 and _ (left-aligned, zero padded), not
    /// starting with a digit or BLOCKLESS_.
    error InvalidSecretName(bytes32 name);
    /// @notice The envelope is empty or longer than MAX_ENVELOPE.
    error InvalidEnvelopeSize(uint256 size);
    /// @notice Only the function's owner may set a secret for every requester or for another account.
    error NotFunctionOwner(uint64 functionId, address caller);
    /// @notice The list the new secret goes to is full.
    error TooManySecrets(uint64 functionId, uint256 max);
    /// @notice No secret has this id.
    error UnknownSecret(bytes32 id);
    /// @notice The secret is revoked already.
    error SecretAlreadyRevoked(bytes32 id);

    /// @param taskManager_ the TaskManager (its proxy)
    constructor(ITaskManager taskManager_) {
        taskManager = taskManager_;
    }

    // ------------------------------------------------------------------ secrets

    /// @notice Sets (or rotates) the caller's secret `name` for a function. The function's owner may
    /// set it for every requester (`requester` zero) or for one requester; anyone else only for
    /// their own tasks (`requester` = the caller), a requester secret. Setting it again rotates it:
    /// version + 1, the new digest and setBlock, and un-revokes it.
    /// @dev Reverts with the TaskManager's UnknownFunction for an unknown function. A new secret
    /// takes a slot of its list (TooManySecrets when full); a secret that changes kind (its owner
    /// gained or lost the function's ownership since it was set) moves to the other list.
    /// @param functionId the function
    /// @param name the variable's name: ASCII left-aligned and zero padded (see InvalidSecretName)
    /// @param requester whose tasks receive it (zero: every requester's; function owner only)
    /// @param envelope the sealed value, 1..MAX_ENVELOPE bytes; only its keccak256 is stored
    function setSecret(uint64 functionId, bytes32 name, address requester, bytes calldata envelope) external {
        if (!_validName(name)) revert InvalidSecretName(name);
        if (envelope.length == 0 || envelope.length > MAX_ENVELOPE) revert InvalidEnvelopeSize(envelope.length);
        bool requesterSecret = taskManager.getFunction(functionId).owner != msg.sender;
        if (requesterSecret && requester != msg.sender) revert NotFunctionOwner(functionId, msg.sender);

        bytes32 id = secretId(msg.sender, functionId, name);
        Record storage r = records[id];
        if (r.owner == address(0)) {
            r.owner = msg.sender;
            r.name = name;
            _list(r, id, functionId, requesterSecret);
        } else if (r.requesterSecret != requesterSecret) {
            _unlist(r, functionId);
            _list(r, id, functionId, requesterSecret);
        }
        uint64 version = r.version + 1;
        r.version = version;
        r.requesterSecret = requesterSecret;
        r.revoked = false;
        r.requester = requester;
        // block.number fits uint64 for billions of years.
        // forge-lint: disable-next-line(unsafe-typecast)
        r.setBlock = uint64(block.number);
        r.envelopeDigest = keccak256(envelope);
        emit SecretSet(id, functionId, msg.sender, name, requester, version, envelope);
    }

    /// @notice Revokes the caller's secret `name` of a function: secretsFor no longer lists it, its
    /// digest is cleared and its version bumped. It stays listed in its list (and keeps its slot)
    /// until deleted, so setting it again continues its versions.
    /// @param functionId the function
    /// @param name the secret's name
    function revokeSecret(uint64 functionId, bytes32 name) external {
        bytes32 id = secretId(msg.sender, functionId, name);
        Record storage r = _record(id);
        if (r.revoked) revert SecretAlreadyRevoked(id);
        uint64 version = r.version + 1;
        r.version = version;
        r.revoked = true;
        r.envelopeDigest = bytes32(0);
        emit SecretRevoked(id, functionId, msg.sender, name, version);
    }

    /// @notice Deletes the caller's secret `name` of a function (revoked or not): removes it from its
    /// list, freeing its slot, and forgets its record. Setting it again starts at version 1.
    /// @param functionId the function
    /// @param name the secret's name
    function deleteSecret(uint64 functionId, bytes32 name) external {
        bytes32 id = secretId(msg.sender, functionId, name);
        Record storage r = _record(id);
        _unlist(r, functionId);
        delete records[id];
        emit SecretDeleted(id, functionId, msg.sender, name);
    }

    // ------------------------------------------------------------------ views

    /// @notice The id of a secret.
    /// @param owner who set it
    /// @param functionId the function
    /// @param name the secret's name
    /// @return keccak256(abi.encode(owner, functionId, name))
    function secretId(address owner, uint64 functionId, bytes32 name) public pure returns (bytes32) {
        return keccak256(abi.encode(owner, functionId, name));
    }

    /// @notice A secret; reverts with UnknownSecret for an unknown (or deleted) id.
    /// @param id the secret
    /// @return the secret's record
    function getSecret(bytes32 id) external view returns (SecretInfo memory) {
        return _info(id, _record(id));
    }

    /// @notice The owner secrets of a function, revoked ones and those set by a former owner included,
    /// in no particular order (deleting moves the last one into the freed position).
    /// @param functionId the function
    /// @return the secrets' ids
    function functionSecretIds(uint64 functionId) external view returns (bytes32[] memory) {
        return functionSecrets[functionId];
    }

    /// @notice A requester's own secrets for a function, revoked ones included, in no particular order.
    /// @param functionId the function
    /// @param requester the requester
    /// @return the secrets' ids
    function requesterSecretIds(uint64 functionId, address requester) external view returns (bytes32[] memory) {
        return requesterSecrets[functionId][requester];
    }

    /// @notice The secrets a task of `functionId` created by `requester` receives: first the owner
    /// secrets set by the function's current owner for every requester or for this one, then the
    /// requester's own secrets; revoked ones left out, each part in its list's order. A name may
    /// appear in both parts: the requester's own secret then wins (operators resolve it).
    /// @dev Reverts with the TaskManager's UnknownFunction for an unknown function. Owner secrets of a
    /// former owner are not returned.
    /// @param functionId the function
    /// @param requester the task's requester
    /// @return the secrets, at most MAX_FUNCTION_SECRETS + MAX_REQUESTER_SECRETS
    function secretsFor(uint64 functionId, address requester) external view returns (SecretInfo[] memory) {
        address fnOwner = taskManager.getFunction(functionId).owner;
        bytes32[] storage fids = functionSecrets[functionId];
        bytes32[] storage rids = requesterSecrets[functionId][requester];
        SecretInfo[] memory out = new SecretInfo[](fids.length + rids.length);
        uint256 n;
        for (uint256 i = 0; i < fids.length; i++) {
            bytes32 id = fids[i];
            Record storage r = records[id];
            if (r.owner != fnOwner || r.revoked) continue;
            address only = r.requester;
            if (only != address(0) && only != requester) continue;
            out[n++] = _info(id, r);
        }
        for (uint256 i = 0; i < rids.length; i++) {
            bytes32 id = rids[i];
            Record storage r = records[id];
            if (r.revoked) continue;
            out[n++] = _info(id, r);
        }
        // Shrink the array to the secrets kept (n <= its allocated length).
        assembly ("memory-safe") {
            mstore(out, n)
        }
        return out;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Whether `name` is 1-32 characters of [A-Z0-9_], left-aligned and zero padded (no non-zero
    /// byte after the first zero byte), not starting with a digit nor with RESERVED_PREFIX.
    function _validName(bytes32 name) internal pure returns (bool) {
        bytes1 first = name[0];
        if (first == 0 || (first >= "0" && first <= "9")) return false;
        // The first ten bytes, on purpose.
        // forge-lint: disable-next-line(unsafe-typecast)
        if (bytes10(name) == RESERVED_PREFIX) return false;
        bool ended;
        for (uint256 i = 0; i < 32; i++) {
            bytes1 c = name[i];
            if (c == 0) {
                ended = true;
            } else if (ended || !((c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_")) {
                return false;
            }
        }
        return true;
    }

    function _record(bytes32 id) internal view returns (Record storage r) {
        r = records[id];
        if (r.owner == address(0)) revert UnknownSecret(id);
    }

    function _info(bytes32 id, Record storage r) internal view returns (SecretInfo memory) {
        return SecretInfo({
            id: id,
            owner: r.owner,
            name: r.name,
            requester: r.requester,
            version: r.version,
            envelopeDigest: r.envelopeDigest,
            setBlock: r.setBlock,
            requesterSecret: r.requesterSecret,
            revoked: r.revoked
        });
    }

    /// @dev Appends a secret to the list of its kind (a requester secret's list is keyed by its owner,
    /// who is its requester), checking the list's cap.
    function _list(Record storage r, bytes32 id, uint64 functionId, bool requesterSecret) internal {
        bytes32[] storage list = requesterSecret ? requesterSecrets[functionId][r.owner] : functionSecrets[functionId];
        uint256 max = requesterSecret ? MAX_REQUESTER_SECRETS : MAX_FUNCTION_SECRETS;
        uint256 len = list.length;
        if (len >= max) revert TooManySecrets(functionId, max);
        // len < max, a small constant.
        // forge-lint: disable-next-line(unsafe-typecast)
        r.index = uint32(len);
        r.requesterSecret = requesterSecret;
        list.push(id);
    }

    /// @dev Removes a secret from the list of its current kind (swap-and-pop).
    function _unlist(Record storage r, uint64 functionId) internal {
        bytes32[] storage list = r.requesterSecret ? requesterSecrets[functionId][r.owner] : functionSecrets[functionId];
        uint256 i = r.index;
        uint256 last = list.length - 1;
        if (i != last) {
            bytes32 moved = list[last];
            list[i] = moved;
            // i < last < a small cap.
            // forge-lint: disable-next-line(unsafe-typecast)
            records[moved].index = uint32(i);
        }
        list.pop();
        r.index = 0;
    }
}
