// Package sealed encrypts a value so that only a threshold of the AVS's operators, together,
// can read it, and only for the purpose it was sealed for.
//
// A value is encrypted with AES-256-GCM under a key derived from a random scalar K of BN254's
// scalar field. K is split with Shamir's scheme (t of n, share i = f(i)) and each share is
// encrypted to one operator's registered BLS G1 public key (ECIES: an ephemeral key, a
// Diffie-Hellman point, AES-GCM). Feldman commitments C_j = a_j·G to the polynomial's
// coefficients let every share be checked on its own, so a forged or corrupted share is
// refused rather than poisoning the result.
//
// An envelope names what it was sealed for (its binding: a secret of one function and owner,
// or an input to one function from one requester) and authenticates every header byte with
// the ciphertext, so an envelope copied from the chain into another function, or altered,
// cannot be opened.
//
// At run time each operator opens its own share (OpenShare), re-encrypts it to every other
// operator of the task (WrapShare, bound to the task), and combines t verified shares
// (UnwrapShare, VerifyShare, Open). A requester who sealed an input with FlagEncryptResponse
// keeps the envelope's Key and reads the task's output with OpenResponse.
package sealed
