#pragma once
// Which COSEM attributes and methods carry secrets: their values are never shown, only their
// length (traces, `omt decode`, the GUI's trace page, the virtual meters' traces, the command
// line's output).
//
//   isSecretAttribute(15, 7);   // true: Association LN secret (the LLS password)
//   isSecretAttribute(19, 8);   // true: IEC local port setup pass_p2
//   isSecretMethod(64, 2);      // true: Security setup global_key_transfer (wrapped keys)
//   isSecretMethod(15, 1);      // false: reply_to_HLS_authentication carries f(StoC), a MAC
//
// Attributes: Association SN / LN secret (12/15 attribute 7 is LN's; SN has no secret
// attribute), IEC local port setup pass_p1, pass_p2, pass_w5 (19 attributes 7, 8, 9).
// Methods whose parameters are key material: Association SN change_LLS_secret and
// change_HLS_secret (12 methods 3, 4), Association LN change_HLS_secret (15 method 2), Security
// setup global_key_transfer and key_agreement (64 methods 2, 3), M-Bus client
// set_encryption_key and transfer_key (72 methods 7, 8).

#include <cstdint>

namespace omt::cosem {

/// True when attribute `index` of class `classId` holds a secret.
bool isSecretAttribute(std::uint16_t classId, int index);

/// True when the parameters of method `index` of class `classId` are key material.
bool isSecretMethod(std::uint16_t classId, int index);

}  // namespace omt::cosem
