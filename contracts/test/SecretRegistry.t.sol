// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {SecretRegistry} from "../src/SecretRegistry.sol";
import {TaskManagerBase} from "./TaskManagerBase.sol";

/// @notice A TaskManager stand-in with one function (id 1) whose owner can change: the TaskManager has
/// no ownership transfer, and the registry must not serve a former owner's secrets if one comes.
contract TransferableFunctionDouble {
    address public fnOwner;

    constructor(address owner_) {
        fnOwner = owner_;
    }

    function transfer(address to) external {
        fnOwner = to;
    }

    function getFunction(uint64 functionId) external view returns (ITaskManager.FunctionRecord memory rec) {
        if (functionId != 1) revert ITaskManager.UnknownFunction(functionId);
        rec.owner = fnOwner;
        rec.active = true;
    }
}

/// @notice Sealed secrets: who may set what, name and envelope rules, rotation, revocation, deletion,
/// the list caps and what secretsFor hands a task, against a real TaskManager.
contract SecretRegistryTest is TaskManagerBase {
    SecretRegistry internal reg;
    uint64 internal fn; // owned by dev
    uint64 internal other; // another function, also dev's
    address internal dev = makeAddr("dev");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal stranger = makeAddr("stranger");

    bytes32 internal constant API_KEY = "API_KEY";
    bytes internal constant ENV = hex"0102030405";

    function setUp() public override {
        super.setUp();
        vm.prank(dev);
        fn = _registerFunction(10);
        vm.prank(dev);
        other = _registerFunction(10);
        reg = new SecretRegistry(ITaskManager(address(tm)));
    }

    // ------------------------------------------------------------ helpers

    function _set(address who, uint64 f, bytes32 name, address forRequester, bytes memory envelope)
        internal
        returns (bytes32 id)
    {
        vm.prank(who);
        reg.setSecret(f, name, forRequester, envelope);
        id = reg.secretId(who, f, name);
    }

    /// @dev NAME0, NAME1, ...: distinct valid names.
    function _nth(uint256 i) internal pure returns (bytes32) {
        return bytes32(bytes(string.concat("NAME", vm.toString(i))));
    }

    function _ids(SecretRegistry.SecretInfo[] memory infos) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](infos.length);
        for (uint256 i = 0; i < infos.length; i++) {
            ids[i] = infos[i].id;
        }
    }

    function _pair(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory l) {
        l = new bytes32[](2);
        l[0] = a;
        l[1] = b;
    }

    function _one(bytes32 a) internal pure returns (bytes32[] memory l) {
        l = new bytes32[](1);
        l[0] = a;
    }

    function _none() internal pure returns (bytes32[] memory) {
        return new bytes32[](0);
    }

    function _expectInvalidName(bytes32 name) internal {
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.InvalidSecretName.selector, name));
        vm.prank(dev);
        reg.setSecret(fn, name, address(0), ENV);
    }

    // ------------------------------------------------------------ setting

    function test_secretId() public view {
        assertEq(reg.secretId(dev, fn, API_KEY), keccak256(abi.encode(dev, fn, API_KEY)));
        assertEq(address(reg.taskManager()), address(tm));
        assertEq(reg.MAX_ENVELOPE(), 16384);
        assertEq(reg.MAX_FUNCTION_SECRETS(), 32);
        assertEq(reg.MAX_REQUESTER_SECRETS(), 8);
    }

    function test_set_byOwner_forEveryRequester() public {
        bytes32 id = reg.secretId(dev, fn, API_KEY);
        vm.roll(1234);
        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretSet(id, fn, dev, API_KEY, address(0), 1, ENV);
        _set(dev, fn, API_KEY, address(0), ENV);

        SecretRegistry.SecretInfo memory s = reg.getSecret(id);
        assertEq(s.id, id);
        assertEq(s.owner, dev);
        assertEq(s.name, API_KEY);
        assertEq(s.requester, address(0));
        assertEq(s.version, 1);
        assertEq(s.envelopeDigest, keccak256(ENV));
        assertEq(s.setBlock, 1234);
        assertFalse(s.requesterSecret);
        assertFalse(s.revoked);

        assertEq(reg.functionSecretIds(fn), _one(id));
        assertEq(reg.functionSecretIds(other), _none());
        assertEq(reg.requesterSecretIds(fn, dev), _none());
        assertEq(_ids(reg.secretsFor(fn, alice)), _one(id));
        assertEq(_ids(reg.secretsFor(fn, bob)), _one(id));
        assertEq(reg.secretsFor(fn, alice)[0].envelopeDigest, keccak256(ENV));
        // Secrets belong to one function.
        assertEq(reg.secretsFor(other, alice).length, 0);
    }

    function test_set_byOwner_forOneRequester() public {
        bytes32 id = _set(dev, fn, API_KEY, alice, ENV);
        SecretRegistry.SecretInfo memory s = reg.getSecret(id);
        assertEq(s.requester, alice);
        assertFalse(s.requesterSecret);
        assertEq(reg.functionSecretIds(fn), _one(id));
        assertEq(reg.requesterSecretIds(fn, alice), _none());
        assertEq(_ids(reg.secretsFor(fn, alice)), _one(id));
        assertEq(reg.secretsFor(fn, bob).length, 0, "another requester's tasks do not receive it");
        // Re-set for every requester: the restriction is lifted.
        _set(dev, fn, API_KEY, address(0), ENV);
        assertEq(_ids(reg.secretsFor(fn, bob)), _one(id));
    }

    function test_set_ownerNamingThemself_isAnOwnerSecret() public {
        bytes32 id = _set(dev, fn, API_KEY, dev, ENV);
        assertFalse(reg.getSecret(id).requesterSecret);
        assertEq(reg.functionSecretIds(fn), _one(id));
        assertEq(reg.requesterSecretIds(fn, dev), _none());
        assertEq(_ids(reg.secretsFor(fn, dev)), _one(id));
        assertEq(reg.secretsFor(fn, alice).length, 0);
    }

    function test_set_strangerCannotSetForOthers() public {
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.NotFunctionOwner.selector, fn, stranger));
        vm.prank(stranger);
        reg.setSecret(fn, API_KEY, alice, ENV);
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.NotFunctionOwner.selector, fn, stranger));
        vm.prank(stranger);
        reg.setSecret(fn, API_KEY, address(0), ENV);
        // Nor can the TaskManager's owner, who does not own the function.
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.NotFunctionOwner.selector, fn, owner));
        vm.prank(owner);
        reg.setSecret(fn, API_KEY, address(0), ENV);
    }

    function test_set_strangersOwnSecret() public {
        bytes32 id = reg.secretId(stranger, fn, API_KEY);
        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretSet(id, fn, stranger, API_KEY, stranger, 1, ENV);
        _set(stranger, fn, API_KEY, stranger, ENV);
        SecretRegistry.SecretInfo memory s = reg.getSecret(id);
        assertEq(s.owner, stranger);
        assertEq(s.requester, stranger);
        assertTrue(s.requesterSecret);
        assertEq(s.version, 1);
        assertEq(reg.functionSecretIds(fn), _none());
        assertEq(reg.requesterSecretIds(fn, stranger), _one(id));
        assertEq(_ids(reg.secretsFor(fn, stranger)), _one(id));
        assertEq(reg.secretsFor(fn, alice).length, 0, "only the requester's own tasks");
        assertEq(reg.secretsFor(fn, dev).length, 0, "not even the function owner's");
        assertEq(reg.secretsFor(other, stranger).length, 0, "only this function");
    }

    function test_set_unknownFunction() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        vm.prank(dev);
        reg.setSecret(99, API_KEY, address(0), ENV);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        vm.prank(stranger);
        reg.setSecret(99, API_KEY, stranger, ENV);
        vm.expectRevert(abi.encodeWithSelector(ITaskManager.UnknownFunction.selector, uint64(99)));
        reg.secretsFor(99, alice);
    }

    function test_set_names() public {
        _expectInvalidName(bytes32(0)); // empty
        _expectInvalidName("api_key"); // lowercase
        _expectInvalidName("API_kEY");
        _expectInvalidName("1API"); // leading digit
        _expectInvalidName("9");
        _expectInvalidName("BLOCKLESS_"); // reserved prefix
        _expectInvalidName("BLOCKLESS_TOKEN");
        _expectInvalidName("API KEY"); // space
        _expectInvalidName("API-KEY");
        _expectInvalidName(bytes32(abi.encodePacked("API", bytes1(0), "KEY"))); // a byte after the end
        _expectInvalidName(bytes32(uint256(1))); // the same, at the last byte
        _expectInvalidName(bytes32(abi.encodePacked(bytes1(0), "API")));
        _expectInvalidName(bytes32(abi.encodePacked("API", bytes1(0xc3), bytes1(0x89)))); // not ASCII

        // The edges that are fine.
        _set(dev, fn, "A", address(0), ENV);
        _set(dev, fn, "_", address(0), ENV);
        _set(dev, fn, "A9", address(0), ENV);
        _set(dev, fn, "Z_0", address(0), ENV);
        _set(dev, fn, "BLOCKLESS", address(0), ENV);
        _set(dev, fn, "BLOCKLESSX", address(0), ENV);
        _set(dev, fn, "MY_BLOCKLESS_", address(0), ENV);
        _set(dev, fn, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_01234", address(0), ENV); // 32 characters
        assertEq(reg.functionSecretIds(fn).length, 8);
    }

    function test_set_envelopeSize() public {
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.InvalidEnvelopeSize.selector, uint256(0)));
        vm.prank(dev);
        reg.setSecret(fn, API_KEY, address(0), "");
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.InvalidEnvelopeSize.selector, uint256(16385)));
        vm.prank(dev);
        reg.setSecret(fn, API_KEY, address(0), new bytes(16385));
        bytes memory max = new bytes(16384);
        max[16383] = 0x01;
        bytes32 id = _set(dev, fn, API_KEY, address(0), max);
        assertEq(reg.getSecret(id).envelopeDigest, keccak256(max));
        _set(dev, fn, "ONE", address(0), hex"ff");
    }

    // ------------------------------------------------------------ rotation, revocation, deletion

    function test_rotation() public {
        vm.roll(200);
        bytes32 id = _set(dev, fn, API_KEY, address(0), ENV);
        vm.roll(300);
        bytes memory next = hex"aabbccdd";
        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretSet(id, fn, dev, API_KEY, address(0), 2, next);
        _set(dev, fn, API_KEY, address(0), next);
        SecretRegistry.SecretInfo memory s = reg.getSecret(id);
        assertEq(s.version, 2);
        assertEq(s.envelopeDigest, keccak256(next));
        assertEq(s.setBlock, 300);
        assertEq(reg.functionSecretIds(fn), _one(id), "a rotation takes no new slot");
        SecretRegistry.SecretInfo[] memory got = reg.secretsFor(fn, alice);
        assertEq(got.length, 1);
        assertEq(got[0].version, 2);
        assertEq(got[0].envelopeDigest, keccak256(next));

        // A requester's own secret rotates too.
        bytes32 mine = _set(alice, fn, API_KEY, alice, ENV);
        vm.roll(400);
        _set(alice, fn, API_KEY, alice, next);
        s = reg.getSecret(mine);
        assertEq(s.version, 2);
        assertEq(s.setBlock, 400);
        assertEq(s.envelopeDigest, keccak256(next));
        assertEq(reg.requesterSecretIds(fn, alice), _one(mine));
    }

    function test_revoke() public {
        bytes32 id = _set(dev, fn, API_KEY, address(0), ENV);
        bytes32 kept = _set(dev, fn, "KEPT", address(0), ENV);
        bytes32 mine = _set(alice, fn, "MINE", alice, ENV);
        bytes32[] memory all = new bytes32[](3);
        (all[0], all[1], all[2]) = (id, kept, mine);
        assertEq(_ids(reg.secretsFor(fn, alice)), all);

        vm.roll(500);
        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretRevoked(id, fn, dev, API_KEY, 2);
        vm.prank(dev);
        reg.revokeSecret(fn, API_KEY);
        SecretRegistry.SecretInfo memory s = reg.getSecret(id);
        assertTrue(s.revoked);
        assertEq(s.version, 2);
        assertEq(s.envelopeDigest, bytes32(0));
        assertEq(reg.functionSecretIds(fn), _pair(id, kept), "still listed");
        assertEq(_ids(reg.secretsFor(fn, bob)), _one(kept));

        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.SecretAlreadyRevoked.selector, id));
        vm.prank(dev);
        reg.revokeSecret(fn, API_KEY);
        // Only the secret's own owner revokes it: anyone else names a secret of their own.
        bytes32 strangers = reg.secretId(stranger, fn, "KEPT");
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.UnknownSecret.selector, strangers));
        vm.prank(stranger);
        reg.revokeSecret(fn, "KEPT");

        // A requester's own secret.
        vm.prank(alice);
        reg.revokeSecret(fn, "MINE");
        assertEq(_ids(reg.secretsFor(fn, alice)), _one(kept));
        assertEq(reg.requesterSecretIds(fn, alice), _one(mine));

        // Setting it again un-revokes it and continues its versions.
        vm.roll(600);
        _set(dev, fn, API_KEY, address(0), ENV);
        s = reg.getSecret(id);
        assertFalse(s.revoked);
        assertEq(s.version, 3);
        assertEq(s.envelopeDigest, keccak256(ENV));
        assertEq(s.setBlock, 600);
        assertEq(_ids(reg.secretsFor(fn, bob)), _pair(id, kept));
    }

    function test_delete() public {
        bytes32 a = _set(dev, fn, "A", address(0), ENV);
        bytes32 b = _set(dev, fn, "B", address(0), ENV);
        bytes32 c = _set(dev, fn, "C", address(0), ENV);
        _set(dev, fn, "B", address(0), ENV); // version 2

        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretDeleted(a, fn, dev, "A");
        vm.prank(dev);
        reg.deleteSecret(fn, "A");
        // The last one took the freed position.
        assertEq(reg.functionSecretIds(fn), _pair(c, b));
        assertEq(_ids(reg.secretsFor(fn, alice)), _pair(c, b));
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.UnknownSecret.selector, a));
        reg.getSecret(a);
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.UnknownSecret.selector, a));
        vm.prank(dev);
        reg.deleteSecret(fn, "A");
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.UnknownSecret.selector, a));
        vm.prank(dev);
        reg.revokeSecret(fn, "A");

        // The moved secret's position was updated: deleting it removes it, not another one.
        vm.prank(dev);
        reg.deleteSecret(fn, "C");
        assertEq(reg.functionSecretIds(fn), _one(b));

        // A revoked secret can be deleted; setting it again starts over.
        vm.prank(dev);
        reg.revokeSecret(fn, "B");
        vm.prank(dev);
        reg.deleteSecret(fn, "B");
        assertEq(reg.functionSecretIds(fn), _none());
        _set(dev, fn, "B", address(0), ENV);
        assertEq(reg.getSecret(b).version, 1);
        assertEq(reg.functionSecretIds(fn), _one(b));

        // A requester's own secret leaves its requester's list.
        bytes32 m1 = _set(alice, fn, "M1", alice, ENV);
        bytes32 m2 = _set(alice, fn, "M2", alice, ENV);
        vm.expectEmit(address(reg));
        emit SecretRegistry.SecretDeleted(m1, fn, alice, "M1");
        vm.prank(alice);
        reg.deleteSecret(fn, "M1");
        assertEq(reg.requesterSecretIds(fn, alice), _one(m2));
        assertEq(_ids(reg.secretsFor(fn, alice)), _pair(b, m2));
        assertEq(reg.functionSecretIds(fn), _one(b));
    }

    // ------------------------------------------------------------ caps

    function test_cap_functionSecrets() public {
        for (uint256 i = 0; i < 32; i++) {
            _set(dev, fn, _nth(i), i % 2 == 0 ? address(0) : alice, ENV);
        }
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.TooManySecrets.selector, fn, uint256(32)));
        vm.prank(dev);
        reg.setSecret(fn, _nth(32), address(0), ENV);
        // Revoked secrets keep their slot.
        vm.prank(dev);
        reg.revokeSecret(fn, _nth(0));
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.TooManySecrets.selector, fn, uint256(32)));
        vm.prank(dev);
        reg.setSecret(fn, _nth(32), address(0), ENV);
        // Rotating an existing one is fine at the cap.
        _set(dev, fn, _nth(5), address(0), ENV);
        // The cap is per function and the requesters' lists are apart.
        _set(dev, other, _nth(32), address(0), ENV);
        _set(alice, fn, _nth(32), alice, ENV);
        // Deleting frees a slot.
        vm.prank(dev);
        reg.deleteSecret(fn, _nth(0));
        _set(dev, fn, _nth(32), address(0), ENV);
        assertEq(reg.functionSecretIds(fn).length, 32);
        assertEq(reg.secretsFor(fn, alice).length, 32 + 1);
    }

    function test_cap_requesterSecrets() public {
        for (uint256 i = 0; i < 8; i++) {
            _set(alice, fn, _nth(i), alice, ENV);
        }
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.TooManySecrets.selector, fn, uint256(8)));
        vm.prank(alice);
        reg.setSecret(fn, _nth(8), alice, ENV);
        // Rotation is fine; other requesters and functions have their own lists.
        _set(alice, fn, _nth(3), alice, ENV);
        _set(bob, fn, _nth(8), bob, ENV);
        _set(alice, other, _nth(8), alice, ENV);
        vm.prank(alice);
        reg.deleteSecret(fn, _nth(7));
        _set(alice, fn, _nth(8), alice, ENV);
        assertEq(reg.requesterSecretIds(fn, alice).length, 8);
    }

    // ------------------------------------------------------------ secretsFor

    function test_secretsFor_ordering() public {
        bytes32 mine1 = _set(alice, fn, "TOKEN", alice, ENV); // same name as an owner secret below
        bytes32 all1 = _set(dev, fn, "TOKEN", address(0), ENV);
        bytes32 forBob = _set(dev, fn, "BOB_ONLY", bob, ENV);
        bytes32 forAlice = _set(dev, fn, "ALICE_ONLY", alice, ENV);
        bytes32 mine2 = _set(alice, fn, "OWN", alice, ENV);
        bytes32 all2 = _set(dev, fn, "REGION", address(0), ENV);
        bytes32 bobs = _set(bob, fn, "OWN", bob, ENV);

        // Owner secrets in list order (those for this requester or everyone), then the requester's own.
        bytes32[] memory want = new bytes32[](5);
        (want[0], want[1], want[2], want[3], want[4]) = (all1, forAlice, all2, mine1, mine2);
        SecretRegistry.SecretInfo[] memory got = reg.secretsFor(fn, alice);
        assertEq(_ids(got), want);
        // Both TOKENs are returned: the owner's and alice's own (which the operators let win).
        assertEq(got[0].name, "TOKEN");
        assertFalse(got[0].requesterSecret);
        assertEq(got[3].name, "TOKEN");
        assertTrue(got[3].requesterSecret);

        want = new bytes32[](4);
        (want[0], want[1], want[2], want[3]) = (all1, forBob, all2, bobs);
        assertEq(_ids(reg.secretsFor(fn, bob)), want);
        assertEq(_ids(reg.secretsFor(fn, stranger)), _pair(all1, all2));
        assertEq(_ids(reg.secretsFor(fn, address(0))), _pair(all1, all2));
    }

    /// The owner secrets served are the current function owner's only, and a secret whose owner gained
    /// or lost the function moves to the list of its new kind when set again.
    function test_secretsFor_currentOwnerOnly() public {
        TransferableFunctionDouble dbl = new TransferableFunctionDouble(dev);
        SecretRegistry r = new SecretRegistry(ITaskManager(address(dbl)));
        vm.prank(dev);
        r.setSecret(1, API_KEY, address(0), ENV);
        vm.prank(alice);
        r.setSecret(1, "MINE", alice, ENV);
        bytes32 devKey = r.secretId(dev, 1, API_KEY);
        bytes32 aliceMine = r.secretId(alice, 1, "MINE");
        assertEq(_ids(r.secretsFor(1, bob)), _one(devKey));

        dbl.transfer(alice);
        assertEq(r.secretsFor(1, bob).length, 0, "a former owner's secrets are not served");
        // alice's own secret is still hers (and still listed as a requester secret until set again).
        assertEq(_ids(r.secretsFor(1, alice)), _one(aliceMine));

        // The new owner re-sets it for everyone: it moves to the function's list.
        vm.prank(alice);
        r.setSecret(1, "MINE", address(0), ENV);
        assertEq(r.requesterSecretIds(1, alice), _none());
        assertEq(r.functionSecretIds(1), _pair(devKey, aliceMine));
        SecretRegistry.SecretInfo memory s = r.getSecret(aliceMine);
        assertFalse(s.requesterSecret);
        assertEq(s.version, 2);
        assertEq(_ids(r.secretsFor(1, bob)), _one(aliceMine));

        // The former owner may keep it as their own secret only.
        vm.expectRevert(abi.encodeWithSelector(SecretRegistry.NotFunctionOwner.selector, uint64(1), dev));
        vm.prank(dev);
        r.setSecret(1, API_KEY, address(0), ENV);
        vm.prank(dev);
        r.setSecret(1, API_KEY, dev, ENV);
        assertEq(r.functionSecretIds(1), _one(aliceMine));
        assertEq(r.requesterSecretIds(1, dev), _one(devKey));
        assertTrue(r.getSecret(devKey).requesterSecret);
        assertEq(_ids(r.secretsFor(1, dev)), _pair(aliceMine, devKey));
        assertEq(_ids(r.secretsFor(1, bob)), _one(aliceMine));
        // Deleting removes it from the list it is in now.
        vm.prank(dev);
        r.deleteSecret(1, API_KEY);
        assertEq(r.requesterSecretIds(1, dev), _none());
        assertEq(r.functionSecretIds(1), _one(aliceMine));
    }

    // ------------------------------------------------------------ names, fuzzed

    /// @dev The name rule, written independently of the contract: the text before the first zero
    /// byte, with only zero bytes after it.
    function _refValid(bytes32 name) internal pure returns (bool) {
        bytes memory b = abi.encodePacked(name);
        uint256 len = 0;
        while (len < 32 && b[len] != 0) {
            len++;
        }
        if (len == 0) return false;
        for (uint256 i = len; i < 32; i++) {
            if (b[i] != 0) return false;
        }
        bytes memory allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        for (uint256 i = 0; i < len; i++) {
            bool ok;
            for (uint256 j = 0; j < allowed.length; j++) {
                if (b[i] == allowed[j]) ok = true;
            }
            if (!ok) return false;
        }
        if (uint8(b[0]) >= 0x30 && uint8(b[0]) <= 0x39) return false;
        bytes memory reserved = "BLOCKLESS_";
        if (len < reserved.length) return true;
        for (uint256 i = 0; i < reserved.length; i++) {
            if (b[i] != reserved[i]) return true;
        }
        return false;
    }

    function _checkName(bytes32 name) internal {
        if (_refValid(name)) {
            bytes32 id = _set(dev, fn, name, address(0), ENV);
            assertEq(reg.getSecret(id).name, name);
        } else {
            _expectInvalidName(name);
        }
    }

    function testFuzz_nameRule_raw(bytes32 name) public {
        _checkName(name);
    }

    /// Names built mostly from the allowed characters, sometimes with one byte corrupted or the
    /// reserved prefix, so both outcomes are exercised.
    function testFuzz_nameRule_shaped(uint256 seed, uint8 len, uint8 corruptAt, bytes1 corruptWith, bool reserved)
        public
    {
        bytes memory alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        len = uint8(bound(len, 0, 32));
        bytes memory b = new bytes(32);
        for (uint256 i = 0; i < len; i++) {
            b[i] = alphabet[uint256(keccak256(abi.encode(seed, i))) % alphabet.length];
        }
        if (reserved) {
            bytes memory p = "BLOCKLESS_";
            for (uint256 i = 0; i < p.length && i < 32; i++) {
                b[i] = p[i];
            }
        }
        if (corruptAt < 64) b[corruptAt % 32] = corruptWith;
        // b is 32 bytes long.
        // forge-lint: disable-next-line(unsafe-typecast)
        _checkName(bytes32(b));
    }
}

