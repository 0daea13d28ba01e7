// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Test, Vm} from "forge-std/Test.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {BN254} from "../src/libraries/BN254.sol";
import {TaskManager} from "../src/TaskManager.sol";
import {ITaskManager} from "../src/interfaces/ITaskManager.sol";
import {BLSSignatureChecker} from "../src/BLSSignatureChecker.sol";
import {IRegistryCoordinatorViews} from "../src/interfaces/IMiddleware.sol";
import {RegistryDouble} from "./doubles/RegistryDouble.sol";

/// @notice Shared set-up: 25 operators with real BN254 keys (fixtures/bls.json, written by
/// `make fixtures` from eigensdk-go keys), stakes 1..25 ether, a TaskManager over them behind a
/// TransparentUpgradeableProxy whose ProxyAdmin `owner` owns, as the devnet deploys it.
/// Signatures are computed here with the precompiles: sigma = (sum of signer keys) * H(digest).
abstract contract TaskManagerBase is Test {
    using BN254 for BN254.G1Point;

    uint256 internal constant N = 25;
    uint32 internal constant MIN_WINDOW = 5;
    uint32 internal constant MAX_WINDOW = 1000;
    /// @dev Rewards epoch of the TaskManager under test.
    uint32 internal constant REWARDS_EPOCH = 1 days;
    /// @dev The WASM environment the tests pin (tools/zkfixtures uses the same value).
    bytes32 internal constant WASM_ENV = keccak256("blockless test wasm environment");

    RegistryDouble internal registry;
    TaskManager internal tm; // the proxy
    TaskManager internal tmImpl; // the implementation behind it
    address internal owner = makeAddr("owner");
    address internal requester = makeAddr("requester");

    uint256[N] internal sks;
    BN254.G1Point[N] internal pubkeys;
    string internal fixture;
    mapping(uint256 => BN254.G2Point) internal caseApkG2; // by number of non-signers

    function setUp() public virtual {
        fixture = vm.readFile("contracts/test/fixtures/bls.json");
        registry = new RegistryDouble();
        for (uint256 i = 0; i < N; i++) {
            string memory p = string.concat(".operators[", vm.toString(i), "]");
            sks[i] = vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".sk")));
            pubkeys[i] = BN254.G1Point(
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".g1.x"))),
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".g1.y")))
            );
            registry.addOperator(pubkeys[i], uint96((i + 1) * 1 ether));
        }
        uint256[4] memory cases = [uint256(0), 1, 5, 20];
        for (uint256 i = 0; i < cases.length; i++) {
            caseApkG2[cases[i]] = _readApkG2(i);
        }
        tmImpl = new TaskManager(IRegistryCoordinatorViews(address(registry)), REWARDS_EPOCH);
        bytes memory init = abi.encodeCall(TaskManager.initialize, (owner, address(0), MIN_WINDOW, MAX_WINDOW));
        tm = TaskManager(address(new TransparentUpgradeableProxy(address(tmImpl), owner, init)));
        vm.prank(owner);
        tm.setRuntimeEnvironment(ITaskManager.RuntimeKind.Wasm, WASM_ENV);
        vm.deal(requester, 100 ether);
        vm.roll(100);
    }

    function _limits() internal pure returns (ITaskManager.ResourceLimits memory) {
        return
            ITaskManager.ResourceLimits({fuel: 1e9, memoryBytes: 64 << 20, wallTimeMs: 2000, maxOutputBytes: 1 << 20});
    }

    function _spec(uint8 minThreshold) internal pure returns (ITaskManager.FunctionSpec memory s) {
        s.moduleDigest = keccak256("module");
        s.runtime = ITaskManager.RuntimeKind.Wasm;
        s.mode = ITaskManager.VerificationMode.Quorum;
        s.minQuorumThreshold = minThreshold;
        s.limits = _limits();
        s.uris = new string[](1);
        s.uris[0] = "https://modules.example/m.wasm";
    }

    function _registerFunction(uint8 minThreshold) internal returns (uint64) {
        return tm.registerFunction(_spec(minThreshold));
    }

    function _request(uint64 fn, bytes memory input, uint8 threshold, uint32 window)
        internal
        pure
        returns (ITaskManager.TaskRequest memory r)
    {
        r.functionId = fn;
        r.input = input;
        r.quorumNumbers = hex"00";
        r.quorumThresholdPercentage = threshold;
        r.responseWindowBlocks = window;
    }

    /// @dev Creates a task and rebuilds the Task struct the event carried.
    function _createTask(ITaskManager.TaskRequest memory req, uint256 fee)
        internal
        returns (uint32 id, ITaskManager.Task memory task)
    {
        vm.recordLogs();
        vm.prank(requester);
        id = tm.createTask{value: fee}(req);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].topics[0] == ITaskManager.TaskCreated.selector) {
                (task,,,) = abi.decode(logs[i].data, (ITaskManager.Task, bytes, string, string[]));
                return (id, task);
            }
        }
        revert("no TaskCreated");
    }

    function _response(uint32 id, bytes memory output) internal pure returns (ITaskManager.TaskResponse memory r) {
        r.taskId = id;
        r.status = 0;
        r.outputDigest = keccak256(output);
        r.output = output;
    }

    function _readApkG2(uint256 caseIndex) internal view returns (BN254.G2Point memory) {
        string memory p = string.concat(".cases[", vm.toString(caseIndex), "].apkG2");
        return BN254.G2Point(
            [
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".x[0]"))),
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".x[1]")))
            ],
            [
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".y[0]"))),
                vm.parseUint(vm.parseJsonString(fixture, string.concat(p, ".y[1]")))
            ]
        );
    }

    /// @dev A certificate where operators [0, nonSigners) did not sign and the rest did.
    function _certificate(uint256 nonSigners, bytes32 digest)
        internal
        view
        returns (BLSSignatureChecker.NonSignerStakesAndSignature memory c)
    {
        c.apkG2 = caseApkG2[nonSigners];
        require(c.apkG2.X[0] != 0, "no fixture case for that many non-signers");
        c.nonSignerQuorumBitmapIndices = new uint32[](nonSigners);
        c.nonSignerPubkeys = new BN254.G1Point[](nonSigners);
        for (uint256 i = 0; i < nonSigners; i++) {
            c.nonSignerPubkeys[i] = pubkeys[i];
        }
        c.quorumApks = new BN254.G1Point[](1);
        c.quorumApks[0] = registry.quorumApk(0);
        uint256 sk;
        for (uint256 i = nonSigners; i < N; i++) {
            sk = addmod(sk, sks[i], BN254.FR_MODULUS);
        }
        c.sigma = BN254.hashToG1(digest).scalarMul(sk);
        c.quorumApkIndices = new uint32[](1);
        c.totalStakeIndices = new uint32[](1);
        c.nonSignerStakeIndices = new uint32[][](1);
        c.nonSignerStakeIndices[0] = new uint32[](nonSigners);
    }

    function _stakeOfFirst(uint256 k) internal pure returns (uint256 s) {
        for (uint256 i = 0; i < k; i++) {
            s += (i + 1) * 1 ether;
        }
    }
}
