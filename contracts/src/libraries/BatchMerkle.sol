// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title BatchMerkle
/// @notice The Merkle tree TaskManager.respondToTasks commits a batch to.
/// @dev Leaves are 32-byte digests in batch order. Each leaf becomes the node keccak256(0x00 ‖ leaf);
/// a level's nodes are paired left to right and each pair becomes keccak256(0x01 ‖ left ‖ right);
/// an odd last node moves up to the next level unchanged; the root is the single node left. The
/// 0x00/0x01 prefixes (and the different input lengths, 33 and 65 bytes) keep a leaf from ever
/// being read as an inner node or the other way round. A tree of one leaf has root keccak256(0x00 ‖ leaf).
library BatchMerkle {
    /// @dev The bottom node of a leaf: keccak256(0x00 ‖ leaf).
    function leafNode(bytes32 leaf) internal pure returns (bytes32 node) {
        assembly ("memory-safe") {
            // 33 bytes at the free memory pointer: memory past it is scratch until allocated.
            let p := mload(0x40)
            mstore8(p, 0x00)
            mstore(add(p, 1), leaf)
            node := keccak256(p, 33)
        }
    }

    /// @dev An inner node: keccak256(0x01 ‖ left ‖ right).
    function innerNode(bytes32 left, bytes32 right) internal pure returns (bytes32 node) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x01)
            mstore(add(p, 1), left)
            mstore(add(p, 33), right)
            node := keccak256(p, 65)
        }
    }

    /// @dev Root over `leaves` (at least one). Leaves the array unchanged; works in a copy.
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 width = leaves.length;
        bytes32[] memory level = new bytes32[](width);
        for (uint256 i = 0; i < width; i++) {
            level[i] = leafNode(leaves[i]);
        }
        while (width > 1) {
            uint256 pairs = width / 2;
            for (uint256 i = 0; i < pairs; i++) {
                level[i] = innerNode(level[2 * i], level[2 * i + 1]);
            }
            if (width % 2 == 1) level[pairs] = level[width - 1];
            width = pairs + width % 2;
        }
        return level[0];
    }

    /// @dev Whether `leaf` is leaf number `index` of a tree of `count` leaves with root `expected`.
    /// `proof` lists the siblings from the bottom up; a level where the node is the odd last one has
    /// no sibling and takes no proof entry. The proof must be used up exactly.
    function verify(bytes32 expected, uint256 count, bytes32 leaf, uint256 index, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= count) return false;
        bytes32 node = leafNode(leaf);
        uint256 used = 0;
        for (uint256 width = count; width > 1; width = (width + 1) / 2) {
            if (index % 2 == 1) {
                if (used == proof.length) return false;
                node = innerNode(proof[used++], node);
            } else if (index + 1 < width) {
                if (used == proof.length) return false;
                node = innerNode(node, proof[used++]);
            }
            index /= 2;
        }
        return used == proof.length && node == expected;
    }
}
