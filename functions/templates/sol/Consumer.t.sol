// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import { {{.Contract}} } from "../{{.Contract}}.sol";

/// A caller that is not the TaskManager.
contract Stranger {
    function deliver({{.Contract}} c, bytes calldata output) external {
        c.onTaskResponse(1, 7, address(0), bytes32(0), 0, bytes32(0), output);
    }
}

/// Plain forge tests (no libraries): this contract plays the TaskManager.
contract {{.Contract}}Test {
    {{.Contract}} c;
    // testdata/expected.out: what the function prints for testdata/input.txt.
    bytes constant OUTPUT = hex"{{.ExpectedHex}}";

    function setUp() public {
        c = new {{.Contract}}(address(this), 7);
    }

    function test_callbackStoresPrice() public {
        c.onTaskResponse(3, 7, address(0), bytes32(0), 0, bytes32(0), OUTPUT);
        require(c.price() == {{.ExpectedPrice}}, "price not stored");
        require(c.priceTaskId() == 3, "task not stored");
    }

    function test_failedTaskKeepsPrice() public {
        c.onTaskResponse(3, 7, address(0), bytes32(0), 0, bytes32(0), OUTPUT);
        c.onTaskResponse(4, 7, address(0), bytes32(0), 8, bytes32(0), "");
        require(c.price() == {{.ExpectedPrice}} && c.priceTaskId() == 3, "a failed task changed the price");
    }

    function test_onlyTaskManager() public {
        Stranger s = new Stranger();
        try s.deliver(c, OUTPUT) {
            revert("a stranger delivered a price");
        } catch {}
        require(c.price() == 0, "price changed");
    }

    function test_onlyItsFunction() public {
        try c.onTaskResponse(3, 8, address(0), bytes32(0), 0, bytes32(0), OUTPUT) {
            revert("another function delivered a price");
        } catch {}
    }
}
