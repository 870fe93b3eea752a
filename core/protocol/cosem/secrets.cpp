#include "protocol/cosem/secrets.h"

namespace omt::cosem {

bool isSecretAttribute(std::uint16_t classId, int index) {
    switch (classId) {
        case 15:  // Association LN: secret
            return index == 7;
        case 19:  // IEC local port setup: pass_p1, pass_p2, pass_w5
            return index >= 7 && index <= 9;
        default:
            return false;
    }
}

bool isSecretMethod(std::uint16_t classId, int index) {
    switch (classId) {
        case 12:  // Association SN: change_LLS_secret, change_HLS_secret
            return index == 3 || index == 4;
        case 15:  // Association LN: change_HLS_secret
            return index == 2;
        case 64:  // Security setup: global_key_transfer, key_agreement
            return index == 2 || index == 3;
        case 72:  // M-Bus client: set_encryption_key, transfer_key
            return index == 7 || index == 8;
        default:
            return false;
    }
}

}  // namespace omt::cosem
