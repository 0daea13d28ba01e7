// Package distribution builds the reward distribution roots that EigenLayer's RewardsCoordinator
// accepts from its rewards updater, and the claims earners present against them.
//
// A Distribution holds, per earner and per token, the cumulative amount the earner has earned
// since the start: each new root restates every total, and a claim pays the difference between
// the total in the claim and what the earner already claimed for that token. Totals therefore
// never go down from one root to the next (CheckCumulative checks that).
//
// # Tree format
//
// A root commits to two levels of binary keccak256 Merkle trees:
//
//   - one token tree per earner, whose leaves are
//     keccak256(0x01 ‖ token (20 bytes) ‖ cumulativeEarnings (32 bytes, big-endian));
//   - one earner tree over all earners, whose leaves are
//     keccak256(0x00 ‖ earner (20 bytes) ‖ root of that earner's token tree (32 bytes)).
//
// The leading byte keeps the two kinds of leaf apart, and since a leaf hashes 53 bytes while an
// inner node hashes 64 (left ‖ right), a leaf can never pass for an inner node. A proof is the
// concatenation of the 32-byte siblings from the leaf upwards; at each level an even index means
// the running hash is the left child, an odd one that it is the right child, and the index is
// then halved. The contract also insists that the index be smaller than 2^(levels in the proof),
// so one proof cannot be replayed under another index.
//
// This package chooses, and keeps stable, the remaining details:
//
//   - earners are ordered by address ascending, and each earner's tokens by address ascending,
//     so the root depends only on the amounts, never on the order they were added in;
//   - entries with a zero amount are left out (the contract never pays a claim that does not
//     raise the claimed total), and so are earners left with no token;
//   - every level is a complete binary tree: the leaves are padded with bytes32(0) up to the next
//     power of two, and to at least two leaves, so every proof holds at least one sibling. The
//     RewardsCoordinator in eigensdk-go v0.3.0 accepts an empty proof for a one-leaf tree, but
//     other releases of its Merkle library reject one; a padded tree works with both. Nobody
//     knows a preimage of a zero hash, so a padding leaf cannot be claimed.
//
// The package mirrors the contract's proof checks in VerifyClaim, and offers thin helpers to post
// a root (PostRoot), to see which tokens an earner can still claim (ClaimableTokens) and to
// claim (ProcessClaim) through eigensdk-go's RewardsCoordinator binding.
package distribution
