// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {TaskManager} from "../../src/TaskManager.sol";
import {IRegistryCoordinatorViews} from "../../src/interfaces/IMiddleware.sol";

/// @notice TEST DOUBLE: a later TaskManager version, for upgrade tests. Same layout plus a variable
/// appended after TaskManager's gap, and a function the first version does not have (kept to one:
/// the first version is at the code size limit).
contract TaskManagerV2 is TaskManager {
    uint256 internal upgradeCounter;

    constructor(IRegistryCoordinatorViews coordinator) TaskManager(coordinator, 1 days) {}

    function bump() external {
        ++upgradeCounter;
    }
}
