// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

// The proxy TaskManager, ServiceManager and the registry coordinator are deployed behind: OpenZeppelin's
// TransparentUpgradeableProxy (npm @openzeppelin/contracts), which creates its own ProxyAdmin. Imported
// here so forge builds both artifacts, from which tools/genbindings writes
// bindings/transparentupgradeableproxy and bindings/proxyadmin (the devnet deploys and upgrades with them).
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