/// @notice Gas of the hot paths against state committed in setUp (a function with four owner secrets
/// and a requester's own one), each measured call's storage cooled first as in a transaction of its own.
contract SecretRegistryGasTest is TaskManagerBase {
    SecretRegistry internal reg;
    uint64 internal fn;
    address internal dev = makeAddr("dev");
    address internal alice = makeAddr("alice");
    bytes internal envelope;

    function setUp() public override {
        super.setUp();
        vm.prank(dev);
        fn = _registerFunction(10);
        reg = new SecretRegistry(ITaskManager(address(tm)));
        envelope = new bytes(600);
        for (uint256 i = 0; i < envelope.length; i++) {
            // Any byte pattern will do.
            // forge-lint: disable-next-line(unsafe-typecast)
            envelope[i] = bytes1(uint8(i));
        }
        vm.startPrank(dev);
        reg.setSecret(fn, "API_KEY", address(0), envelope);
        reg.setSecret(fn, "REGION", address(0), envelope);
        reg.setSecret(fn, "ENDPOINT", alice, envelope);
        reg.setSecret(fn, "OTHER", makeAddr("bob"), envelope);
        vm.stopPrank();
        vm.prank(alice);
        reg.setSecret(fn, "WALLET_KEY", alice, envelope);
    }

    function _cool() internal {
        vm.cool(address(reg));
        vm.cool(address(tm));
    }

    function test_gas_hotPaths() public {
        // A new secret of the function owner, with a ~600-byte envelope.
        _cool();
        vm.prank(dev);
        reg.setSecret(fn, "DB_PASSWORD", address(0), envelope);
        vm.snapshotGasLastCall("SecretRegistry", "setSecret");

        // What a task of alice receives: the four owner secrets for her (of five), then her own.
        _cool();
        SecretRegistry.SecretInfo[] memory got = reg.secretsFor(fn, alice);
        vm.snapshotGasLastCall("SecretRegistry", "secretsFor");
        assertEq(got.length, 5);

        _cool();
        vm.prank(dev);
        reg.revokeSecret(fn, "API_KEY");
        vm.snapshotGasLastCall("SecretRegistry", "revokeSecret");
    }
}
